//! `levers backtest`: projected beside observed and beside two naive
//! forecasts, year by year; the uncertainty bands and how often they held what
//! was observed; the calibration that set the status-quo trends.

use std::fmt::Write;

use levers_core::analysis::backtest::{Backtest, Calibration, Comparison, Trend};
use levers_core::analysis::backtest_bands::{BacktestBands, OutcomeBands};
use serde_json::{Value, json};

use unicode_width::UnicodeWidthStr;

use crate::format::thousands;
use crate::i18n::Lang;

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

/// `text` right-aligned in `width` terminal columns (wide characters count two).
fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

/// `text` left-aligned in `width` terminal columns.
fn pad_right(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

fn short(lang: Lang, c: &Comparison) -> String {
    lang.text(&format!("backtest-short-{}", c.key))
}

/// A text table: one row per year, observed and projected side by side; the
/// errors beside the naive forecasts'; the bands and their coverage when drawn.
pub fn table(lang: Lang, backtest: &Backtest, bands: Option<&BacktestBands>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "backtest-title",
            &[("year", &backtest.base_year.to_string())]
        )
    );
    let mut header = pad_left(&lang.text("backtest-year"), 6);
    for c in &backtest.comparisons {
        let title = lang.format("backtest-obs-proj", &[("series", &short(lang, c))]);
        let _ = write!(header, " | {}", pad_left(&title, 22));
    }
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "{}", "-".repeat(header.width()));
    for (i, year) in backtest.years.iter().enumerate() {
        let mut row = format!("{year:>6}");
        for c in &backtest.comparisons {
            let observed = c.observed[i].map_or_else(|| "–".to_string(), |o| cell(c.key, o));
            let _ = write!(
                row,
                " | {:>22}",
                format!("{observed} / {}", cell(c.key, c.projected[i]))
            );
        }
        let _ = writeln!(out, "{row}");
    }
    let start = &backtest.start;
    let jobs_note = if start.jobs_extrapolated {
        lang.format(
            "backtest-start-extrapolated",
            &[("year", &backtest.base_year.to_string())],
        )
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "backtest-start",
            &[
                ("year", &backtest.base_year.to_string()),
                ("gdp", &format!("{:.1}", start.gdp_hkd_bn)),
                (
                    "manufacturing",
                    &format!("{:.2}", start.manufacturing_hkd_bn)
                ),
                ("jobs", &thousands(start.jobs)),
                ("note", &jobs_note),
            ],
        )
    );
    let _ = writeln!(out);
    out.push_str(&errors_table(lang, backtest));
    if let Some(bands) = bands {
        let _ = writeln!(out);
        out.push_str(&bands_table(lang, backtest, bands));
    }
    let _ = writeln!(out);
    out.push_str(&calibration_text(lang, &backtest.calibration));
    out
}

/// Mean absolute errors of the model and of the naive forecasts, per outcome.
fn errors_table(lang: Lang, backtest: &Backtest) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "backtest-errors-title",
            &[("year", &backtest.base_year.to_string())]
        )
    );
    let label_width = backtest
        .comparisons
        .iter()
        .map(|c| lang.text(&format!("backtest-label-{}", c.key)).width())
        .max()
        .unwrap_or(0);
    let heads = [
        lang.text("backtest-model"),
        lang.text("backtest-no-change"),
        lang.text("backtest-trend-forecast"),
    ];
    let mut header = format!("  {}", pad_right("", label_width));
    for head in &heads {
        let _ = write!(header, "  {}", pad_left(head, 12));
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for c in &backtest.comparisons {
        let label = lang.text(&format!("backtest-label-{}", c.key));
        let _ = writeln!(
            out,
            "  {}  {}  {}  {}",
            pad_right(&label, label_width),
            pad_left(&error_text(lang, c.mean_abs_pct_error), 12),
            pad_left(&error_text(lang, c.no_change_error), 12),
            pad_left(&error_text(lang, c.trend_error), 12),
        );
    }
    let _ = writeln!(out, "  {}", lang.text("backtest-naive-note"));
    out
}

fn bands_of<'a>(bands: &'a BacktestBands, key: &str) -> Option<&'a OutcomeBands> {
    bands.outcomes.iter().find(|o| o.key == key)
}

