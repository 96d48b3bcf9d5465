//! The annotated template `levers new` prints: real-looking measures with sources.

use levers_core::measure::{Amount, Eligibility, Measure, MeasureKind};
use levers_core::{Baseline, Policy, Timing};

use super::write::write_policy;
use levers_core::problem_kind::Words;

/// The annotated template `levers new` prints: real-looking measures with sources.
pub fn template(words: &dyn Words, baseline: &Baseline) -> String {
    let start = baseline.first_policy_year() + 1;
    let mut policy = Policy::status_quo();
    policy.name = "My package".to_string();
    policy.description = "What this package is for, in a sentence.".to_string();
    policy.budget.cap_hkd_bn_per_year = Some(30.0);
    let timing = |start, ramp_years, end| Timing {
        start,
        ramp_years,
        end,
    };
    policy.measures = vec![
        Measure {
            name: "nias".into(),
            kind: MeasureKind::Coinvestment,
            amount: Amount::Schedule(vec![(start, 2.0), (start + 3, 4.0)]),
            timing: timing(start, 0, None),
            sector_weights: Some([1.0, 1.0, 0.5, 1.0, 0.0]),
            matching_ratio: Some(2.0),
            eligible: Eligibility::AllFirms,
            label: Some("New Industrialisation Acceleration Scheme".into()),
            source: Some("Policy Address 2023; ITC launch, 16 Sep 2024 (1:2 matching)".into()),
            note: Some("HK$10 bn, spread over five years, doubled when re-funded".into()),
        },
        Measure {
            name: "research_matching".into(),
            kind: MeasureKind::RdGrants,
            amount: Amount::Constant(0.5),
            timing: timing(start, 0, Some(start + 2)),
            sector_weights: None,
            matching_ratio: Some(1.0),
            eligible: Eligibility::AllFirms,
            label: Some("Research Matching Grant Scheme".into()),
            source: Some("Policy Address 2024, 16 Oct 2024".into()),
            note: None,
        },
        Measure {
            name: "san_tin_land".into(),
            kind: MeasureKind::LandRelease,
            amount: Amount::Constant(25.0),
            timing: timing(start + 2, 2, None),
            sector_weights: Some([1.0, 1.0, 1.0, 1.0, 0.0]),
            matching_ratio: None,
            eligible: Eligibility::AllFirms,
            label: Some("San Tin Technopole I&T land".into()),
            source: Some("Development Bureau LegCo paper, May 2023".into()),
            note: None,
        },
    ];
    // The `#:schema` line stays first, where editors look for it.
    let body = write_policy(words, &policy, baseline);
    let (schema_line, rest) = body.split_once('\n').unwrap_or(("", &body));
    format!("{schema_line}\n{TEMPLATE_HEADER}{rest}")
}

const TEMPLATE_HEADER: &str = "\
# ---------------------------------------------------------------------------
# A levers policy package (format 2). Edit it, then run `levers eval NAME.toml`
# or open it with `levers tui NAME.toml` (`levers new NAME.toml` writes one).
#
# - A package is a list of named measures: [measures.<name>]. Names are letters,
#   digits, `_` and `-`; diffs and stacking (a.toml+b.toml) match measures by name.
# - `kind` is one of: rent_subsidy (% of rent), land_release (ha a year),
#   rd_grants (HK$ bn a year), talent_admissions (people a year),
#   training_places (places a year), profits_tax_concession (percentage points),
#   coinvestment (HK$ bn a year), gba_scaleup_share (0..1). Two measures may be
#   of the same kind: their amounts add up (rates to the kind's maximum at most,
#   90% of rent say; `levers check` warns of any part above it).
# - `amount` is a constant (`amount = 10.0`) or a schedule keyed by year
#   (`amount = { 2026 = 10.0, 2029 = 20.0 }`). A schedule steps: each value holds
#   from its year until the next year named, and the measure does nothing
#   before the first. Budgets are voted year by year, so values do not blend.
# - Optional: `start` (default: the first policy year), `ramp_years` (default 0,
#   years to reach full strength), `end` (inclusive), `sectors` (weights over
#   microelectronics, ai_robotics, nev, biotech, traditional; default all five
#   equal), `matching_ratio` (rd_grants and coinvestment only: private HK$ per
#   public HK$), `eligible` (rent_subsidy and profits_tax_concession only:
#   `all_firms`, the default, or `new_plants`: plants built from the base year
#   on), and provenance: `label`, `source`, `note`.
# - [budget] is optional; without a cap nothing is scaled down.
# - [assumptions] may override any baseline parameter within its plausible range,
#   e.g. `rd_depreciation = 0.2` or `nev.growth = 0.08`.
# - Format-1 files ([levers.*] groups) are still read, as measures named by
#   their kind; `levers migrate FILE` rewrites one as format 2 keeping its
#   comments, and saving one from the workbench writes format 2.
# ---------------------------------------------------------------------------
";
