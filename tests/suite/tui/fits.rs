//! What the workbench shows at the common sizes (80×24, 100×30): no figure is
//! cut in the middle, the layout has no unframed blank area, and every row of
//! the Detail text can be reached.

use crate::support::app::*;
use crate::support::{baseline, load};
use levers::tui::app::Panel;
use levers_core::analysis::fiscal::fiscal_accounts;
use levers_report::format::money;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

/// The screen's rows, a wide character once (not followed by the cell it covers).
fn screen_lines(app: &mut levers::tui::App, width: u16, height: u16) -> Vec<String> {
    super::chinese::screen(&render(app, width, height))
        .lines()
        .map(str::to_string)
        .collect()
}

fn app_on(file: &str) -> levers::tui::App {
    app_with(load(file, &baseline()), None)
}

/// Tabs to `panel` on a screen of `size` (Tab goes round the panels only
/// where they do not all fit).
fn to_panel_at(app: &mut levers::tui::App, panel: Panel, size: (u16, u16)) {
    app.resize(size.0, size.1);
    to_panel(app, panel);
}

fn to_panel(app: &mut levers::tui::App, panel: Panel) {
    for _ in 0..6 {
        if app.panel() == panel {
            return;
        }
        press(app, &[key(KeyCode::Tab)]);
    }
    assert_eq!(app.panel(), panel);
}

/// The cells of `line`: a wide character, then an empty cell for the
/// column it covers, so a column is an index whatever the row holds.
fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    for c in line.chars() {
        cells.push(c.to_string());
        if unicode_width::UnicodeWidthChar::width(c) == Some(2) {
            cells.push(String::new());
        }
    }
    cells
}

/// The rows of the panel whose top border carries `title`, inside its borders.
fn panel_rows(lines: &[String], title: &str) -> Vec<String> {
    let grid: Vec<Vec<String>> = lines.iter().map(|l| cells(l)).collect();
    let (top, left) = grid
        .iter()
        .enumerate()
        .find_map(|(y, row)| {
            let text: String = row.concat();
            let at = text.find(title)?;
            let before = unicode_width::UnicodeWidthStr::width(&text[..at]);
            let x = row[..before].iter().rposition(|c| c == "┌")?;
            Some((y, x))
        })
        .unwrap_or_else(|| panic!("no panel {title}:\n{}", lines.join("\n")));
    let mut rows = Vec::new();
    for row in &grid[top + 1..] {
        if row.get(left).map(String::as_str) == Some("└") {
            break;
        }
        let inside: Vec<&String> = row.iter().skip(left + 1).collect();
        let end = inside
            .iter()
            .position(|c| *c == "│")
            .unwrap_or(inside.len());
        rows.push(inside[..end].iter().map(|c| c.as_str()).collect());
    }
    rows
}

/// Whether `row` has a figure cut short: a digit, or a figure's `.`, `,` or
/// `/`, right before `…`.
fn cuts_a_figure(row: &str) -> bool {
    let chars: Vec<char> = row.chars().collect();
    chars
        .windows(2)
        .any(|w| w[1] == '…' && (w[0].is_ascii_digit() || matches!(w[0], '.' | ',' | '/' | '$')))
}

