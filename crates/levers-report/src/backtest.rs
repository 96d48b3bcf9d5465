//! `levers backtest`: projected beside observed and beside two naive
//! forecasts, year by year; the uncertainty bands and how often they held what
//! was observed; the calibration that set the status-quo trends.

use std::fmt::Write;

use levers_core::analysis::backtest::{Backtest, BacktestError, Calibration, Comparison, Trend};
use levers_core::analysis::backtest_bands::{BacktestBands, OutcomeBands};
use serde_json::{Value, json};

use crate::format::thousands;
use crate::i18n::Lang;
use crate::table::{Shown, tabulate};

fn cell(key: &str, value: f64) -> String {
    match key {
        "manufacturing_jobs" => thousands(value),
        "manufacturing_share_pct" => format!("{value:.2}"),
        _ => format!("{value:.1}"),
    }
}

fn error_text(lang: Lang, error: Option<f64>) -> String {
    error.map_or_else(
        || lang.text("backtest-no-observations"),
        |e| format!("{e:.1}%"),
    )
}

fn short(lang: Lang, c: &Comparison) -> String {
    lang.text(&format!("backtest-short-{}", c.key))
}

/// Why a back-test could not run, in `lang`.
pub fn error(lang: Lang, error: &BacktestError) -> String {
    match error {
        BacktestError::MissingSeries(series) => {
            lang.format("backtest-error-missing-series", &[("series", series)])
        }
        BacktestError::TooFewBefore { series, year } => lang.format(
            "backtest-error-too-few-before",
            &[("series", series), ("year", &year.to_string())],
        ),
        BacktestError::NoBaseYearFigure { series, year } => lang.format(
            "backtest-error-no-base-year-figure",
            &[("series", series), ("year", &year.to_string())],
        ),
    }
}

fn label(lang: Lang, key: &str) -> String {
    lang.text(&format!("backtest-label-{key}"))
}

/// An outcome's label in the JSON: the English name of the series it is
/// (`series-KEY`), as every JSON output labels its series.
fn json_label(key: &str) -> String {
    crate::series::find(key).map_or_else(|| key.to_string(), |s| s.title(Lang::En))
}

/// The year column of a table whose rows are indices into `backtest.years`.
fn year_column(lang: Lang, backtest: &Backtest) -> Shown<'_, usize> {
    Shown::right(lang.text("backtest-year"), move |i: &usize| {
        backtest.years[*i].to_string()
    })
}

/// The back-test as people read it (`--format table|markdown`): one row per
/// year, observed and projected side by side; the errors beside the naive
/// forecasts'; the bands and their coverage when drawn; the calibration.
pub fn table(
    lang: Lang,
    backtest: &Backtest,
    bands: Option<&BacktestBands>,
    markdown: bool,
) -> String {
    let mut out = String::new();
    let base_year = backtest.base_year.to_string();
    heading(
        &mut out,
        &lang.format("backtest-title", &[("year", &base_year)]),
        markdown,
    );
    let mut columns = vec![year_column(lang, backtest)];
    for c in &backtest.comparisons {
        let title = lang.format("backtest-obs-proj", &[("series", &short(lang, c))]);
        columns.push(Shown::right(title, move |i: &usize| {
            let observed = c.observed[*i].map_or_else(|| "–".to_string(), |o| cell(c.key, o));
            format!("{observed} / {}", cell(c.key, c.projected[*i]))
        }));
    }
    let years: Vec<usize> = (0..backtest.years.len()).collect();
    out.push_str(&tabulate(&columns, &years, markdown));
    let start = &backtest.start;
    let jobs_note = if start.jobs_extrapolated {
        lang.format("backtest-start-extrapolated", &[("year", &base_year)])
    } else {
        String::new()
    };
    paragraph(
        &mut out,
        &lang.format(
            "backtest-start",
            &[
                ("year", &base_year),
                ("gdp", &crate::format::money_bn(lang, start.gdp_hkd_bn)),
                (
                    "manufacturing",
                    &format!("{:.2}", start.manufacturing_hkd_bn),
                ),
                ("jobs", &thousands(start.jobs)),
                ("note", &jobs_note),
            ],
        ),
        markdown,
    );
    errors_table(&mut out, lang, backtest, markdown);
    if let Some(bands) = bands {
        bands_table(&mut out, lang, backtest, bands, markdown);
    }
    let _ = writeln!(out);
    let calibration = calibration_text(lang, &backtest.calibration);
    if markdown {
        let mut lines = calibration.lines();
        if let Some(title) = lines.next() {
            heading(&mut out, title, true);
        }
        for line in lines {
            let _ = writeln!(out, "- {}", line.trim_start());
        }
    } else {
        out.push_str(&calibration);
    }
    out
}

