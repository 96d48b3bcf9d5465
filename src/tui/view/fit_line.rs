//! A styled line cut to the room it has, with `…` where it is cut: a label
//! that does not fit says so instead of ending mid-word at a border.

use ratatui::text::{Line, Span};

/// `line` in at most `width` terminal columns; when cut, its last visible
/// column is `…` (in the style of the span it cuts).
pub fn fit_line(line: Line<'static>, width: usize) -> Line<'static> {
    if line.width() <= width {
        return line;
    }
    let Line {
        spans,
        style,
        alignment,
    } = line;
    let mut kept: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in spans {
        let room = width.saturating_sub(used);
        if span.width() < room {
            used += span.width();
            kept.push(span);
            continue;
        }
        // Later spans are dropped, so this one ends in `…` even when it would
        // fit by itself; `fit` pads to the width, not needed at the end.
        let cut = levers_report::format::fit(&format!("{}…", span.content), room);
        kept.push(Span::styled(cut.trim_end().to_string(), span.style));
        break;
    }
    let mut fitted = Line::from(kept).style(style);
    fitted.alignment = alignment;
    fitted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_too_wide_ends_in_an_ellipsis_within_the_width() {
        let line = Line::from(vec![
            Span::raw("Cooperation zone"),
            Span::raw(" from 2025, ramp 2y"),
        ]);
        let fitted = fit_line(line, 20);
        assert_eq!(fitted.to_string(), "Cooperation zone fr…");
        let short = Line::from("short");
        assert_eq!(fit_line(short.clone(), 20), short);
    }
}
