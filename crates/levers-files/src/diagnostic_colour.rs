//! Colour for rendered diagnostics on a terminal, as compilers print them:
//! the location in bold, `error:` in red, the gutter in blue, the caret in red,
//! `help:` in green. Applied to text already made inert (control characters
//! from the file shown as `\u{1b}`), so a file cannot inject escapes of its
//! own: every escape in the result is one added here.

use anstyle::{AnsiColor, Style};

const LOCATION: Style = Style::new().bold();
const ERROR: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const GUTTER: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Blue)));
const HELP: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const EXPECTED: Style = Style::new()
    .bold()
    .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));

/// `rendered` (the `Display` of diagnostics, or any message holding them) with
/// ANSI colours added; lines that are not part of a diagnostic are unchanged.
pub fn paint(rendered: &str) -> String {
    let mut out = String::with_capacity(rendered.len() + 64);
    for (i, line) in rendered.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&paint_line(line));
    }
    out
}

fn styled(style: Style, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

fn paint_line(line: &str) -> String {
    if let Some((gutter, rest)) = split_gutter(line) {
        let rest = if rest.trim() == "^" {
            styled(ERROR, rest)
        } else {
            rest.to_string()
        };
        return format!("{}{rest}", styled(GUTTER, gutter));
    }
    for (label, style) in [("  help:", HELP), ("  expected:", EXPECTED)] {
        if let Some(rest) = line.strip_prefix(label) {
            return format!("  {}{rest}", styled(style, label.trim_start()));
        }
    }
    if let Some(at) = line.find(": error: ") {
        let (location, rest) = line.split_at(at);
        let rest = &rest[": error: ".len()..];
        return format!(
            "{}: {} {rest}",
            styled(LOCATION, location),
            styled(ERROR, "error:")
        );
    }
    line.to_string()
}

/// ` 12 | text` or `    | ^`: the gutter (up to and including `| `) and the rest.
fn split_gutter(line: &str) -> Option<(&str, &str)> {
    let bar = line
        .find(" | ")
        .or_else(|| line.strip_suffix(" |").map(str::len))?;
    let number = line[..bar].trim();
    if !line.starts_with(' ') || !number.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let end = (bar + 3).min(line.len());
    Some(line.split_at(end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Diagnostic;

    #[test]
    fn a_diagnostic_is_painted_and_keeps_its_text() {
        let source = "[levers.land]\nrent_subsidy_pt = 3\n";
        let text = Diagnostic::at("p.toml", source, 14..29, "unknown key")
            .suggestion(Some("rent_subsidy_pct".into()))
            .render(&crate::diagnostic::test_words::look());
        let painted = paint(&text);
        assert!(painted.contains("\u{1b}["), "{painted}");
        let plain: String = strip(&painted);
        assert_eq!(plain, text);
    }

    #[test]
    fn other_messages_are_left_alone() {
        let text = "wrote chart.svg\nlevers: reading a | b";
        assert_eq!(paint(text), text);
    }

    fn strip(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }
}