/// A title line: a Markdown heading, or the line itself in a terminal.
fn heading(out: &mut String, title: &str, markdown: bool) {
    if markdown {
        let _ = writeln!(out, "## {}\n", title.trim_end_matches(':'));
    } else {
        let _ = writeln!(out, "{title}");
    }
}

/// A line of words after a table, set apart in Markdown.
fn paragraph(out: &mut String, text: &str, markdown: bool) {
    if markdown {
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{text}");
}

/// Mean absolute errors of the model and of the naive forecasts, per outcome.
fn errors_table(out: &mut String, lang: Lang, backtest: &Backtest, markdown: bool) {
    let _ = writeln!(out);
    let base_year = backtest.base_year.to_string();
    heading(
        out,
        &lang.format("backtest-errors-title", &[("year", &base_year)]),
        markdown,
    );
    let error = |title: &str, of: fn(&Comparison) -> Option<f64>| {
        Shown::right(lang.text(title), move |c: &&Comparison| {
            error_text(lang, of(c))
        })
    };
    let columns = vec![
        Shown::left(String::new(), move |c: &&Comparison| label(lang, c.key)),
        error("backtest-model", |c| c.mean_abs_pct_error),
        error("backtest-no-change", |c| c.no_change_error),
        error("backtest-trend-forecast", |c| c.trend_error),
    ];
    let rows: Vec<&Comparison> = backtest.comparisons.iter().collect();
    out.push_str(&tabulate(&columns, &rows, markdown));
    paragraph(out, &lang.text("backtest-naive-note"), markdown);
}

fn bands_of<'a>(bands: &'a BacktestBands, key: &str) -> Option<&'a OutcomeBands> {
    bands.outcomes.iter().find(|o| o.key == key)
}

/// p10–p90 per year and outcome (from the first year after the base), then
/// the coverage of each outcome.
fn bands_table(
    out: &mut String,
    lang: Lang,
    backtest: &Backtest,
    bands: &BacktestBands,
    markdown: bool,
) {
    let _ = writeln!(out);
    let title = lang.format_counts(
        "backtest-bands-title",
        &[
            ("draws", &bands.draws.to_string()),
            ("seed", &bands.seed.to_string()),
        ],
        &[("draw_count", bands.draws as i64)],
    );
    heading(out, &title, markdown);
    let mut columns = vec![year_column(lang, backtest)];
    for c in &backtest.comparisons {
        let title = lang.format("backtest-p10-p90", &[("series", &short(lang, c))]);
        let outcome = bands_of(bands, c.key);
        columns.push(Shown::right(title, move |i: &usize| {
            outcome.map_or_else(String::new, |b| {
                let outside = c.observed[*i].is_some_and(|o| o < b.p10[*i] || o > b.p90[*i]);
                let mark = if outside { "*" } else { "" };
                format!(
                    "{} – {}{mark}",
                    cell(c.key, b.p10[*i]),
                    cell(c.key, b.p90[*i])
                )
            })
        }));
    }
    let years: Vec<usize> = (1..backtest.years.len()).collect();
    out.push_str(&tabulate(&columns, &years, markdown));
    let mut notes = vec![lang.text("backtest-outside-mark")];
    notes.extend(bands.outcomes.iter().map(|o| {
        lang.format(
            "backtest-coverage",
            &[
                ("series", &label(lang, o.key)),
                ("inside", &o.inside.to_string()),
                ("observed", &o.observed.to_string()),
                ("width", &format!("{:.1}", o.mean_relative_width_pct)),
            ],
        )
    }));
    let total = bands.observed();
    notes.push(lang.format(
        "backtest-coverage-total",
        &[
            ("inside", &bands.inside().to_string()),
            ("observed", &total.to_string()),
            (
                "pct",
                &format!("{:.0}", 100.0 * bands.inside() as f64 / total.max(1) as f64),
            ),
        ],
    ));
    if markdown {
        let _ = writeln!(out);
        for note in notes {
            let _ = writeln!(out, "- {note}");
        }
    } else {
        for note in notes {
            let _ = writeln!(out, "  {note}");
        }
    }
}

