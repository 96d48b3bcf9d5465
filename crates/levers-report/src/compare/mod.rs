//! `levers compare A B C …`: two to many packages side by side — each one's
//! settings and outcomes, deltas against the first, notes where the packages
//! cannot be read alike (different horizon, target or base year), totals over
//! the window every package covers, and the differences between their levers
//! in plain language ("R&D grants: HK$5.0 bn → HK$8.0 bn a year").
//!
//! Everything is built once into a [`Comparison`]; `render` only lays it out
//! (table, Markdown, JSON, CSV), so another writer (a spreadsheet) can take
//! the same structure.

mod render;

use levers_core::analysis::fiscal::present_value;
use levers_core::{Baseline, Policy, Projection, YearOutcome};

use super::Evaluated;
use crate::OutputFormat;
use crate::format::{money, money_bn, thousands};
use crate::i18n::Lang;

pub use crate::describe::{describe_value, lever_changes};
pub use render::{csv, json, text};

/// One package as it is headed in the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Package {
    /// The package's name, with its file name appended when another package
    /// has the same name.
    pub title: String,
    pub name: String,
    pub file: String,
}

/// A setting of each package, as text.
#[derive(Clone, Debug, PartialEq)]
pub struct Setting {
    pub key: &'static str,
    /// In English (the catalogue's `compare-KEY`), for JSON and CSV.
    pub label: String,
    /// In English, for JSON and CSV.
    pub values: Vec<String>,
    /// In the comparison's language (`Comparison::lang`), for the text and Markdown tables.
    pub shown: Vec<String>,
}

/// An outcome of each package, with how to show it.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub key: &'static str,
    pub label: String,
    /// One per package; `None` where the package has no such year or value.
    pub values: Vec<Option<f64>>,
    /// How a value reads in a language (only money differs between languages).
    pub show: fn(Lang, f64) -> String,
    /// Whether a difference means anything (not for "first year met").
    pub has_delta: bool,
}

impl Outcome {
    /// Each package's value less the first's (`None` for the first, or where
    /// either is missing).
    pub fn deltas(&self) -> Vec<Option<f64>> {
        let first = self.values.first().copied().flatten();
        self.values
            .iter()
            .enumerate()
            .map(|(i, v)| match (i, first, v) {
                (0, _, _) => None,
                (_, Some(a), Some(b)) if self.has_delta => Some(b - a),
                _ => None,
            })
            .collect()
    }
}

/// Two or more packages side by side.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The language of its titles, notes, changes and shown settings.
    pub lang: Lang,
    pub packages: Vec<Package>,
    pub settings: Vec<Setting>,
    pub outcomes: Vec<Outcome>,
    /// The years every package covers: the base year to the shortest horizon.
    pub common_from: i32,
    pub common_to: i32,
    /// Where the packages cannot be read alike, and what was done about it.
    pub notes: Vec<String>,
    /// The lever changes from the first package to each of the others.
    pub changes: Vec<Vec<String>>,
}

