//! `levers chart FILE... -o OUT`: one outcome of several packages drawn to an
//! SVG or PNG file, with Monte Carlo bands on request.

use std::path::Path;

use levers_core::{Baseline, Policy};
use levers_files::load::is_stdin;
use levers_report::{chart, series};

use super::Failure;
use super::args::ChartArgs;
use super::console::write_output;
use super::eval::monte_carlo_parallel;
use super::input::Projected;
use levers_report::i18n::Lang;

/// `levers chart FILE... --outcome KEY -o OUT`.
pub fn run(lang: Lang, baseline: &Baseline, args: &ChartArgs) -> Result<(), Failure> {
    let outcome = args.outcome.as_str();
    let output = args.output.as_path();
    let size = (args.width, args.height);
    let uncertainty = args
        .uncertainty
        .then_some((args.draws.draws, args.draws.seed));
    let series = series::find(outcome)
        .ok_or_else(|| Failure::Invalid(format!("unknown outcome `{outcome}`")))?;
    let kind = chart_kind(lang, output)?;
    super::output_name::csv_named(lang, args.draws.draws_out.as_deref())?;
    if uncertainty.is_some() && !BANDED.contains(&outcome) {
        return Err(Failure::Invalid(format!(
            "--uncertainty draws bands for {} only, not {outcome}",
            BANDED.join(", ")
        )));
    }
    let Projected {
        policies,
        projections,
        ..
    } = Projected::load(lang, baseline, &args.files)?;
    // Same-named packages are told apart by their file names in the legend.
    let files: Vec<String> = args.files.iter().map(|f| f.display().to_string()).collect();
    let titles = levers_report::compare::package_titles(lang, &policies, &files);
    let mut lines: Vec<chart::Line> = titles
        .iter()
        .zip(&projections)
        .map(|(title, projection)| chart::Line::of(title, projection, series))
        .collect();
    if let Some((draws, seed)) = uncertainty {
        super::each_draw::write_draws_out(lang, baseline, &args.files, &policies, &args.draws)?;
        for (line, policy) in lines.iter_mut().zip(&policies) {
            line.band = Some(band(lang, baseline, policy, outcome, draws, seed));
        }
    }
    let target = policies.first().map(|p| p.target);
    let spec = chart::Chart::new(lang, series, lines, target)
        .footnote(chart::source_line(
            lang,
            env!("CARGO_PKG_VERSION"),
            &files,
            baseline.base_year,
        ))
        .scale(args.scale)
        .target_line(args.target_line)
        .ylim(args.ylim.map(|y| (y.low, y.high)));
    let bytes = match kind {
        chart::Kind::Svg => chart::svg(&spec, size)?.into_bytes(),
        chart::Kind::Png => chart::png(&spec, size)?,
    };
    write_output(lang, output, &bytes)
}

/// The outcomes Monte Carlo gives bands for.
const BANDED: [&str; 4] = [
    "manufacturing_share_pct",
    "manufacturing_jobs",
    "fiscal_cost_hkd_bn",
    "effective_sectors",
];

/// The p10–p90 band of `outcome` (one of [`BANDED`]) for `policy`, by year.
fn band(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    outcome: &str,
    draws: usize,
    seed: u64,
) -> Vec<(i32, f64, f64)> {
    let result = monte_carlo_parallel(lang, baseline, policy, draws, seed);
    chart::band(&result, outcome).unwrap_or_default()
}

/// SVG or PNG by the output's extension; `-` is SVG on stdout.
fn chart_kind(lang: Lang, output: &Path) -> Result<chart::Kind, Failure> {
    if is_stdin(output) {
        return Ok(chart::Kind::Svg);
    }
    match super::console::extension(output).as_deref() {
        Some("svg") => Ok(chart::Kind::Svg),
        Some("png") => Ok(chart::Kind::Png),
        other => {
            let refused = lang.format(
                "chart-form",
                &[
                    ("file", &output.display().to_string()),
                    ("extension", &super::console::extension_named(lang, other)),
                ],
            );
            let help = if other == Some("pdf") {
                format!("\n  {}", lang.text("chart-pdf-help"))
            } else {
                String::new()
            };
            Err(Failure::Invalid(refused + &help))
        }
    }
}