fn trend_text(lang: Lang, id: &str, trend: &Trend) -> String {
    let years = match (trend.years.first(), trend.years.last()) {
        (Some(first), Some(last)) => lang.format(
            "backtest-figures",
            &[
                ("from", &first.to_string()),
                ("to", &last.to_string()),
                ("count", &trend.years.len().to_string()),
            ],
        ),
        _ => lang.text("backtest-no-figures"),
    };
    let error = trend
        .std_error
        .map_or_else(String::new, |e| format!(" ± {:.2}", e * 100.0));
    let line = lang.format(
        "backtest-trend",
        &[
            ("name", &lang.text(id)),
            ("growth", &format!("{:+.2}{error}", trend.growth * 100.0)),
            ("years", &years),
        ],
    );
    format!("  {line}\n")
}

/// The fitted trends and the parameters they set, in words.
pub fn calibration_text(lang: Lang, calibration: &Calibration) -> String {
    let mut out = lang.format(
        "backtest-calibration",
        &[
            ("from", &calibration.window.0.to_string()),
            ("to", &calibration.window.1.to_string()),
        ],
    );
    out.push('\n');
    out.push_str(&trend_text(
        lang,
        "backtest-trend-value-added",
        &calibration.manufacturing_value_added,
    ));
    out.push_str(&trend_text(
        lang,
        "backtest-trend-jobs",
        &calibration.manufacturing_jobs,
    ));
    out.push_str(&trend_text(
        lang,
        "backtest-trend-prices",
        &calibration.relative_price,
    ));
    let _ = writeln!(
        out,
        "  {}",
        lang.format(
            "backtest-prices-used",
            &[(
                "sd",
                &format!("{:.2}", calibration.relative_price_sd * 100.0)
            )]
        )
    );
    let _ = writeln!(
        out,
        "  {} traditional.growth = {:.4}{}, traditional.productivity_growth = {:.4}, manufacturing_relative_price_change = {:.4} (sd {:.4}), manufacturing_share_noise_sd = {:.4}, manufacturing_value_added_noise_sd = {:.4}, manufacturing_jobs_noise_sd = {:.4}",
        lang.text("backtest-sets"),
        calibration.traditional_growth,
        calibration
            .traditional_growth_sd
            .map_or_else(String::new, |sd| format!(" (sd {sd:.4})")),
        calibration.traditional_productivity_growth,
        calibration.relative_price_change,
        calibration.relative_price_sd,
        calibration.year_noise.share,
        calibration.year_noise.value_added,
        calibration.year_noise.jobs,
    );
    out
}

fn trend_json(trend: &Trend) -> Value {
    json!({ "growth": trend.growth, "std_error": trend.std_error, "years": trend.years })
}

