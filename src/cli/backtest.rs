//! `levers backtest`: the model rebased to an earlier year, run with the
//! measures in force since, beside what was observed.

use std::path::Path;

use levers_core::Baseline;
use levers_core::analysis::backtest::{backtest, calibrate, rebase};
use levers_core::analysis::backtest_bands::backtest_bands;
use levers_core::history::{History, keys};
use levers_files::{history_file, policy_file};
use levers_report::{self as report, OutputFormat};

use super::Failure;
use super::args::BacktestArgs;
use super::console::print;
use super::input::load;
use levers_report::i18n::Lang;

/// The measures in force from 2016, shipped with levers.
pub const EMBEDDED_HISTORY_POLICY: &str =
    include_str!("../../policies/history/hong-kong-2016-2023.toml");
const EMBEDDED_HISTORY_POLICY_NAME: &str = "policies/history/hong-kong-2016-2023.toml";

fn load_history(path: Option<&Path>) -> Result<History, Failure> {
    match path {
        Some(path) => {
            let text = levers_files::fsio::read_text(path)?;
            Ok(history_file::parse_history(
                &path.display().to_string(),
                &text,
            )?)
        }
        None => history_file::embedded().map_err(Failure::embedded("history")),
    }
}

/// An outcome observed after the base year is what the back-test sets beside
/// the projection: from the last observed year on there is none (and the
/// embedded measures end then, so `--base-year 2023` was an internal error).
fn refuse_nothing_after(lang: Lang, history: &History, base_year: i32) -> Result<(), Failure> {
    let outcomes = [
        keys::MANUFACTURING_SHARE,
        keys::MANUFACTURING_VA_REAL,
        keys::MANUFACTURING_JOBS,
    ];
    let last = outcomes
        .iter()
        .filter_map(|key| history.series(key)?.points.last().map(|p| p.year))
        .max();
    match last {
        Some(last) if base_year >= last => Err(Failure::Invalid(lang.format(
            "backtest-error-nothing-after",
            &[
                ("year", &base_year.to_string()),
                ("last", &last.to_string()),
            ],
        ))),
        _ => Ok(()),
    }
}

pub fn run(lang: Lang, baseline: &Baseline, request: &BacktestArgs) -> Result<(), Failure> {
    let history = load_history(request.history.as_deref())?;
    if request.calibrate {
        let window = (history.first_year, history.last_year);
        let calibration = calibrate(&history, &baseline.params, window)
            .map_err(|e| Failure::Invalid(levers_report::backtest::error(lang, &e)))?;
        return match request.format {
            OutputFormat::Json => print(&report::pretty_json(
                &report::backtest::calibration_json(&calibration),
            )?),
            _ => print(&report::backtest::calibration_text(lang, &calibration)),
        };
    }
    refuse_nothing_after(lang, &history, request.base_year)?;
    let (rebased, _) = rebase(baseline, &history, request.base_year)
        .map_err(|e| Failure::Invalid(levers_report::backtest::error(lang, &e)))?;
    let policy = match &request.policy {
        Some(path) => load(lang, path, &rebased)?,
        None => policy_file::parse_policy(
            EMBEDDED_HISTORY_POLICY_NAME,
            EMBEDDED_HISTORY_POLICY,
            &rebased,
        )
        .map_err(Failure::embedded("history package"))?,
    };
    let result = backtest(baseline, &history, &policy, request.base_year)
        .map_err(|e| Failure::Invalid(levers_report::backtest::error(lang, &e)))?;
    let bands = request
        .uncertainty
        .then(|| backtest_bands(&rebased, &policy, &result, request.draws, request.seed));
    let bands = bands.as_ref();
    match request.format {
        OutputFormat::Json => print(&report::pretty_json(&report::backtest::json(
            &result, bands,
        ))?),
        OutputFormat::Csv => print(&report::backtest::csv(&result, bands)?),
        OutputFormat::Table => print(&report::backtest::table(lang, &result, bands, false)),
        OutputFormat::Markdown => print(&report::backtest::table(lang, &result, bands, true)),
    }
}
