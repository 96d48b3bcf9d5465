//! `levers backtest`: projected beside observed, year by year, and the
//! calibration that set the status-quo trends.

use std::fmt::Write;

use levers_core::analysis::backtest::{Backtest, Calibration, Comparison, Trend};
use serde_json::{Value, json};

use unicode_width::UnicodeWidthStr;

use crate::format::thousands;
use crate::i18n::language;

fn cell(comparison: &Comparison, value: f64) -> String {
    match comparison.key {
        "manufacturing_jobs" => thousands(value),
        "manufacturing_share_pct" => format!("{value:.2}"),
        _ => format!("{value:.1}"),
    }
}

fn error_text(error: Option<f64>) -> String {
    error.map_or_else(
        || language().text("backtest-no-observations"),
        |e| format!("{e:.1}%"),
    )
}

/// A text table: one row per year, observed and projected side by side.
pub fn table(backtest: &Backtest) -> String {
    let lang = language();
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
        let title = lang.format(
            "backtest-obs-proj",
            &[("series", &lang.text(&format!("backtest-short-{}", c.key)))],
        );
        let _ = write!(header, " | {}", pad_left(&title, 22));
    }
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "{}", "-".repeat(header.width()));
    for (i, year) in backtest.years.iter().enumerate() {
        let mut row = format!("{year:>6}");
        for c in &backtest.comparisons {
            let observed = c.observed[i].map_or_else(|| "–".to_string(), |o| cell(c, o));
            let _ = write!(
                row,
                " | {:>22}",
                format!("{observed} / {}", cell(c, c.projected[i]))
            );
        }
        let _ = writeln!(out, "{row}");
    }
    let _ = writeln!(out);
    for c in &backtest.comparisons {
        let _ = writeln!(
            out,
            "{}",
            lang.format(
                "backtest-error",
                &[
                    ("series", &lang.text(&format!("backtest-label-{}", c.key))),
                    ("unit", &lang.text(&format!("backtest-unit-{}", c.key))),
                    ("error", &error_text(c.mean_abs_pct_error)),
                ],
            )
        );
    }
    let _ = writeln!(out);
    out.push_str(&calibration_text(&backtest.calibration));
    out
}

/// `text` right-aligned in `width` terminal columns (wide characters count two).
fn pad_left(text: &str, width: usize) -> String {
    format!("{}{text}", " ".repeat(width.saturating_sub(text.width())))
}

fn trend_text(id: &str, trend: &Trend) -> String {
    let lang = language();
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
    let widened = if trend.widened {
        lang.text("backtest-widened")
    } else {
        String::new()
    };
    let line = lang.format(
        "backtest-trend",
        &[
            ("name", &lang.text(id)),
            ("growth", &format!("{:+.2}", trend.growth * 100.0)),
            ("years", &years),
            ("widened", &widened),
        ],
    );
    format!("  {line}\n")
}

/// The fitted trends and the parameters they set, in words.
pub fn calibration_text(calibration: &Calibration) -> String {
    let lang = language();
    let mut out = lang.format(
        "backtest-calibration",
        &[
            ("from", &calibration.window.0.to_string()),
            ("to", &calibration.window.1.to_string()),
        ],
    );
    out.push('\n');
    out.push_str(&trend_text(
        "backtest-trend-value-added",
        &calibration.manufacturing_value_added,
    ));
    out.push_str(&trend_text(
        "backtest-trend-jobs",
        &calibration.manufacturing_jobs,
    ));
    out.push_str(&trend_text(
        "backtest-trend-prices",
        &calibration.relative_price,
    ));
    let _ = writeln!(
        out,
        "  {} traditional.growth = {:.4}, traditional.productivity_growth = {:.4}, manufacturing_relative_price_change = {:.4}",
        lang.text("backtest-sets"),
        calibration.traditional_growth,
        calibration.traditional_productivity_growth,
        calibration.relative_price.growth
    );
    out
}

fn trend_json(trend: &Trend) -> Value {
    json!({ "growth": trend.growth, "years": trend.years, "widened": trend.widened })
}

pub fn calibration_json(calibration: &Calibration) -> Value {
    json!({
        "window": [calibration.window.0, calibration.window.1],
        "manufacturing_value_added": trend_json(&calibration.manufacturing_value_added),
        "manufacturing_jobs": trend_json(&calibration.manufacturing_jobs),
        "relative_price": trend_json(&calibration.relative_price),
        "parameters": {
            "traditional.growth": calibration.traditional_growth,
            "traditional.productivity_growth": calibration.traditional_productivity_growth,
            "manufacturing_relative_price_change": calibration.relative_price.growth,
        },
    })
}

/// `{ base_year, years, <key>: { observed, projected, mean_abs_pct_error, unit }, calibration }`.
pub fn json(backtest: &Backtest) -> Value {
    let mut object = serde_json::Map::new();
    object.insert("base_year".into(), json!(backtest.base_year));
    object.insert("years".into(), json!(backtest.years));
    for c in &backtest.comparisons {
        object.insert(
            c.key.into(),
            json!({
                "label": c.label,
                "unit": c.unit,
                "observed": c.observed,
                "projected": c.projected,
                "mean_abs_pct_error": c.mean_abs_pct_error,
            }),
        );
    }
    object.insert(
        "calibration".into(),
        calibration_json(&backtest.calibration),
    );
    Value::Object(object)
}

/// One row per year: `year,<key>_observed,<key>_projected,...` (empty = no figure).
pub fn csv(backtest: &Backtest) -> Result<String, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["year".to_string()];
    for c in &backtest.comparisons {
        header.push(format!("{}_observed", c.key));
        header.push(format!("{}_projected", c.key));
    }
    writer.write_record(&header)?;
    for (i, year) in backtest.years.iter().enumerate() {
        let mut row = vec![year.to_string()];
        for c in &backtest.comparisons {
            row.push(c.observed[i].map_or_else(String::new, |o| o.to_string()));
            row.push(c.projected[i].to_string());
        }
        writer.write_record(&row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(csv::IntoInnerError::into_error)?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
