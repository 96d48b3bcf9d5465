//! Numbers as the editors take them: a step on a grid and a typed number. The
//! lever panel, the group editor, the measure editor and the package editor
//! all step and read numbers alike, so the rules live here, below all of them.

/// `x` moved by `delta`, snapped to multiples of `grid` (so 0.05 steps give 0.35,
/// not 0.35000000000000003), saturating at `min..=max`.
pub fn stepped(x: f64, delta: f64, grid: f64, min: f64, max: f64) -> f64 {
    let grid = ((x + delta) / grid).round() * grid;
    let snapped = (grid * 1e6).round() / 1e6;
    snapped.clamp(min, max)
}

/// A typed number: spaces, `_` and `,` between digits are allowed.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' '))
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_snap_to_the_grid_and_saturate() {
        assert_eq!(stepped(0.3, 0.05, 0.05, 0.0, 1.0), 0.35);
        assert_eq!(stepped(50.0, 20.0, 5.0, 0.0, 90.0), 70.0);
        assert_eq!(stepped(0.98, 0.05, 0.05, 0.0, 1.0), 1.0);
        assert_eq!(stepped(0.0, -5.0, 5.0, 0.0, 90.0), 0.0);
        assert!(stepped(0.33, 0.05, 0.05, 0.0, 1.0) > 0.33);
        assert!(stepped(0.33, -0.05, 0.05, 0.0, 1.0) < 0.33);
    }

    #[test]
    fn typed_numbers_may_have_thousands_separators() {
        assert_eq!(parse_number(" 30,000 "), Some(30_000.0));
        assert_eq!(parse_number("1_000"), Some(1_000.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
