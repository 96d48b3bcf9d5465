//! The core's projection and analyses, as specifications.

mod attribution;
mod mechanisms;
mod properties;
mod seek;