pub fn calibration_json(calibration: &Calibration) -> Value {
    json!({
        "window": [calibration.window.0, calibration.window.1],
        "manufacturing_value_added": trend_json(&calibration.manufacturing_value_added),
        "manufacturing_jobs": trend_json(&calibration.manufacturing_jobs),
        "relative_price": trend_json(&calibration.relative_price),
        "parameters": {
            "traditional.growth": calibration.traditional_growth,
            "traditional.growth_sd": calibration.traditional_growth_sd,
            "traditional.productivity_growth": calibration.traditional_productivity_growth,
            "manufacturing_relative_price_change": calibration.relative_price_change,
            "manufacturing_relative_price_change_sd": calibration.relative_price_sd,
            "manufacturing_share_noise_sd": calibration.year_noise.share,
            "manufacturing_value_added_noise_sd": calibration.year_noise.value_added,
            "manufacturing_jobs_noise_sd": calibration.year_noise.jobs,
        },
    })
}

/// `{ base_year, years, start, <key>: { observed, projected, no_change, trend,
/// errors…, [p10, p50, p90, coverage] }, [uncertainty], calibration }`.
pub fn json(backtest: &Backtest, bands: Option<&BacktestBands>) -> Value {
    let start = &backtest.start;
    let mut object = json!({
        "base_year": backtest.base_year,
        "years": backtest.years,
        "start": {
            "gdp_basic_prices_hkd_bn": start.gdp_hkd_bn,
            "manufacturing_value_added_hkd_bn": start.manufacturing_hkd_bn,
            "manufacturing_jobs": start.jobs,
            "jobs_extrapolated": start.jobs_extrapolated,
        },
    });
    for c in &backtest.comparisons {
        let mut entry = json!({
            "label": json_label(c.key),
            "unit": Lang::En.text(&format!("backtest-unit-{}", c.key)),
            "observed": c.observed,
            "projected": c.projected,
            "no_change": c.no_change,
            "trend": c.trend,
            "trend_growth": c.trend_growth,
            "mean_abs_pct_error": c.mean_abs_pct_error,
            "no_change_mean_abs_pct_error": c.no_change_error,
            "trend_mean_abs_pct_error": c.trend_error,
        });
        if let Some(b) = bands.and_then(|b| bands_of(b, c.key)) {
            entry["p10"] = json!(b.p10);
            entry["p50"] = json!(b.p50);
            entry["p90"] = json!(b.p90);
            entry["coverage"] = json!({
                "inside": b.inside,
                "observed": b.observed,
                "mean_relative_width_pct": b.mean_relative_width_pct,
            });
        }
        object[c.key] = entry;
    }
    if let Some(bands) = bands {
        object["uncertainty"] = json!({
            "draws": bands.draws,
            "seed": bands.seed,
            "inside": bands.inside(),
            "observed": bands.observed(),
        });
    }
    object["calibration"] = calibration_json(&backtest.calibration);
    object
}

/// One row per year: `year,<key>_observed,<key>_projected,<key>_no_change,
/// <key>_trend[,<key>_p10,<key>_p50,<key>_p90],...` (empty = no figure).
pub fn csv(
    backtest: &Backtest,
    bands: Option<&BacktestBands>,
) -> Result<String, crate::RenderError> {
    let mut header = vec!["year".to_string()];
    for c in &backtest.comparisons {
        for column in ["observed", "projected", "no_change", "trend"] {
            header.push(format!("{}_{column}", c.key));
        }
        if bands.is_some() {
            for column in ["p10", "p50", "p90"] {
                header.push(format!("{}_{column}", c.key));
            }
        }
    }
    let mut rows = Vec::new();
    for (i, year) in backtest.years.iter().enumerate() {
        let mut row = vec![year.to_string()];
        for c in &backtest.comparisons {
            row.push(c.observed[i].map_or_else(String::new, |o| o.to_string()));
            row.push(c.projected[i].to_string());
            row.push(c.no_change[i].to_string());
            row.push(c.trend[i].to_string());
            if let Some(bands) = bands {
                let b = bands_of(bands, c.key);
                for column in [b.map(|b| &b.p10), b.map(|b| &b.p50), b.map(|b| &b.p90)] {
                    row.push(column.map_or_else(String::new, |v| v[i].to_string()));
                }
            }
        }
        rows.push(row);
    }
    crate::analysis::csv_text(&header, &rows)
}