#[test]
fn the_purse_never_cuts_a_figure_at_80_and_100_columns() {
    for file in [
        "policies/blueprint-2032.toml",
        "policies/announced-measures.toml",
    ] {
        for (width, height) in [(80, 24), (100, 30)] {
            let mut app = app_on(file);
            to_panel_at(&mut app, Panel::Fiscal, (width, height));
            let lines = screen_lines(&mut app, width, height);
            let rows = panel_rows(&lines, "Public purse");
            let screen = lines.join("\n");
            for row in &rows {
                assert!(
                    !cuts_a_figure(row) && !row.trim_end().ends_with('…'),
                    "{file} at {width}x{height}: `{row}` is cut:\n{screen}"
                );
            }
            // The present value to the target year, whole, on one row.
            let accounts = fiscal_accounts(app.baseline(), app.policy(), app.projection());
            let pv = money(Lang::En, accounts.to_target.present_value_hkd_bn * 1e9);
            assert!(
                rows.iter().any(|r| r.contains(&pv)),
                "{file} at {width}x{height}: {pv} not whole:\n{screen}"
            );
            // The money taken up beside the money offered, where shown: whole.
            for row in rows.iter().filter(|r| r.contains("R&D ")) {
                let figure = row
                    .split("R&D ")
                    .nth(1)
                    .and_then(|rest| rest.split_whitespace().next())
                    .unwrap_or_default();
                let parts: Vec<&str> = figure.split('/').collect();
                assert!(
                    parts.len() == 2 && parts.iter().all(|p| p.parse::<f64>().is_ok()),
                    "{file} at {width}x{height}: `{figure}` in `{row}`"
                );
            }
        }
    }
    let mut app = app_on("policies/announced-measures.toml");
    to_panel_at(&mut app, Panel::Fiscal, (100, 30));
    let terminal = render(&mut app, 100, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_band_title_shows_the_chance_of_meeting_the_target_whole_at_100_and_80_columns() {
    for lang in [Lang::En, Lang::ZhHant] {
        for (width, height) in [(100, 30), (80, 24)] {
            let mut app = blueprint_app();
            app.lang = lang;
            press(&mut app, &[ch('b')]);
            let met = app
                .band()
                .map(|b| b.probability_met)
                .expect("the band is shown");
            let pct = format!("{:.0}%", met * 100.0);
            let lines = screen_lines(&mut app, width, height);
            let title = lines
                .iter()
                .find(|l| l.contains('▒') && l.contains('┐'))
                .unwrap_or_else(|| panic!("no band title:\n{}", lines.join("\n")));
            let words = if lang == Lang::En {
                "P(target met)"
            } else {
                "達標機率"
            };
            assert!(
                title.contains(&format!("{words} {pct}"))
                    || title.contains(&format!("{words} = {pct}")),
                "{lang:?} {width}x{height}: `{title}` lacks {words} {pct}"
            );
            assert!(!cuts_a_figure(title), "{title}");
        }
    }
    let mut app = blueprint_app();
    press(&mut app, &[ch('b')]);
    let terminal = render(&mut app, 100, 30);
    insta::assert_snapshot!(terminal.backend());
}

/// The rows of the body (between the KPI strip and the status bar) whose
/// first column is not a border: an unframed area at the left.
fn unframed_rows(app: &mut levers::tui::App, width: u16, height: u16) -> Vec<String> {
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let regions = levers::tui::view::regions(area, app);
    let lines = screen_lines(app, width, height);
    (regions.levers.y..regions.status.y)
        .map(|y| lines[usize::from(y)].clone())
        .filter(|l| !matches!(l.chars().next(), Some('│' | '┌' | '└')))
        .collect()
}

/// Every row the Detail panel shows, paging down with `PgDn` until the last.
fn detail_text_paged(app: &mut levers::tui::App, width: u16, height: u16) -> (Vec<String>, usize) {
    let mut seen: Vec<String> = Vec::new();
    let mut pages = 0;
    loop {
        let lines = screen_lines(app, width, height);
        let rows = panel_rows(&lines, &app.lang.text("tui-detail"));
        let before = app.detail_scroll();
        for row in rows {
            let row = row.trim_end().to_string();
            if !seen.contains(&row) {
                seen.push(row);
            }
        }
        press(app, &[key(KeyCode::PageDown)]);
        pages += 1;
        if app.detail_scroll() == before || pages > 20 {
            return (seen, pages);
        }
    }
}

#[test]
fn tab_to_detail_keeps_the_layout_whole_and_pages_through_the_whole_text() {
    for (width, height) in [(100, 30), (80, 24)] {
        let mut app = app_on("policies/announced-measures.toml");
        to_panel_at(&mut app, Panel::Detail, (width, height));
        let unframed = unframed_rows(&mut app, width, height);
        assert!(
            unframed.is_empty(),
            "{width}x{height}: rows with no frame at the left:\n{}",
            unframed.join("\n")
        );
        let (rows, pages) = detail_text_paged(&mut app, width, height);
        let text = rows.join(" ");
        // The last lines of the text: the land the target needs and the limit.
        for words in ["ha more land", "Limit in 2032"] {
            assert!(
                text.contains(words),
                "{width}x{height}: `{words}` never shown in {pages} pages:\n{text}"
            );
        }
        // Another measure starts from the top.
        press(&mut app, &[key(KeyCode::Down)]);
        assert_eq!(app.detail_scroll(), 0);
    }
    let mut app = app_on("policies/announced-measures.toml");
    to_panel_at(&mut app, Panel::Detail, (80, 24));
    let terminal = render(&mut app, 80, 24);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("▼ PgDn more"), "{screen}");
    insta::assert_snapshot!("detail_at_80x24_first_page", terminal.backend());
    press(&mut app, &[key(KeyCode::PageDown)]);
    let terminal = render(&mut app, 80, 24);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("▲ PgUp"), "{screen}");
    insta::assert_snapshot!("detail_at_80x24_second_page", terminal.backend());
    press(&mut app, &[key(KeyCode::PageUp)]);
    assert_eq!(app.detail_scroll(), 0);
}

