//! What the package delivered in each year after take-up and the budget cap,
//! and the lag kernels through which the lagged channels read that history.

use super::M;
use crate::baseline::{LagKernel, MAX_LAG_YEARS};

/// One year's delivery: what the lagged channels and the plants read back.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Delivered {
    /// Extra R&D done, HK$ bn per sector.
    pub rd: [f64; M],
    /// Co-investment placed, HK$ bn per sector.
    pub coinvestment: [f64; M],
    /// Industrial land released, ha.
    pub land_ha: f64,
    /// The same land by the sectors it is zoned for (the package's weights), ha.
    pub land_ha_by_sector: [f64; M],
    /// Talent admitted, persons.
    pub admitted: f64,
    /// Training places filled, persons.
    pub trained: f64,
    /// Profits-tax concession, pp per sector.
    pub tax_rate: [f64; M],
    /// Rent subsidy, % of rent per sector.
    pub rent_rate: [f64; M],
    /// Profits-tax concession and rent subsidy paid to new plants only.
    pub new_plant_tax_rate: [f64; M],
    pub new_plant_rent_rate: [f64; M],
    /// Share of scale-up placed in the GBA, per sector.
    pub gba_share: [f64; M],
}

/// A lag kernel stretched for one projection, with the span of its non-zero
/// weights: the sums below skip only terms that are exactly zero, so they give
/// bit for bit what summing over every weight gives.
#[derive(Clone, Debug)]
pub(crate) struct Kernel {
    weights: [f64; MAX_LAG_YEARS],
    first: usize,
    end: usize,
}

impl Kernel {
    pub(crate) fn new(lag: &LagKernel, stretch: f64) -> Kernel {
        let weights = lag.stretched(stretch);
        let first = weights.iter().position(|w| *w != 0.0).unwrap_or(0);
        let end = weights.iter().rposition(|w| *w != 0.0).map_or(0, |k| k + 1);
        Kernel {
            weights,
            first,
            end,
        }
    }

    /// Σₖ wₖ · `value`(year `step` − k), quantity by quantity: the quantities
    /// one kernel lags are summed in one pass over the years it reaches (each
    /// sum still runs over k from the shortest lag, as it would alone).
    #[inline]
    pub(crate) fn lagged<const N: usize>(
        &self,
        history: &[Delivered],
        step: usize,
        value: impl Fn(&Delivered) -> [f64; N],
    ) -> [f64; N] {
        // Lags first..end reach step `step` (none beyond it): they read the
        // years step − first down to step + 1 − end (none when first = end).
        let end = self.end.min(step + 1);
        let first = self.first.min(end);
        let years = &history[step + 1 - end..step + 1 - first];
        let mut out = [0.0; N];
        for (w, year) in self.weights[first..end].iter().zip(years.iter().rev()) {
            for (total, part) in out.iter_mut().zip(value(year)) {
                *total += w * part;
            }
        }
        out
    }
}
