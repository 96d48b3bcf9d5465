//! A styled line broken into rows of at most a given width, measured in
//! terminal columns: between words; a run of Chinese characters moves to the
//! next row whole when it is short (a word such as 取消), and is otherwise
//! broken where the row ends (Chinese may break between any characters); a
//! word longer than a row is cut where it must.
//!
//! Popups wrap with this rather than with ratatui's `Wrap`, for two reasons:
//! a popup's height and a scrolled overlay's page need the number of rows
//! before drawing, and ratatui 0.30's word wrapper leaves a line one column
//! too wide when it ends in a wide character, drawing it over the border.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// `line` as rows of at most `width` columns (at least one row; spaces where
/// a row breaks are dropped). Each row keeps the line's style and alignment
/// and each piece its span's style.
pub fn wrap_line(line: Line<'static>, width: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    if line.width() <= width {
        return vec![line];
    }
    let Line {
        spans,
        style,
        alignment,
    } = line;
    let row = |pieces: Vec<Span<'static>>| Line {
        spans: pieces,
        style,
        alignment,
    };
    let mut rows = Vec::new();
    let mut current: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for span in spans {
        for token in tokens(&span.content) {
            let blank = token.trim().is_empty();
            let mut token_width = columns(token);
            let breaks_inside = is_wide(token) && token_width > SHORT_WIDE_RUN;
            if used + token_width > width && used > 0 && !breaks_inside {
                rows.push(row(std::mem::take(&mut current)));
                used = 0;
                if blank {
                    continue;
                }
            }
            let mut rest = token;
            // A word wider than a whole row is cut into rows of its own.
            while token_width > width - used {
                let (head, tail) = split_at_width(rest, width - used);
                if head.is_empty() {
                    if used == 0 {
                        // Not even one character fits a row: it is left as is.
                        break;
                    }
                    // The row is full (or has less room than one wide
                    // character): the rest starts the next row.
                    rows.push(row(std::mem::take(&mut current)));
                    used = 0;
                    continue;
                }
                current.push(Span::styled(head.to_string(), span.style));
                rows.push(row(std::mem::take(&mut current)));
                used = 0;
                rest = tail;
                token_width = columns(rest);
            }
            if !rest.is_empty() {
                current.push(Span::styled(rest.to_string(), span.style));
                used += token_width;
            }
        }
    }
    if !current.is_empty() || rows.is_empty() {
        rows.push(row(current));
    }
    rows
}

/// Every line of `lines` wrapped to `width` (see [`wrap_line`]).
pub fn wrap_lines(lines: Vec<Line<'static>>, width: usize) -> Vec<Line<'static>> {
    lines
        .into_iter()
        .flat_map(|line| wrap_line(line, width))
        .collect()
}

/// A run of wide characters this wide or less is kept on one row (two
/// Chinese characters, the length of most words, and one more).
const SHORT_WIDE_RUN: usize = 6;

fn is_wide(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c.width().unwrap_or(0) > 1)
}

/// The places a row may break around: runs of spaces, runs of narrow
/// characters (words) and runs of wide characters.
fn tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut kind = None;
    for (at, c) in text.char_indices() {
        let this = if c == ' ' {
            Kind::Space
        } else if c.width().unwrap_or(0) > 1 {
            Kind::Wide
        } else {
            Kind::Word
        };
        if kind.is_some() && kind != Some(this) {
            tokens.push(&text[start..at]);
            start = at;
        }
        kind = Some(this);
    }
    if start < text.len() {
        tokens.push(&text[start..]);
    }
    tokens
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    Word,
    Wide,
}

fn columns(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// `text` cut after as many characters as fit in `room` columns.
fn split_at_width(text: &str, room: usize) -> (&str, &str) {
    let mut used = 0;
    for (at, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > room {
            return text.split_at(at);
        }
    }
    (text, "")
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn texts(rows: &[Line<'_>]) -> Vec<String> {
        rows.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_line_ending_in_a_wide_character_one_column_too_long_is_wrapped() {
        let line = Line::from(
            "↓/j 選擇 · →/l 調整 · Enter 輸入 · 0 歸零 · u/Ctrl-Z 復原 · e 確定 · Esc/q 取消",
        );
        assert_eq!(line.width(), 79);
        let rows = wrap_line(line, 78);
        assert_eq!(
            texts(&rows),
            [
                "↓/j 選擇 · →/l 調整 · Enter 輸入 · 0 歸零 · u/Ctrl-Z 復原 · e 確定 · Esc/q ",
                "取消"
            ]
        );
        assert!(rows.iter().all(|r| r.width() <= 78));
    }

    #[test]
    fn a_long_run_of_chinese_after_a_full_row_starts_the_next_row() {
        let rows = wrap_line(Line::from("新能源汽車 1、生物科技及健康 1"), 12);
        assert_eq!(texts(&rows), ["新能源汽車 1", "、生物科技及", "健康 1"]);
        let rows = wrap_line(Line::from("新能源汽車 12、生物科技及健康 1"), 14);
        assert!(rows.iter().all(|r| r.width() <= 14), "{:?}", texts(&rows));
        assert_eq!(texts(&rows).concat(), "新能源汽車 12、生物科技及健康 1");
    }

    #[test]
    fn words_break_at_spaces_and_keep_their_styles() {
        let bold = Style::new().bold();
        let line = Line::from(vec![
            Span::raw("one two "),
            Span::styled("three four", bold),
        ]);
        let rows = wrap_line(line, 9);
        assert_eq!(texts(&rows), ["one two ", "three ", "four"]);
        assert_eq!(rows[1].spans[0].style, bold);
        assert!(rows.iter().all(|r| r.width() <= 9));
    }

    #[test]
    fn a_long_run_of_chinese_breaks_where_the_row_ends() {
        let rows = wrap_line(Line::from("對象：五個製造業行業平均分配"), 10);
        assert_eq!(texts(&rows), ["對象：五個", "製造業行業", "平均分配"]);
    }

    #[test]
    fn a_word_longer_than_a_row_is_cut_and_a_short_line_is_untouched() {
        assert_eq!(
            texts(&wrap_line(Line::from("abcdefghij"), 4)),
            ["abcd", "efgh", "ij"]
        );
        assert_eq!(texts(&wrap_line(Line::from("short"), 10)), ["short"]);
        assert_eq!(texts(&wrap_line(Line::from(""), 10)), [""]);
    }
}