#[test]
fn the_purse_after_tab_has_the_right_column_and_the_share_chart_stays_framed() {
    let mut app = blueprint_app();
    to_panel_at(&mut app, Panel::Fiscal, (100, 30));
    for (width, height) in [(100, 30), (80, 24)] {
        let unframed = unframed_rows(&mut app, width, height);
        assert!(unframed.is_empty(), "{}", unframed.join("\n"));
    }
    let terminal = render(&mut app, 100, 30);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Mfg % of GDP"), "{screen}");
    insta::assert_snapshot!(terminal.backend());
}

/// The Sobol view's rows at `width`×`height` in `lang`, beside the tornado.
fn sobol_rows(lang: Lang, width: u16, height: u16) -> (levers::tui::App, Vec<String>, String) {
    let mut app = blueprint_app();
    app.lang = lang;
    press(&mut app, &[ch('t'), ch('V')]);
    assert!(app.sobol().is_some());
    let lines = screen_lines(&mut app, width, height);
    let rows = panel_rows(&lines, "Sobol");
    (app, rows, lines.join("\n"))
}

#[test]
fn the_narrow_sobol_view_heads_its_columns_and_says_only_what_it_draws() {
    use levers_report::analysis::sobol::{Output, ranked};
    for (lang, width, height, total_head) in [
        (Lang::ZhHant, 80, 24, "總效應"),
        (Lang::En, 80, 24, "total"),
        (Lang::En, 100, 30, "total"),
        (Lang::ZhHant, 100, 30, "總效應"),
    ] {
        let (app, rows, screen) = sobol_rows(lang, width, height);
        let at = format!("{lang:?} {width}x{height}");
        let heading = rows
            .iter()
            .position(|r| r.trim_end().ends_with(total_head))
            .unwrap_or_else(|| panic!("{at}: no `{total_head}` heading:\n{screen}"));
        let data: Vec<&String> = rows[heading + 1..]
            .iter()
            .filter(|r| !r.trim().is_empty())
            .collect();
        assert!(!data.is_empty(), "{at}:\n{screen}");
        // The last number of each row is the total-order index, the order of the rows.
        let view = app.sobol().expect("open");
        let totals: Vec<String> = ranked(&view.result, Output::Share)
            .iter()
            .map(|(_, _, total)| format!("{:.2}", total.value))
            .collect();
        for (row, total) in data.iter().zip(&totals) {
            assert_eq!(
                row.split_whitespace().last(),
                Some(total.as_str()),
                "{at}: `{row}`:\n{screen}"
            );
        }
        // The bars are described only where drawn.
        let drawn = data.iter().any(|r| r.contains('▇') || r.contains('▒'));
        let described = rows[..heading].iter().any(|r| r.contains('▇'));
        assert_eq!(drawn, described, "{at}:\n{screen}");
        // No two parameters look alike.
        let names: Vec<&str> = data
            .iter()
            .filter_map(|r| r.split_whitespace().next())
            .collect();
        let mut distinct = names.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), names.len(), "{at}: {names:?}\n{screen}");
    }
    let (_, _, screen) = sobol_rows(Lang::En, 100, 30);
    assert!(screen.contains("Sobol: share 2032 "), "{screen}");
    assert!(!screen.contains("V clo─"), "{screen}");
    let mut app = blueprint_app();
    press(&mut app, &[ch('t'), ch('V')]);
    let terminal = render(&mut app, 100, 30);
    insta::assert_snapshot!("sobol_beside_the_tornado_at_100x30", terminal.backend());
    app.lang = Lang::ZhHant;
    let terminal = render(&mut app, 80, 24);
    insta::assert_snapshot!(
        "sobol_beside_the_tornado_at_80x24_in_chinese",
        terminal.backend()
    );
}

