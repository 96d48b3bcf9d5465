//! `levers report FILE -o OUT`: a self-contained report of a package in
//! Markdown or HTML, with its charts written beside it.

use levers_core::Policy;
use levers_core::analysis::discover::Discovery;
use levers_core::analysis::uncertainty::Uncertainty;
use levers_report::analysis::never_met;
use std::path::Path;

use levers_core::Baseline;
use levers_files::load::is_stdin;
use levers_report::{Evaluated, chart, document, series};

use super::Failure;
use super::args::ReportArgs;
use super::console::write_output;
use super::eval::monte_carlo_parallel;
use super::input::{Projected, load, project_checked};
use super::output_name::{Forms, format_required};
use levers_report::i18n::Lang;

/// `levers report FILE [--against FILE,…] -o OUT [--html]`.
pub fn run(lang: Lang, baseline: &Baseline, args: &ReportArgs) -> Result<(), Failure> {
    let (file, output) = (&args.file, &args.output);
    let xlsx = super::xlsx::is_xlsx(Some(output));
    let html = !xlsx && (args.html || report_is_html(lang, output)?);
    super::console::check_folder(lang, output)?;
    let policy = load(lang, file, baseline)?;
    let projection = project_checked(lang, baseline, &policy)?;
    let others = Projected::load(lang, baseline, &args.against)?;
    let main = Evaluated {
        file: file.display().to_string(),
        policy: &policy,
        projection: &projection,
    };
    let against = others.evaluated();
    if xlsx {
        // Differences are this package minus the first it is compared with,
        // as in eval --against and the report's own tables.
        let reference = against.first().cloned();
        let mut packages = vec![main];
        packages.extend(against.into_iter().skip(1));
        return super::xlsx::write_workbook(
            lang,
            baseline,
            &packages,
            reference.as_ref(),
            Some(output),
        );
    }
    let chart_base = (!is_stdin(output)).then(|| output.with_extension(""));
    let uncertainty = monte_carlo_parallel(lang, baseline, &policy, REPORT_DRAWS, REPORT_SEED);
    let (discovery_lead, discovery) =
        what_would_have_to_be_true(lang, baseline, &policy, &uncertainty);
    // The HTML report embeds its charts; only Markdown needs them as files beside it.
    let charts = match &chart_base {
        Some(base) => report_charts(
            lang,
            base,
            &main,
            &against,
            &uncertainty,
            baseline.base_year,
            !html,
        )?,
        None => Vec::new(),
    };
    let input = document::Input {
        baseline,
        main: &main,
        against: &against,
        charts: &charts,
        uncertainty: Some(&uncertainty),
        discovery: Some(&discovery),
        discovery_lead: discovery_lead.as_deref(),
    };
    let text = if html {
        document::html(lang, &input)
    } else {
        document::markdown(lang, &input)
    };
    write_output(lang, output, text.as_bytes())
}

/// Whether the report's file name asks for HTML (`.html`, `.htm`) rather than
/// Markdown (`.md`, `.markdown`, `-`); any other extension is refused, so
/// `-o report.docx` does not write Markdown under a Word name.
/// Scenario discovery over the report's draws: what would have to be true
/// for the target to be met; when no draw meets it, or too few to find a box,
/// a sentence saying so and the discovery for the share the package reaches
/// in one draw in ten.
fn what_would_have_to_be_true(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    uncertainty: &Uncertainty,
) -> (Option<String>, Discovery) {
    let (discovery, lower) = crate::parallel::discover_target_or_lower(
        baseline,
        policy,
        REPORT_DRAWS,
        REPORT_SEED,
        || crate::parallel::share_p90_in_target_year(uncertainty, policy),
    );
    let lead = lower.map(|lower| {
        never_met::sentence(
            lang,
            1,
            &policy.target,
            REPORT_DRAWS,
            lower.target_cases,
            &policy.name,
            lower.share,
        )
    });
    (lead, discovery)
}

fn report_is_html(lang: Lang, output: &Path) -> Result<bool, Failure> {
    const FORMS: Forms<bool> = Forms {
        named: &[
            ("html", true),
            ("htm", true),
            ("md", false),
            ("markdown", false),
        ],
        refusal: "report-form",
        hints: true,
    };
    Ok(format_required(lang, output, &FORMS)?.unwrap_or(false))
}

/// Monte Carlo draws behind a report's uncertainty sentence and share band,
/// with a fixed seed so the same package gives the same report: the defaults
/// every face shares, so the report and the workbench show the same chance.
const REPORT_DRAWS: usize = levers_core::analysis::DEFAULT_DRAWS;
const REPORT_SEED: u64 = levers_core::analysis::DEFAULT_SEED;

/// The report's charts, written beside it as `<report>-<outcome>.svg` when
/// `write_files` (a Markdown report links them; an HTML one embeds them and
/// leaves no files behind); the main package's share and jobs carry their
/// p10–p90 band.
fn report_charts(
    lang: Lang,
    base: &Path,
    main: &Evaluated<'_>,
    against: &[Evaluated<'_>],
    uncertainty: &levers_core::analysis::Uncertainty,
    base_year: i32,
    write_files: bool,
) -> Result<Vec<document::ChartFile>, Failure> {
    let mut written = Vec::new();
    for key in document::CHART_OUTCOMES {
        let Some(series) = series::find(key) else {
            continue;
        };
        let mut first = chart::Line::of(&main.policy.name, main.projection, series);
        // The share and jobs charts carry the main package's band.
        let banded = matches!(key, "manufacturing_share_pct" | "manufacturing_jobs");
        first.band = chart::band(uncertainty, key).filter(|_| banded);
        let mut lines = vec![first];
        for other in against {
            lines.push(chart::Line::of(
                &other.policy.name,
                other.projection,
                series,
            ));
        }
        let mut files = vec![main.file.clone()];
        files.extend(against.iter().map(|other| other.file.clone()));
        let spec = chart::Chart::new(lang, series, lines, Some(main.policy.target)).footnote(
            chart::source_line(lang, env!("CARGO_PKG_VERSION"), &files, base_year),
        );
        let svg = chart::svg(&spec, (800, 450))?;
        let stem = base.file_name().map_or_else(
            || "report".to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let name = format!("{stem}-{key}.svg");
        if write_files {
            // Said like the report itself: a file beside it may be replaced.
            super::console::write_output(lang, &base.with_file_name(&name), svg.as_bytes())?;
        }
        written.push(document::ChartFile {
            title: series.title(lang),
            file_name: name,
            svg,
        });
    }
    Ok(written)
}
