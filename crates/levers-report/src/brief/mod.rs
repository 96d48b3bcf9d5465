//! `levers brief`: the options brief a director forwards — two A4 pages with
//! the bottom line in words, one options table over one named window (to the
//! target year), a chart of the share paths with their bands, what matters
//! most, what it would take, how to read the jobs and cost figures, caveats
//! and sources. Every number is one `eval --format json` (with
//! `--uncertainty` for the chances) prints for the same file.
//!
//! Built once into a [`Brief`]; `markdown`, `html` and the workbook's Summary
//! sheet only lay it out.

mod bottom_line;
mod chart;
mod document;
mod html;
mod matters;
mod no_effect;
mod options;

use levers_core::analysis::{Outcome, without_levers};
use levers_core::{Baseline, Policy, project};

use crate::Evaluated;
use crate::i18n::Lang;
pub use bottom_line::bottom_line;
pub use document::markdown;
pub use html::html;
pub use matters::{Matter, what_matters_most};
pub use no_effect::warnings as no_effect_warnings;
pub use options::{Draws, OptionRow};

/// What a brief is made of.
pub struct Input<'a> {
    /// The language the brief is worded in.
    pub lang: Lang,
    pub baseline: &'a Baseline,
    /// The options, in the order given; the first is the reference of the chart's styles.
    pub packages: &'a [Evaluated<'a>],
    /// The Monte Carlo draws of each package, in the same order.
    pub draws: &'a [Draws<'a>],
    /// Shares of GDP (%) whose chance of being reached is shown (`--threshold`).
    pub thresholds_pct: &'a [f64],
}

/// Doing nothing: the share in the target year with no levers or measures.
#[derive(Clone, Debug)]
pub struct StatusQuo {
    /// The option that is doing nothing, when one of them is.
    pub title: Option<String>,
    pub share_pct: f64,
}

/// The brief, every figure computed.
#[derive(Clone, Debug)]
pub struct Brief {
    /// The language its sentences are worded in, and its documents are.
    pub lang: Lang,
    pub rows: Vec<OptionRow>,
    pub thresholds_pct: Vec<f64>,
    /// The row of the option with the highest share in its target year.
    pub leading: usize,
    pub status_quo: StatusQuo,
    /// The assumptions that move the leading option's share most.
    pub matters: Vec<Matter>,
    /// What the target would take in its year, in words (the leading option's).
    pub needs: String,
    /// What would have to be true for the target to be met — scenario
    /// discovery's conditions, one sentence each. Empty until that analysis
    /// fills it; the document then leaves its section out.
    pub what_would_have_to_be_true: Vec<String>,
    /// Measures that cost money to the target year and move nothing by then,
    /// one sentence each.
    pub no_effect: Vec<String>,
    /// The share paths with their bands, as SVG.
    pub chart_svg: String,
    /// The files the options came from.
    pub files: Vec<String>,
    pub base_year: i32,
    /// First year of the cost window: the first policy year of any option.
    pub window_from: i32,
}

/// How many assumptions "what matters most" names.
const MATTERS: usize = 3;

impl Brief {
    /// Every figure of the brief of `input`.
    pub fn build(input: &Input<'_>) -> Result<Brief, crate::RenderError> {
        let titles = crate::compare::titles(input.lang, input.packages);
        let rows: Vec<OptionRow> = input
            .packages
            .iter()
            .zip(titles)
            .zip(input.draws)
            .map(|((package, title), draws)| {
                OptionRow::of(input.baseline, package, title, draws, input.thresholds_pct)
            })
            .collect();
        // Of options that do equally well, the first listed leads (as the
        // cheapest is the first of equals), so a tie is never called both ways.
        let leading = rows
            .iter()
            .enumerate()
            .rev()
            .max_by(|a, b| a.1.share_pct.total_cmp(&b.1.share_pct))
            .map_or(0, |(i, _)| i);
        let leading_policy = input.packages.get(leading).map(|p| p.policy);
        let matters = leading_policy.map_or_else(Vec::new, |policy| {
            what_matters_most(input.baseline, policy, Outcome::ShareInTargetYear, MATTERS)
        });
        let needs = input.packages.get(leading).map_or_else(String::new, |p| {
            let needs = crate::table::needs_sentence(input.lang, p.projection);
            match crate::table::sites_sentence(input.lang, p.projection) {
                Some(sites) => input.lang.then(&needs, &sites),
                None => needs,
            }
        });
        // The window opens with the first option that spends: doing nothing
        // (no measure, so its window opens in the first policy year) would
        // otherwise date the others' costs from a year none of them spends in.
        let spending = rows.iter().filter(|r| r.cost_hkd_bn > 0.0);
        let window_from = (spending.map(|r| r.window_from).min())
            .or_else(|| rows.iter().map(|r| r.window_from).min())
            .unwrap_or(input.baseline.first_policy_year());
        let no_effect = input
            .packages
            .iter()
            .zip(&rows)
            .flat_map(|(package, row)| {
                no_effect::notes(input.lang, input.baseline, package, &row.title)
            })
            .collect();
        Ok(Brief {
            lang: input.lang,
            status_quo: status_quo(input, &rows),
            chart_svg: chart::share_chart(input, &rows)?,
            rows,
            thresholds_pct: input.thresholds_pct.to_vec(),
            leading,
            matters,
            needs,
            what_would_have_to_be_true: Vec::new(),
            no_effect,
            files: input.packages.iter().map(|p| p.file.clone()).collect(),
            base_year: input.baseline.base_year,
            window_from,
        })
    }

    /// The leading option's row.
    pub fn leading_row(&self) -> Option<&OptionRow> {
        self.rows.get(self.leading)
    }
}

/// Which jobs, cost and chance figures to quote, and why — one sentence each,
/// for the brief, its workbook and `levers outputs`. `year` is the target
/// year, or `None` to speak of "the target year".
pub fn glossary(lang: Lang, year: Option<i32>) -> Vec<String> {
    let year = year.map_or_else(
        || lang.text("glossary-target-year"),
        |y| lang.format("glossary-year", &[("year", &y.to_string())]),
    );
    ["glossary-jobs", "glossary-cost", "glossary-chance"]
        .into_iter()
        .map(|id| lang.format(id, &[("year", &year)]))
        .collect()
}

/// Whether `policy` does nothing: no levers, no measures.
fn does_nothing(policy: &Policy) -> bool {
    policy.measures.is_empty()
}

/// The option that does nothing, or else the first option with its levers
/// and measures taken away.
fn status_quo(input: &Input<'_>, rows: &[OptionRow]) -> StatusQuo {
    if let Some((row, _)) = rows
        .iter()
        .zip(input.packages)
        .find(|(_, p)| does_nothing(p.policy))
    {
        return StatusQuo {
            title: Some(row.title.clone()),
            share_pct: row.share_pct,
        };
    }
    let share_pct = input.packages.first().map_or(f64::NAN, |first| {
        project(input.baseline, &without_levers(first.policy))
            .target
            .projected_share_pct
    });
    StatusQuo {
        title: None,
        share_pct,
    }
}