/// p10–p90 per year and outcome, then the coverage of each outcome.
fn bands_table(lang: Lang, backtest: &Backtest, bands: &BacktestBands) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "backtest-bands-title",
            &[
                ("draws", &bands.draws.to_string()),
                ("seed", &bands.seed.to_string())
            ]
        )
    );
    let mut header = pad_left(&lang.text("backtest-year"), 6);
    for c in &backtest.comparisons {
        let title = lang.format("backtest-p10-p90", &[("series", &short(lang, c))]);
        let _ = write!(header, " | {}", pad_left(&title, 24));
    }
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "{}", "-".repeat(header.width()));
    for (i, year) in backtest.years.iter().enumerate().skip(1) {
        let mut row = format!("{year:>6}");
        for c in &backtest.comparisons {
            let text = bands_of(bands, c.key).map_or_else(String::new, |b| {
                let mark = match c.observed[i] {
                    Some(o) if o < b.p10[i] || o > b.p90[i] => "*",
                    _ => " ",
                };
                format!(
                    "{} – {}{mark}",
                    cell(c.key, b.p10[i]),
                    cell(c.key, b.p90[i])
                )
            });
            let _ = write!(row, " | {text:>24}");
        }
        let _ = writeln!(out, "{row}");
    }
    let _ = writeln!(out, "  {}", lang.text("backtest-outside-mark"));
    for o in &bands.outcomes {
        let _ = writeln!(
            out,
            "  {}",
            lang.format(
                "backtest-coverage",
                &[
                    ("series", &lang.text(&format!("backtest-label-{}", o.key))),
                    ("inside", &o.inside.to_string()),
                    ("observed", &o.observed.to_string()),
                    ("width", &format!("{:.1}", o.mean_relative_width_pct)),
                ],
            )
        );
    }
    let total = bands.observed();
    let _ = writeln!(
        out,
        "  {}",
        lang.format(
            "backtest-coverage-total",
            &[
                ("inside", &bands.inside().to_string()),
                ("observed", &total.to_string()),
                (
                    "pct",
                    &format!("{:.0}", 100.0 * bands.inside() as f64 / total.max(1) as f64)
                ),
            ],
        )
    );
    out
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
    let mut object = serde_json::Map::new();
    object.insert("base_year".into(), json!(backtest.base_year));
    object.insert("years".into(), json!(backtest.years));
    let start = &backtest.start;
    object.insert(
        "start".into(),
        json!({
            "gdp_basic_prices_hkd_bn": start.gdp_hkd_bn,
            "manufacturing_value_added_hkd_bn": start.manufacturing_hkd_bn,
            "manufacturing_jobs": start.jobs,
            "jobs_extrapolated": start.jobs_extrapolated,
        }),
    );
    for c in &backtest.comparisons {
        let mut entry = json!({
            "label": c.label,
            "unit": c.unit,
            "observed": c.observed,
            "projected": c.projected,
            "no_change": c.no_change,
            "trend": c.trend,
            "trend_growth": c.trend_growth,
            "mean_abs_pct_error": c.mean_abs_pct_error,
            "no_change_mean_abs_pct_error": c.no_change_error,
            "trend_mean_abs_pct_error": c.trend_error,
        });
        if let (Some(b), Some(map)) = (
            bands.and_then(|b| bands_of(b, c.key)),
            entry.as_object_mut(),
        ) {
            map.insert("p10".into(), json!(b.p10));
            map.insert("p50".into(), json!(b.p50));
            map.insert("p90".into(), json!(b.p90));
            map.insert(
                "coverage".into(),
                json!({
                    "inside": b.inside,
                    "observed": b.observed,
                    "mean_relative_width_pct": b.mean_relative_width_pct,
                }),
            );
        }
        object.insert(c.key.into(), entry);
    }
    if let Some(bands) = bands {
        object.insert(
            "uncertainty".into(),
            json!({
                "draws": bands.draws,
                "seed": bands.seed,
                "inside": bands.inside(),
                "observed": bands.observed(),
            }),
        );
    }
    object.insert(
        "calibration".into(),
        calibration_json(&backtest.calibration),
    );
    Value::Object(object)
}

/// One row per year: `year,<key>_observed,<key>_projected,<key>_no_change,
/// <key>_trend[,<key>_p10,<key>_p50,<key>_p90],...` (empty = no figure).
pub fn csv(backtest: &Backtest, bands: Option<&BacktestBands>) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
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
    writer.write_record(&header)?;
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
        writer.write_record(&row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(csv::IntoInnerError::into_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
