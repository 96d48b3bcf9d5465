//! Standard normal draws from a seeded generator, for the Monte Carlo draws and
//! their year-to-year noise.

use rand::Rng;
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// A standard normal by the ziggurat method (`rand_distr`): about one 64-bit
/// word and a table look-up per draw, where Box–Muller took two words, a
/// logarithm, a square root and a cosine; a Monte Carlo draw takes some fifty.
pub(crate) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    rng.sample(StandardNormal)
}
