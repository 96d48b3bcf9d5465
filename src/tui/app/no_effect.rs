//! Measures that cost money and move nothing by the target year, as the
//! workbench shows them: the same finder `check`, `summary`, `explain` and
//! the brief use (`levers_report::analysis::explain::silent_contributors`),
//! read from the attribution the workbench already keeps, so the panel, the
//! CLI and the brief name the same measures with the same cost.

use levers_core::analysis::Contributor;
use levers_report::analysis::explain::silent_contributors;
use levers_report::analysis::first_effect::first_effect_year;

use super::App;

/// A measure of the package in force that costs money to its target year
/// and moves neither the share nor jobs by then.
#[derive(Clone, Debug, PartialEq)]
pub struct Silent {
    /// Its position in the package's measures.
    pub index: usize,
    /// Its cost to the target year, HK$ bn (its part of the attribution).
    pub cost_hkd_bn: f64,
}

impl App {
    /// The package's measures that cost money and move nothing by the target
    /// year. Empty while the attribution is being recomputed (it describes
    /// the package before the last change) and when it is split by kind.
    pub fn silent_measures(&self) -> Vec<Silent> {
        if self.attribution_updating() {
            return Vec::new();
        }
        let attribution = self.attribution();
        let measures = &self.policy().measures;
        silent_contributors(&self.baseline, self.policy(), attribution)
            .into_iter()
            .filter_map(|(contributor, cost_hkd_bn)| {
                let Some(Contributor::Measure { name, .. }) =
                    attribution.contributors.get(contributor)
                else {
                    return None;
                };
                let index = measures.iter().position(|m| &m.name == name)?;
                Some(Silent { index, cost_hkd_bn })
            })
            .collect()
    }

    /// The reason `silent` moves nothing by the target year: the first later
    /// year in which it does (land released late arrives after it), or
    /// `None` when it moves nothing within the projection.
    pub fn first_effect_year(&self, silent: &Silent) -> Option<i32> {
        first_effect_year(
            &self.baseline,
            self.policy(),
            self.projection(),
            silent.index,
            self.policy().target.year,
        )
    }
}
