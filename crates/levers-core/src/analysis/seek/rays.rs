//! The rays the search first tries: primitive directions on a coarse grid of
//! the box, each ending on its edge.

const MAX_RAYS: f64 = 2_400.0;

/// Directions on a grid of `levels` per axis (excluding the origin), scaled so
/// the largest component is 1 (duplicates by scaling are skipped).
pub(super) fn ray_directions(dimensions: usize) -> Vec<Vec<f64>> {
    if dimensions == 0 {
        return Vec::new();
    }
    let levels = (MAX_RAYS.powf(1.0 / dimensions as f64).floor() as usize).clamp(2, 11);
    let total = levels.pow(dimensions as u32);
    let mut rays = Vec::new();
    for index in 1..total {
        let mut rest = index;
        let mut digits = vec![0usize; dimensions];
        for digit in &mut digits {
            *digit = rest % levels;
            rest /= levels;
        }
        let top = digits.iter().copied().max().unwrap_or(0);
        // Keep only primitive directions: the digits have no common divisor
        // with the top, so that (2,2) and (1,1) are not both tried.
        if digits.iter().fold(top, |g, d| gcd(g, *d)) != 1 {
            continue;
        }
        rays.push(digits.iter().map(|d| *d as f64 / top as f64).collect());
    }
    rays
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rays_are_primitive_and_end_on_the_box_edge() {
        let rays = ray_directions(2);
        assert!(
            rays.iter()
                .all(|r| r.iter().copied().fold(0.0, f64::max) == 1.0)
        );
        let diagonal = rays.iter().filter(|r| r[0] == r[1]).count();
        assert_eq!(diagonal, 1);
        assert!(ray_directions(7).len() <= 2_400);
    }
}