/// The Detail panel's rows at `width`×`height`, joined by spaces.
fn detail_text(app: &mut levers::tui::App, width: u16, height: u16) -> String {
    let lines = screen_lines(app, width, height);
    panel_rows(&lines, &app.lang.text("tui-detail"))
        .iter()
        .map(|r| r.trim_end().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_ramp_of_one_year_is_singular_in_the_detail_panel() {
    let timing = |lang: Lang, ramp: i64| {
        lang.format_counts(
            "tui-measure-timing",
            &[("start", "2027"), ("end", "until 2038")],
            &[("ramp", ramp)],
        )
    };
    assert_eq!(timing(Lang::En, 1), "From 2027, ramp 1 year, until 2038");
    assert_eq!(timing(Lang::En, 0), "From 2027, ramp 0 years, until 2038");
    assert_eq!(timing(Lang::En, 3), "From 2027, ramp 3 years, until 2038");
    assert_eq!(timing(Lang::ZhHant, 1), "2027 年起，遞增 1 年，until 2038");
    let mut app = app_on("policies/talent-led.toml");
    let mut seen = String::new();
    for _ in 0..6 {
        seen.push_str(&detail_text(&mut app, 120, 40));
        press(&mut app, &[key(KeyCode::Down)]);
    }
    assert!(seen.contains("ramp 1 year,"), "{seen}");
    assert!(!seen.contains("ramp 1 years"), "{seen}");
}

#[test]
fn the_detail_panel_says_base_year_productivity_and_names_sectors_by_their_labels() {
    let mut app = app_on("policies/announced-measures.toml");
    let text = detail_text_paged(&mut app, 120, 40).0.join(" ");
    assert!(text.contains("at base-year productivity"), "{text}");
    assert!(!text.contains("today"), "{text}");
    let mut seen = String::new();
    for _ in 0..4 {
        seen.push_str(&detail_text(&mut app, 120, 40));
        press(&mut app, &[key(KeyCode::Down)]);
    }
    assert!(
        seen.contains("Targets: Microelectronics 1, AI & robotics 1, New energy vehicles 1"),
        "{seen}"
    );
    assert!(!seen.contains("ai_robotics"), "{seen}");
    app.lang = Lang::ZhHant;
    let text = detail_text_paged(&mut app, 120, 40).0.concat();
    assert!(text.contains("按基年生產力計"), "{text}");
    assert!(
        text.contains("對象：微電子 1、人工智能及機械人 1"),
        "{text}"
    );
}

#[test]
fn a_sector_name_cut_in_the_sector_table_ends_in_an_ellipsis() {
    let labels: Vec<String> = levers_core::Sector::ALL
        .into_iter()
        .map(|s| Lang::En.sector(s))
        .collect();
    for (width, height) in [(100, 30), (80, 24)] {
        let mut app = blueprint_app();
        to_panel_at(&mut app, Panel::Sectors, (width, height));
        let lines = screen_lines(&mut app, width, height);
        let rows = panel_rows(&lines, "Sectors");
        let mut cut = 0;
        for row in &rows[1..] {
            let name = row.split("  ").next().unwrap_or_default().trim_end();
            if name.ends_with('…') {
                cut += 1;
            } else {
                assert!(
                    labels.iter().any(|l| l == name),
                    "{width}x{height}: `{name}` cut without `…`:\n{}",
                    lines.join("\n")
                );
            }
        }
        assert!(
            cut > 0,
            "{width}x{height}: no long name:\n{}",
            lines.join("\n")
        );
    }
}

#[test]
fn the_chinese_seek_panel_writes_its_brackets_full_width() {
    let mut reachable = load("policies/blueprint-2032.toml", &baseline());
    reachable.target.share_pct = 0.8;
    let mut app = app_with(reachable, None);
    app.lang = Lang::ZhHant;
    press(&mut app, &[ch('g')]);
    let text = screen_lines(&mut app, 120, 40).join("\n");
    assert!(
        (text.contains("（+") || text.contains("（-")) && text.contains("個百分點）"),
        "{text}"
    );
    assert!(!text.contains("(+") && !text.contains("(-"), "{text}");
}

#[test]
fn a_status_note_too_wide_for_one_row_wraps_whole() {
    for lang in [Lang::En, Lang::ZhHant] {
        let mut app = blueprint_app();
        app.lang = lang;
        let note = lang.text("note-saved-format-2");
        app.info(note.clone());
        let lines = screen_lines(&mut app, 100, 30);
        let foot = lines[lines.len() - 3..]
            .iter()
            .map(|l| l.trim().to_string())
            .collect::<Vec<_>>()
            .join(if lang == Lang::En { " " } else { "" });
        assert!(foot.contains(note.trim()), "{lang:?}: {foot}");
        // The panels above are whole: the body ends in a border.
        let area = ratatui::layout::Rect::new(0, 0, 100, 30);
        let status = levers::tui::view::regions(area, &app).status;
        let wide = unicode_width::UnicodeWidthStr::width(note.as_str()) + 2 > 100;
        assert_eq!(status.height > 1, wide, "{status:?}");
        assert!(
            lines[usize::from(status.y) - 1].starts_with('└'),
            "{}",
            lines.join("\n")
        );
    }
}

#[test]
fn an_unknown_keymap_action_is_told_the_valid_ones() {
    let parse = |text: &str| levers_files::settings::parse("settings.toml", text);
    for (lang, words) in [
        (Lang::En, "; valid actions: select_previous, select_next, "),
        (Lang::ZhHant, "；有效的動作：select_previous, select_next, "),
    ] {
        let (_, _, notes) = levers::tui::user_settings(lang, parse("[keymap]\nfoo = [\"x\"]\n"));
        let notes = notes.unwrap_or_default();
        assert!(notes.contains(words), "{notes}");
        assert!(notes.contains("toggle_attribution_by_kind"), "{notes}");
    }
}
