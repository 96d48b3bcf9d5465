//! Standard normal draws from a seeded generator, for the Monte Carlo draws and
//! their year-to-year noise.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

/// A standard normal from two uniforms in [0, 1) (Box–Muller).
pub(crate) fn normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}
