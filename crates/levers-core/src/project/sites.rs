//! Serviced land waiting for the plants that need a site (MODEL.md §3.3):
//! production that cannot use flatted factories takes up at most the demand
//! it has each year; the rest of the land released waits vacant.

use super::M;

/// Adds the serviced land `ready` this year (ha by sector) to the `vacant`
/// sites, and takes up what plants that need a site demand: at most `demand`
/// hectares in all, from every sector's vacant land in proportion. Returns the
/// hectares taken, by sector.
pub(super) fn take_up(vacant: &mut [f64; M], ready: [f64; M], demand: f64) -> [f64; M] {
    for (sites, ha) in vacant.iter_mut().zip(ready) {
        *sites += ha;
    }
    let total: f64 = vacant.iter().sum();
    if total <= 0.0 || demand <= 0.0 {
        return [0.0; M];
    }
    let taken_share = (demand / total).min(1.0);
    let taken = vacant.map(|ha| ha * taken_share);
    for (sites, ha) in vacant.iter_mut().zip(taken) {
        *sites -= ha;
    }
    taken
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_the_demand_is_taken_from_every_sector_in_proportion() {
        let mut vacant = [0.0; M];
        let mut ready = [0.0; M];
        ready[0] = 6.0;
        ready[1] = 2.0;
        let taken = take_up(&mut vacant, ready, 4.0);
        assert_eq!(taken[0], 3.0);
        assert_eq!(taken[1], 1.0);
        assert_eq!(vacant[0], 3.0);
        assert_eq!(vacant[1], 1.0);
        // Next year the land left waits for the next year's demand.
        let taken = take_up(&mut vacant, [0.0; M], 4.0);
        assert_eq!(taken.iter().sum::<f64>(), 4.0);
        assert_eq!(vacant.iter().sum::<f64>(), 0.0);
    }

    #[test]
    fn land_below_the_demand_is_all_taken_and_no_demand_takes_none() {
        let mut vacant = [0.0; M];
        let mut ready = [0.0; M];
        ready[2] = 1.5;
        assert_eq!(take_up(&mut vacant, ready, 4.0)[2], 1.5);
        assert_eq!(vacant[2], 0.0);
        let taken = take_up(&mut vacant, ready, 0.0);
        assert_eq!(taken, [0.0; M]);
        assert_eq!(vacant[2], 1.5);
    }
}
