//! `levers report FILE -o OUT`: a self-contained report of a package in
//! Markdown or HTML, with its charts written beside it.

use std::path::Path;

use levers_core::Baseline;
use levers_files::load::is_stdin;
use levers_report::{Evaluated, chart, document, series};

use super::Failure;
use super::args::ReportArgs;
use super::eval::monte_carlo_parallel;
use super::input::{load, project_checked};
use super::output::{detail, write_file, write_output};

/// `levers report FILE [--against FILE] -o OUT [--html]`.
pub fn run(baseline: &Baseline, args: &ReportArgs) -> Result<(), Failure> {
    let (file, against, output) = (&args.file, args.against.as_deref(), &args.output);
    let html = args.html
        || output
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    let policy = load(file, baseline)?;
    let reference = against.map(|p| load(p, baseline)).transpose()?;
    let projection = project_checked(baseline, &policy)?;
    let reference_projection = reference
        .as_ref()
        .map(|p| project_checked(baseline, p))
        .transpose()?;
    let main = Evaluated {
        file: file.display().to_string(),
        policy: &policy,
        projection: &projection,
    };
    let other = match (&reference, &reference_projection, against) {
        (Some(policy), Some(projection), Some(path)) => Some(Evaluated {
            file: path.display().to_string(),
            policy,
            projection,
        }),
        _ => None,
    };
    if super::xlsx::is_xlsx(Some(output)) {
        let packages = [main];
        return super::xlsx::write_workbook(baseline, &packages, other.as_ref(), Some(output));
    }
    let to_stdout = is_stdin(output);
    let chart_base = if to_stdout {
        None
    } else {
        Some(output.with_extension(""))
    };
    let uncertainty = monte_carlo_parallel(baseline, &policy, REPORT_DRAWS, REPORT_SEED);
    let charts = match &chart_base {
        Some(base) => write_report_charts(base, &main, other.as_ref(), &uncertainty)?,
        None => Vec::new(),
    };
    let input = document::Input {
        baseline,
        main: &main,
        against: other.as_ref(),
        charts: &charts,
        uncertainty: Some(&uncertainty),
    };
    let text = if html {
        document::html(&input)
    } else {
        document::markdown(&input)
    };
    write_output(output, text.as_bytes())
}

/// Monte Carlo draws behind a report's uncertainty sentence and share band,
/// with a fixed seed so the same package gives the same report.
const REPORT_DRAWS: usize = 1000;
const REPORT_SEED: u64 = 42;

/// The report's charts, written beside it as `<report>-<outcome>.svg`; the
/// main package's share and jobs carry their p10–p90 band.
fn write_report_charts(
    base: &Path,
    main: &Evaluated<'_>,
    against: Option<&Evaluated<'_>>,
    uncertainty: &levers_core::analysis::Uncertainty,
) -> Result<Vec<document::ChartFile>, Failure> {
    let mut written = Vec::new();
    for key in document::CHART_OUTCOMES {
        let Some(series) = series::find(key) else {
            continue;
        };
        let mut first = chart::Line::of(&main.policy.name, main.projection, series);
        let bands = match key {
            "manufacturing_share_pct" => Some(&uncertainty.share_pct),
            "manufacturing_jobs" => Some(&uncertainty.jobs),
            _ => None,
        };
        first.band = bands.map(|bands| {
            uncertainty
                .years
                .iter()
                .zip(bands)
                .map(|(year, b)| (*year, b.p10, b.p90))
                .collect()
        });
        let mut lines = vec![first];
        if let Some(other) = against {
            lines.push(chart::Line::of(
                &other.policy.name,
                other.projection,
                series,
            ));
        }
        let spec = chart::Chart::new(series, lines, Some(main.policy.target));
        let svg = chart::svg(&spec, (800, 450)).map_err(Failure::Internal)?;
        let stem = base.file_name().map_or_else(
            || "report".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let name = format!("{stem}-{key}.svg");
        let path = base.with_file_name(&name);
        write_file(&path, svg.as_bytes())
            .map_err(|e| Failure::Invalid(format!("{}: cannot write: {e}", path.display())))?;
        detail(&format!("wrote {}", path.display()));
        written.push(document::ChartFile {
            title: series.label.to_string(),
            file_name: name,
            svg,
        });
    }
    Ok(written)
}
