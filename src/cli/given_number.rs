//! A number from the command line written back in a message: as `{}` writes
//! it, or in scientific notation where that is much shorter (`1e308`, not
//! 309 digits).

use std::fmt;

/// Writes its number as briefly as it reads back.
pub struct GivenNumber(pub f64);

impl fmt::Display for GivenNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = self.0.to_string();
        let scientific = format!("{:e}", self.0);
        if plain.len() > 16 && scientific.len() < plain.len() {
            f.write_str(&scientific)
        } else {
            f.write_str(&plain)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::GivenNumber;

    #[test]
    fn everyday_numbers_read_as_typed_and_extreme_ones_stay_short() {
        let shown = |x: f64| GivenNumber(x).to_string();
        assert_eq!(shown(1.5), "1.5");
        assert_eq!(shown(150.0), "150");
        assert_eq!(shown(1e9), "1000000000");
        assert_eq!(shown(-0.25), "-0.25");
        assert_eq!(shown(1e308), "1e308");
        assert_eq!(shown(1e-300), "1e-300");
        assert_eq!(shown(f64::NAN), "NaN");
    }
}