/// Titles that tell packages apart: the name, or "name (file)" when names
/// collide, or "name (file) #n" when files do too.
pub(crate) fn titles(lang: Lang, packages: &[Evaluated<'_>]) -> Vec<String> {
    let names: Vec<&str> = packages.iter().map(|p| p.policy.name.as_str()).collect();
    let files: Vec<&str> = packages.iter().map(|p| p.file.as_str()).collect();
    distinct_titles(lang, &names, &files)
}

/// Titles that tell `policies` read from `files` apart, as `compare` heads
/// them: the name, "name (file)" when names collide (for charts).
pub fn package_titles(lang: Lang, policies: &[Policy], files: &[String]) -> Vec<String> {
    let names: Vec<&str> = policies.iter().map(|p| p.name.as_str()).collect();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    distinct_titles(lang, &names, &files)
}

/// The file's brackets are written the way `lang` writes them
/// ([`crate::brackets`]); the name and file name as they are. Names that
/// collide get their file name; file names that collide too (`a/x.toml`,
/// `b/x.toml`) their path as given; the same path given twice is numbered
/// among its repeats (`#1`, `#2`).
fn distinct_titles(lang: Lang, names: &[&str], files: &[&str]) -> Vec<String> {
    let file_name = |file: &str| {
        std::path::Path::new(file)
            .file_name()
            .map_or_else(|| file.to_string(), |f| f.to_string_lossy().into_owned())
    };
    let with = |i: usize, note: &dyn Fn(&str) -> String| -> String {
        let name = names.get(i).copied().unwrap_or_default();
        let file = files.get(i).copied().unwrap_or_default();
        crate::brackets::with_note(lang, name, &note(file))
    };
    let titles: Vec<String> = (0..names.len())
        .map(|i| {
            let name = names[i];
            if names.iter().filter(|n| **n == name).count() < 2 {
                return name.to_string();
            }
            let short = with(i, &file_name);
            let file = files.get(i).copied().unwrap_or_default();
            let other_path_alike = (0..names.len()).any(|j| {
                names[j] == name
                    && with(j, &file_name) == short
                    && files.get(j).copied().unwrap_or_default() != file
            });
            if other_path_alike {
                with(i, &|file: &str| file.to_string())
            } else {
                short
            }
        })
        .collect();
    titles
        .iter()
        .enumerate()
        .map(|(i, title)| {
            if titles.iter().filter(|t| *t == title).count() > 1 {
                let repeat = titles[..=i].iter().filter(|t| *t == title).count();
                format!("{title} #{repeat}")
            } else {
                title.clone()
            }
        })
        .collect()
}

/// "3 measures: `san_tin_land`, …", or "none".
fn measures_summary(lang: Lang, policy: &Policy) -> String {
    if policy.measures.is_empty() {
        return lang.text("compare-none");
    }
    let names: Vec<&str> = policy.measures.iter().map(|m| m.name.as_str()).collect();
    lang.format(
        "compare-measure-count",
        &[
            ("count", &policy.measures.len().to_string()),
            ("names", &names.join(", ")),
        ],
    )
}

fn settings(lang: Lang, packages: &[Evaluated<'_>]) -> Vec<Setting> {
    let row = |key: &'static str, value: &dyn Fn(Lang, &Evaluated<'_>) -> String| Setting {
        key,
        label: Lang::En.text(&format!("compare-{key}")),
        values: packages.iter().map(|p| value(Lang::En, p)).collect(),
        shown: packages.iter().map(|p| value(lang, p)).collect(),
    };
    vec![
        row("file", &|_, p| p.file.clone()),
        row("target", &|lang, p| {
            lang.format(
                "compare-target-value",
                &[
                    ("share", &p.policy.target.share_pct.to_string()),
                    ("year", &p.policy.target.year.to_string()),
                ],
            )
        }),
        row("horizon", &|_, p| p.policy.horizon.to_string()),
        row("base_year", &|_, p| p.projection.base_year.to_string()),
        row("budget_cap", &|lang, p| {
            p.policy
                .budget
                .cap_hkd_bn_per_year
                .map_or(lang.text("compare-none"), |c| {
                    lang.format("compare-cap-value", &[("money", &money_bn(lang, c))])
                })
        }),
        row("funding", &|lang, p| {
            lang.text(&format!("funding-{}", p.policy.budget.funding.key()))
        }),
        row("measures", &|lang, p| measures_summary(lang, p.policy)),
    ]
}

/// Money over `from..=to` of one series.
fn sum_over(projection: &Projection, from: i32, to: i32, value: fn(&YearOutcome) -> f64) -> f64 {
    projection
        .years
        .iter()
        .filter(|y| (from..=to).contains(&y.year))
        .map(value)
        .sum()
}

fn outcomes(baseline: &Baseline, packages: &[Evaluated<'_>], from: i32, to: i32) -> Vec<Outcome> {
    let each = |value: &dyn Fn(&Evaluated<'_>) -> Option<f64>| -> Vec<Option<f64>> {
        packages.iter().map(value).collect()
    };
    let at_common = |value: fn(&YearOutcome) -> f64| each(&|p| p.projection.year(to).map(value));
    let outlays = |y: &YearOutcome| y.cash_outlay_hkd_bn + y.tax_forgone_hkd_bn;
    let summed =
        |value: fn(&YearOutcome) -> f64| each(&|p| Some(sum_over(p.projection, from, to, value)));
    let two = |_: Lang, v: f64| format!("{v:.2}");
    let one = |_: Lang, v: f64| format!("{v:.1}");
    // Labels in English from the catalogue (`compare-KEY`), for JSON and CSV;
    // the tables word them in their own language.
    let (to_text, window) = (to.to_string(), format!("{from}–{to}"));
    let outcome = |key: &'static str, values, show: fn(Lang, f64) -> String| Outcome {
        key,
        label: Lang::En.format(
            &format!("compare-{key}"),
            &[("to", &to_text), ("window", &window)],
        ),
        values,
        show,
        has_delta: true,
    };
    // A row read in each package's own year or against its own target has a
    // delta only where those are the same for all (the notes say so when not).
    let alike = |same: &dyn Fn(&Policy, &Policy) -> bool| {
        packages
            .windows(2)
            .all(|pair| same(pair[0].policy, pair[1].policy))
    };
    let same_target_year = alike(&|a, b| a.target.year == b.target.year);
    let same_target = same_target_year
        && alike(&|a, b| a.target.share_pct.to_bits() == b.target.share_pct.to_bits());
    let same_horizon = alike(&|a, b| a.horizon == b.horizon);
    vec![
        Outcome {
            has_delta: same_target_year,
            ..outcome(
                "share_in_own_target_year_pct",
                each(&|p| Some(p.projection.target.projected_share_pct).filter(|v| v.is_finite())),
                two,
            )
        },
        Outcome {
            has_delta: same_target,
            ..outcome(
                "gap_to_own_target_pp",
                each(&|p| Some(p.projection.target.gap_pp.max(0.0)).filter(|v| v.is_finite())),
                two,
            )
        },
        Outcome {
            has_delta: false,
            ..outcome(
                "first_year_target_met",
                each(&|p| p.projection.target.first_year_met.map(f64::from)),
                |_, v| format!("{v:.0}"),
            )
        },
        outcome(
            "share_in_common_year_pct",
            at_common(|y| y.manufacturing_share_pct),
            two,
        ),
        outcome(
            "manufacturing_jobs_in_common_year",
            at_common(|y| y.manufacturing_jobs),
            |_, v| thousands(v),
        ),
        outcome(
            "net_jobs_added_in_common_year",
            at_common(|y| y.net_jobs_added),
            |_, v| thousands(v),
        ),
        outcome(
            "effective_sectors_in_common_year",
            at_common(|y| y.effective_sectors),
            |_, v| format!("{v:.3}"),
        ),
        outcome("outlays_common_window_hkd_bn", summed(outlays), one),
        outcome(
            "financing_common_window_hkd_bn",
            summed(|y| y.financing_cost_hkd_bn),
            one,
        ),
        outcome(
            "total_cost_common_window_hkd_bn",
            summed(|y| y.fiscal_cost_hkd_bn),
            one,
        ),
        outcome(
            "present_value_common_window_hkd_bn",
            each(&|p| {
                // Cash outlay and tax forgone only: financing is reported
                // beside, never discounted in (HM Treasury Green Book).
                let rate = baseline.params_for(p.policy).global.discount_rate;
                let stream: Vec<f64> = p
                    .projection
                    .years
                    .iter()
                    .filter(|y| y.year <= to)
                    .map(outlays)
                    .collect();
                Some(present_value(&stream, rate))
            }),
            one,
        ),
        outcome(
            "cost_per_net_job_common_year_hkd",
            each(&|p| {
                let cost = sum_over(p.projection, from, to, outlays);
                let jobs = p.projection.year(to).map_or(0.0, |y| y.net_jobs_added);
                (jobs >= 1.0).then(|| cost * 1e9 / jobs)
            }),
            money,
        ),
        Outcome {
            has_delta: same_horizon,
            ..outcome(
                "total_cost_own_horizon_hkd_bn",
                each(&|p| p.projection.last().map(|y| y.cumulative_fiscal_cost_hkd_bn)),
                one,
            )
        },
    ]
}

/// "horizons differ (2035, 2040)" when they do.
/// The note `id` when `values` differ, with the list of them and the window.
fn differ<T: PartialEq + std::fmt::Display>(
    lang: Lang,
    id: &str,
    values: &[T],
    from: i32,
    to: i32,
) -> Option<String> {
    let first = values.first()?;
    values.iter().any(|v| v != first).then(|| {
        let list: Vec<String> = values.iter().map(ToString::to_string).collect();
        lang.format(
            id,
            &[
                ("list", &list.join(", ")),
                ("from", &from.to_string()),
                ("to", &to.to_string()),
            ],
        )
    })
}

fn notes(
    lang: Lang,
    packages: &[Evaluated<'_>],
    titles: &[String],
    from: i32,
    to: i32,
) -> Vec<String> {
    let mut notes = Vec::new();
    let horizons: Vec<i32> = packages.iter().map(|p| p.policy.horizon).collect();
    notes.extend(differ(lang, "compare-note-horizons", &horizons, from, to));
    let years: Vec<i32> = packages.iter().map(|p| p.policy.target.year).collect();
    let shares: Vec<f64> = packages.iter().map(|p| p.policy.target.share_pct).collect();
    notes.extend(differ(lang, "compare-note-target-years", &years, from, to));
    notes.extend(differ(
        lang,
        "compare-note-target-shares",
        &shares,
        from,
        to,
    ));
    let bases: Vec<i32> = packages.iter().map(|p| p.projection.base_year).collect();
    notes.extend(differ(lang, "compare-note-base-years", &bases, from, to));
    let renamed: Vec<&str> = titles
        .iter()
        .zip(packages)
        .filter(|(t, p)| **t != p.policy.name)
        .map(|(t, _)| t.as_str())
        .collect();
    if !renamed.is_empty() {
        notes.push(lang.format("compare-note-renamed", &[("list", &renamed.join("; "))]));
    }
    notes
}

impl Comparison {
    /// Compares `packages` (two or more; the first is the reference).
    pub fn build(lang: Lang, baseline: &Baseline, packages: &[Evaluated<'_>]) -> Comparison {
        let titles = titles(lang, packages);
        let common_from = packages
            .iter()
            .map(|p| p.projection.base_year)
            .max()
            .unwrap_or(baseline.base_year);
        let common_to = packages
            .iter()
            .filter_map(|p| p.projection.last().map(|y| y.year))
            .min()
            .unwrap_or(common_from);
        let changes = match packages.split_first() {
            Some((first, rest)) => rest
                .iter()
                .map(|p| lever_changes(lang, first.policy, p.policy, baseline))
                .collect(),
            None => Vec::new(),
        };
        Comparison {
            lang,
            notes: notes(lang, packages, &titles, common_from, common_to),
            packages: packages
                .iter()
                .zip(titles)
                .map(|(p, title)| Package {
                    title,
                    name: p.policy.name.clone(),
                    file: p.file.clone(),
                })
                .collect(),
            settings: settings(lang, packages),
            outcomes: outcomes(baseline, packages, common_from, common_to),
            common_from,
            common_to,
            changes,
        }
    }
}

/// The comparison of `packages` in `format`.
pub fn render_many(
    lang: Lang,
    baseline: &Baseline,
    packages: &[Evaluated<'_>],
    format: OutputFormat,
) -> Result<String, crate::RenderError> {
    // JSON and CSV are machine outputs: worded in English whatever `lang`.
    let lang = match format {
        OutputFormat::Json | OutputFormat::Csv => Lang::En,
        OutputFormat::Table | OutputFormat::Markdown => lang,
    };
    let comparison = Comparison::build(lang, baseline, packages);
    match format {
        OutputFormat::Json => json(&comparison),
        OutputFormat::Csv => csv(&comparison),
        OutputFormat::Table => Ok(text(&comparison, false)),
        OutputFormat::Markdown => Ok(text(&comparison, true)),
    }
}

/// `a` and `b` side by side as a table (or Markdown), `b`'s deltas against
/// `a` (`eval --against`).
pub fn render(
    lang: Lang,
    a: &Evaluated<'_>,
    b: &Evaluated<'_>,
    baseline: &Baseline,
    markdown: bool,
) -> String {
    let comparison = Comparison::build(lang, baseline, &[a.clone(), b.clone()]);
    text(&comparison, markdown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_named_packages_are_told_apart_with_brackets_in_the_outputs_language() {
        let names = ["Tax (lean)", "Tax (lean)", "Other"];
        let files = ["dir/a.toml", "b.toml", "c.toml"];
        assert_eq!(
            distinct_titles(Lang::ZhHant, &names, &files),
            ["Tax (lean)（a.toml）", "Tax (lean)（b.toml）", "Other"]
        );
        assert_eq!(
            distinct_titles(Lang::En, &names, &files),
            ["Tax (lean) (a.toml)", "Tax (lean) (b.toml)", "Other"]
        );
        // Same names and same file names: their paths.
        let apart = distinct_titles(
            Lang::En,
            &["A", "A", "B"],
            &["x/a.toml", "y/a.toml", "b.toml"],
        );
        assert_eq!(apart, ["A (x/a.toml)", "A (y/a.toml)", "B"]);
        // The same path twice: numbered among its repeats, from 1.
        let twice = distinct_titles(Lang::En, &["S", "A", "A"], &["s.toml", "a.toml", "a.toml"]);
        assert_eq!(twice, ["S", "A (a.toml) #1", "A (a.toml) #2"]);
    }
}
