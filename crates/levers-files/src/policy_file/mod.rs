//! The policy file format, versions 1 (lever groups) and 2 (named measures): reading (strict, every problem reported with
//! its position) and writing (commented, round-trip stable).

mod migrate;
mod read;
mod read_format_one;
mod read_label;
mod read_measures;
mod read_timing;
mod template;
mod unread;
mod update;
mod update_copies;
mod update_layout;
mod write;

pub use migrate::migrate_policy;
pub use read::parse_policy;
pub use read_label::LABEL_LANGUAGES;
pub use read_measures::measure_position;
pub use template::template;
pub use update::{is_format_one, keeps_text, update_document};
pub use write::write_policy;
