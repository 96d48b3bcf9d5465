//! The brief's one chart: each option's share path with its p10–p90 band, the
//! axis fitted to the data so options a tenth of a point apart stay apart, the
//! target named even when it lies off the scale.

use super::{Input, OptionRow};
use crate::chart::{Chart, Line, TargetLine, source_line, svg};
use crate::series;

/// The chart's size at scale 1, pixels: half an A4 page's width of text.
const SIZE: (u32, u32) = (760, 330);

pub(super) fn share_chart(
    input: &Input<'_>,
    rows: &[OptionRow],
) -> Result<String, crate::RenderError> {
    let Some(share) = series::find("manufacturing_share_pct") else {
        return Ok(String::new());
    };
    let lines: Vec<Line> = input
        .packages
        .iter()
        .zip(rows)
        .map(|(package, row)| {
            let mut line = Line::of(&row.title, package.projection, share);
            line.band = Some(row.share_band.clone());
            line
        })
        .collect();
    let target = input.packages.first().map(|p| p.policy.target);
    let files: Vec<String> = input.packages.iter().map(|p| p.file.clone()).collect();
    let chart = Chart::new(input.lang, share, lines, target)
        .target_line(TargetLine::Auto)
        .footnote(source_line(
            input.lang,
            env!("CARGO_PKG_VERSION"),
            &files,
            input.baseline.base_year,
        ));
    svg(&chart, SIZE)
}
