//! Arguments of the commands that write files to read: `chart` and `report`.

use std::path::PathBuf;

use clap::Args;

use levers_report::chart::TargetLine;

use super::UncertaintyArgs;
use super::outcome::yearly_series;
use crate::cli::expected::{Expected, number_in, whole_number};

#[derive(Debug, Args)]
pub struct ChartArgs {
    /// Package files, one line each (`-` reads one from standard input).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The yearly series to draw.
    #[arg(long, value_parser = yearly_series(), default_value = "manufacturing_share_pct")]
    pub outcome: String,
    /// Output file; `.svg` or `.png` by extension; `-` writes SVG to stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Width in pixels.
    #[arg(long, default_value_t = 960, value_parser = |text: &str| whole_number(text, 200_u32, 4000))]
    pub width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 540, value_parser = |text: &str| whole_number(text, 150_u32, 4000))]
    pub height: u32,
    /// Scale for print: pixels, text, lines and markers all grow by this factor
    /// (from 1 to 4; --width 960 --scale 3 gives a 2880-pixel PNG).
    #[arg(long, default_value_t = 1.0, value_name = "FACTOR", value_parser = chart_scale)]
    pub scale: f64,
    /// Shade each package's p10–p90 band from Monte Carlo over the assumption
    /// ranges (manufacturing_share_pct, manufacturing_jobs, fiscal_cost_hkd_bn
    /// and effective_sectors only).
    #[arg(long)]
    pub uncertainty: bool,
    #[command(flatten)]
    pub draws: UncertaintyArgs,
    /// The value axis from LOW to HIGH (e.g. 0,6); fitted to the data when not given.
    #[arg(long, value_name = "LOW,HIGH", value_parser = axis_limits)]
    pub ylim: Option<AxisLimits>,
    /// The target on a share chart: auto (the axis fitted to the data; the
    /// target line drawn when near it, otherwise named at the top edge), on
    /// (the axis reaches the target) or off.
    #[arg(long, value_name = "WHEN", default_value = "auto", value_parser = target_line)]
    pub target_line: TargetLine,
}

/// `--ylim LOW,HIGH`.
#[derive(Clone, Copy, Debug)]
pub struct AxisLimits {
    pub low: f64,
    pub high: f64,
}

fn axis_limits(text: &str) -> Result<AxisLimits, Expected> {
    let numbers: Vec<Option<f64>> = text
        .split(',')
        .map(|n| n.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
        .collect();
    match numbers.as_slice() {
        [Some(low), Some(high)] if low < high => Ok(AxisLimits {
            low: *low,
            high: *high,
        }),
        _ => Err(Expected::new("arg-expected-axis-limits")),
    }
}

fn target_line(text: &str) -> Result<TargetLine, Expected> {
    TargetLine::from_key(text).ok_or_else(|| Expected::new("arg-expected-target-line"))
}

/// `chart --scale`: a number from 1 to 4.
fn chart_scale(text: &str) -> Result<f64, Expected> {
    number_in(text, 1.0..=4.0, "arg-expected-chart-scale")
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The package to report on (`-` reads it from standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Compare against these packages (repeat the flag or separate with commas).
    #[arg(long, value_name = "FILE", value_delimiter = ',')]
    pub against: Vec<PathBuf>,
    /// Output file: `.md` (Markdown), `.html` or `.xlsx` (an Excel workbook); `-`
    /// for Markdown on stdout (charts are then left out).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// HTML, whatever the file name.
    #[arg(long)]
    pub html: bool,
}
