//! The workbench in Traditional Chinese (`App::lang`, from `--lang zh-Hant` or
//! the settings file): panel titles, figures, the status bar and the help
//! overlay come from the zh-Hant catalogue; the keys do the same things.

use insta::assert_snapshot;
use levers::tui::app::Mode;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::*;

pub(super) fn chinese_app() -> levers::tui::App {
    let mut app = blueprint_app();
    app.lang = Lang::ZhHant;
    app
}

/// English words of the catalogue's English side that must not be left on a
/// zh-Hant screen (names from the package file, key names and `Sobol` may stay).
const ENGLISH_WORDS: [&str; 43] = [
    "Measures",
    "Share",
    "share",
    "Jobs",
    "jobs",
    "Cost",
    "cost",
    "Detail",
    "Levers",
    "HK$",
    " bn",
    " pp",
    "untitled",
    "workers",
    "Limit",
    "Targets",
    "ramp",
    "people/yr",
    "places/yr",
    "ha/yr",
    "VA ",
    "GDP in",
    "Public purse",
    "window",
    "per net job",
    "by measure",
    "Sensitivity",
    "package:",
    "low end",
    "Goal seek",
    "Accept",
    "alone",
    "interactions",
    "Add a measure",
    "From ",
    "others",
    "(all)",
    "pinned",
    "Weight",
    "━ this",
    "Open a package",
    "Compare against",
    "target met",
];

/// Fails naming the first of `words` missing from `text`.
pub(super) fn assert_shows(text: &str, words: &[&str]) {
    for words in words {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
}

/// Fails listing every English word of [`ENGLISH_WORDS`] left on `text`.
/// The model's parameter names (`land_cost_share`, as in the files) are
/// identifiers, not English sentences, and are not scanned.
pub(super) fn assert_no_english(text: &str) {
    let words: String = text
        .split(' ')
        .filter(|w| !w.contains('_'))
        .collect::<Vec<_>>()
        .join(" ");
    let left: Vec<&str> = ENGLISH_WORDS
        .iter()
        .copied()
        .filter(|w| words.contains(w))
        .collect();
    assert!(
        left.is_empty(),
        "English left on a zh-Hant screen: {left:?}\n{text}"
    );
}

pub(super) fn screen(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut text = String::new();
    for y in 0..buffer.area.height {
        let mut x = 0;
        while x < buffer.area.width {
            let symbol = buffer[(x, y)].symbol();
            text.push_str(symbol);
            // A wide character covers the next cell too.
            x += u16::try_from(ratatui::text::Span::raw(symbol).width().max(1)).unwrap_or(1);
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_workbench_labels_its_panels_in_chinese() {
    let mut app = chinese_app();
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert_shows(
        &text,
        &[
            "政策措施",
            "製造業佔本地生產總值百分比（%）",
            "2032年比重",
            "有效行業",
            "離開",
        ],
    );
    assert!(!text.contains(" Levers "), "{text}");
    // The detail panel, money and units are Chinese too.
    assert_shows(
        &text,
        &[
            "政府為目標製造業承擔的工業租金比例",
            "億港元",
            "公頃／年",
            "個百分點",
            "2032 年的限制",
            "未命名",
            // The parts that do not fit, summed on the attribution's last line.
            "其餘 5 項",
        ],
    );
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());

    // The keys are the same: the rent subsidy still goes up with →.
    let before = rent(&app);
    press(&mut app, &[key(KeyCode::Right)]);
    assert!(rent(&app) > before);
}

#[test]
fn the_help_overlay_is_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('?')]);
    assert!(matches!(app.mode, Mode::Help(_)), "{:?}", app.mode);
    let terminal = render(&mut app, 120, 60);
    let text = screen(&terminal);
    assert_shows(
        &text,
        &["按鍵", "工作台", "儲存方案", "將措施調高一級", "滑鼠"],
    );
    // Over Chinese text, the overlay keeps its left border on every row: a
    // wide character just left of it is not drawn over the border.
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    let corner = (area.top()..area.bottom())
        .flat_map(|y| (area.left()..area.right()).map(move |x| (x, y)))
        .find(|&(x, y)| {
            buffer[(x, y)].symbol() == "┌"
                && x + 2 < area.right()
                && buffer[(x + 2, y)].symbol() == "按"
        })
        .expect("the help overlay's top-left corner");
    let (left, top) = corner;
    let bottom = (top + 1..area.bottom())
        .find(|&y| buffer[(left, y)].symbol() == "└")
        .expect("the overlay's bottom-left corner");
    for y in top + 1..bottom {
        assert_eq!(
            buffer[(left, y)].symbol(),
            "│",
            "row {y} lost the left border"
        );
        let before = buffer[(left - 1, y)].symbol();
        assert!(
            unicode_width::UnicodeWidthStr::width(before) <= 1,
            "row {y}: a wide {before} runs over the border"
        );
    }
    assert_snapshot!(terminal.backend());
}

#[test]
fn the_public_purse_panel_is_in_chinese() {
    let mut app = chinese_app();
    while app.panel() != levers::tui::app::Panel::Fiscal {
        press(&mut app, &[key(KeyCode::Tab)]);
    }
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert_shows(
        &text,
        &[
            "公帑，十億港元",
            "以 2023 年價格計算的港元",
            "現值",
            "期間",
            "合計",
            "每個新增職位淨額",
            "現值（3.5%，不含融資）：至目標",
        ],
    );
    assert!(
        text.lines()
            .any(|l| l.contains("至目標") && l.contains("2025–2032")),
        "the window to the target year: {text}"
    );
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());
}

#[test]
fn the_tornado_and_the_sobol_view_are_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('t')]);
    assert!(app.tornado().is_some());
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &[
            "敏感度：2032年比重",
            "方案：",
            "項目處於低端",
            "T 下一項結果",
            "租金補貼", // the swung dials by their Chinese labels
        ],
    );
    assert_no_english(&text);
    assert!(!text.contains("Rent subsidy"), "{text}");
    press(&mut app, &[ch('t'), ch('V')]);
    assert!(app.sobol().is_some());
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &["Sobol 指數：2032年比重", "單獨", "連交互作用", "達標機率"],
    );
    assert_no_english(&text);
}

#[test]
fn the_goal_seek_proposal_is_in_chinese() {
    let mut reachable =
        crate::support::load("policies/blueprint-2032.toml", &crate::support::baseline());
    reachable.target.share_pct = 0.8;
    let mut app = app_with(reachable, None);
    app.lang = Lang::ZhHant;
    press(&mut app, &[ch('g')]);
    assert!(matches!(app.mode, Mode::Seek(_)), "{:?}", app.mode);
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &[
            "目標求解：建議方案",
            "最低成本方案",
            "2032年比重：",
            "至2032年成本：",
            "接受以取代現有措施",
        ],
    );
}

#[test]
fn the_measure_list_and_the_kind_picker_are_in_chinese() {
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/announced-measures.toml", &baseline);
    let mut app = levers::tui::App::new(baseline, policy, None);
    app.lang = Lang::ZhHant;
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert_shows(&text, &["年起", "對象：", "億港元"]);
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());
    press(&mut app, &[ch('a')]);
    assert!(matches!(app.mode, Mode::KindPicker(_)), "{:?}", app.mode);
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(&text, &["新增措施", "新措施的類別", "租金補貼", "人／年"]);
    assert_no_english(&text);

    // The measure editor and the package editor.
    press(&mut app, &[key(KeyCode::Esc), ch('e')]);
    assert!(matches!(app.mode, Mode::Measure(_)), "{:?}", app.mode);
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &["名稱（檔案中的鍵）", "金額", "開始年份", "遞增期（年）"],
    );
    assert!(
        !text.contains("Amount") && !text.contains("Start year"),
        "{text}"
    );
    press(&mut app, &[key(KeyCode::Esc), ch('E')]);
    assert!(matches!(app.mode, Mode::Package(_)), "{:?}", app.mode);
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &[
            "方案設定",
            "目標比重（佔本地生產總值%）",
            "預算上限（每年十億港元）",
        ],
    );
    assert!(!text.contains("Target year"), "{text}");
}

#[test]
fn the_group_editor_is_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('e')]);
    assert!(matches!(app.mode, Mode::Group(_)), "{:?}", app.mode);
    let text = screen(&render(&mut app, 120, 40));
    assert_shows(
        &text,
        &["土地及租金：時間及行業比重", "開始年份", "比重：微電子"],
    );
    assert!(
        !text.contains("Weight:") && !text.contains("timing and"),
        "{text}"
    );
}

#[test]
fn a_measure_with_a_chinese_label_lines_up_with_the_others() {
    let baseline = crate::support::baseline();
    let mut policy = crate::support::load("policies/announced-measures.toml", &baseline);
    policy.measures[0].label = Some("新田科技城創科用地".into());
    let mut app = levers::tui::App::new(baseline, policy, None);
    let text = screen(&render(&mut app, 120, 40));
    // Where each measure's value ends: the column (in terminal cells) of
    // the bar's first cell on the line.
    let bar_column = |needle: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle} not on screen:\n{text}"));
        let at = line
            .find(['█', '░', '▏', '▎', '▍', '▌', '▋', '▊', '▉'])
            .unwrap_or_else(|| panic!("no bar on {line}"));
        ratatui::text::Span::raw(&line[..at]).width()
    };
    assert_eq!(
        bar_column("新田科技城"),
        bar_column("Research Matching"),
        "{text}"
    );
}

/// An app in `lang` on the default package, saved at `path` and opened from there.
fn app_on_file(lang: Lang, path: &std::path::Path) -> levers::tui::App {
    let mut app = blueprint_app();
    app.lang = lang;
    crate::support::write_package(path, app.policy(), app.baseline());
    app.path = Some(path.to_path_buf());
    app.stamp = levers_files::fsio::stamp(path);
    app
}

fn note_text(app: &levers::tui::App) -> String {
    app.note().expect("a status note").text.clone()
}

/// Undo with nothing to undo, a pin and a save, in `lang`: the notes shown
/// (on the screen, too), in order.
fn notes_of_a_session(lang: Lang) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.toml");
    let mut app = app_on_file(lang, &path);
    let mut notes = Vec::new();
    press(&mut app, &[ch('u')]);
    notes.push(note_text(&app));
    press(&mut app, &[ch('p')]);
    assert_eq!(app.compare().len(), 1, "p pins the package");
    notes.push(note_text(&app));
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert!(text.contains(&notes[1]), "{}\n{text}", notes[1]);
    press(&mut app, &[key(KeyCode::Right), ch('s')]);
    assert!(!app.is_dirty(), "s saved the edit: {:?}", app.mode);
    let saved = note_text(&app);
    notes.push(saved.replace(&path.display().to_string(), "<path>"));
    notes
}

#[test]
fn the_status_notes_are_in_the_workbench_language() {
    assert_eq!(
        notes_of_a_session(Lang::ZhHant),
        [
            "沒有可復原的更改",
            "已固定方案：調整措施以作比較，按 p 固定另一個，按 P 全部取消固定",
            "已儲存 <path>",
        ]
    );
    assert_eq!(
        notes_of_a_session(Lang::En),
        [
            "nothing to undo",
            "package pinned: move levers to compare, p pins another, P unpins all",
            "saved <path>",
        ]
    );
}

#[test]
fn a_lever_at_its_end_is_named_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[key(KeyCode::Left); 400]);
    let note = note_text(&app);
    assert!(note.ends_with("已達下限"), "{note}");
    assert!(!note.contains("minimum"), "{note}");
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    let line = text
        .lines()
        .find(|l| l.contains("已達下限"))
        .unwrap_or_default();
    assert_snapshot!(line.trim_end());
}

/// The note after adding a measure from the kind picker, in `lang`.
fn added_measure_note(lang: Lang) -> String {
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/announced-measures.toml", &baseline);
    let mut app = levers::tui::App::new(baseline, policy, None);
    app.lang = lang;
    let before = app.policy().measures.len();
    press(&mut app, &[ch('a'), key(KeyCode::Enter)]);
    assert_eq!(app.policy().measures.len(), before + 1, "a measure added");
    let name = app.policy().measures[before].name.clone();
    note_text(&app).replace(&name, "<name>")
}

#[test]
fn the_added_measure_note_keeps_the_arrow_keys_in_both_languages() {
    assert_eq!(
        added_measure_note(Lang::ZhHant),
        "已新增 <name>：←/→ 設定金額，按 e 編輯，按 r 重新命名"
    );
    assert_eq!(
        added_measure_note(Lang::En),
        "added <name>: ←/→ sets its amount, e edits it, r renames it"
    );
}

/// More measures than the tornado swings one by one, half R&D grants and half
/// training places: it swings them by kind.
fn many_measures_app(lang: Lang) -> levers::tui::App {
    let mut app = grants_and_training_app(levers_core::analysis::MAX_MEASURES_SWUNG_ONE_BY_ONE + 1);
    app.lang = lang;
    app
}

#[test]
fn the_tornado_names_each_kind_swung_in_chinese() {
    use levers_core::analysis::{SwingItem, SwingMethod};
    let mut app = many_measures_app(Lang::ZhHant);
    press(&mut app, &[ch('t')]);
    let tornado = app.tornado().cloned().expect("the tornado is open");
    assert_eq!(tornado.method, SwingMethod::ByKind { measures: 513 });
    let kinds = tornado
        .swings
        .iter()
        .filter(|s| matches!(s.item, SwingItem::Kind(_)));
    assert_eq!(kinds.count(), 2);
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert_shows(&text, &["研發資助（全部）", "513 項措施"]);
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());
    // English keeps its words: the kind's key, then "(all)".
    let mut english = many_measures_app(Lang::En);
    press(&mut english, &[ch('t')]);
    let text = screen(&render(&mut english, 120, 40));
    assert_shows(&text, &["rd_grants (all)", "513 measures"]);
}

#[test]
fn a_pinned_package_is_named_in_chinese_in_the_legend() {
    let mut app = chinese_app();
    press(&mut app, &[ch('p'), key(KeyCode::Right)]);
    let labels: Vec<&str> = app.compare().iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["已固定：Blueprint 2032"]);
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    // The title names the pin as pinned; the legend, by its number and name.
    assert_shows(
        &text,
        &["對比 已固定：Blueprint 2032", "━ 本方案 •1 Blueprint 2032"],
    );
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());
}

#[test]
fn the_file_pickers_and_the_uncertainty_band_are_in_chinese() {
    let mut app = chinese_app();
    for (key_pressed, title) in [('o', "開啟方案"), ('c', "開啟方案作比較")] {
        press(&mut app, &[ch(key_pressed)]);
        assert!(matches!(app.mode, Mode::Picker(_)), "{:?}", app.mode);
        let text = screen(&render(&mut app, 120, 40));
        assert_shows(&text, &[&format!("┌ {title} ─")]);
        assert_no_english(&text);
        press(&mut app, &[key(KeyCode::Esc)]);
    }
    press(&mut app, &[ch('b')]);
    let met = app.band().expect("the band").probability_met * 100.0;
    let terminal = render(&mut app, 160, 40);
    let text = screen(&terminal);
    assert_shows(&text, &[&format!("▒ p10–p90 達標機率 = {met:.0}%")]);
    assert_no_english(&text);
    assert_snapshot!(terminal.backend());
}

/// Rows of `buffer` whose last column is not the right border `│` (between
/// the top and bottom rows of the body, where every row ends in a panel's
/// border).
fn rows_without_right_border(buffer: &ratatui::buffer::Buffer) -> Vec<String> {
    let right = buffer.area.width - 1;
    let (top, bottom) = (4, buffer.area.height - 2);
    (top..bottom)
        .filter(|y| !matches!(buffer[(right, *y)].symbol(), "│" | "┐" | "┘"))
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

#[test]
fn chinese_detail_text_wraps_inside_its_panel_at_80_by_24_and_leaves_the_border_whole() {
    use levers::tui::app::Panel;
    let mut app = chinese_app();
    app.resize(80, 24);
    for _ in 0..6 {
        if app.panel() != Panel::Detail {
            press(&mut app, &[key(KeyCode::Tab)]);
        }
    }
    assert_eq!(app.panel(), Panel::Detail);
    // One terminal for both frames, as on screen: a cell a wide character
    // ran over is not redrawn by the next frame's diff.
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("test terminal");
    terminal
        .draw(|frame| {
            levers::tui::view::draw(frame, &app);
        })
        .expect("draw");
    let buffer = terminal.backend().buffer().clone();
    assert_eq!(rows_without_right_border(&buffer), Vec::<String>::new());
    let detail = screen(&terminal);
    assert!(
        detail.contains("本地生產總值 5%"),
        "the needs line is on screen:\n{detail}"
    );
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.panel(), Panel::Fiscal);
    terminal
        .draw(|frame| {
            levers::tui::view::draw(frame, &app);
        })
        .expect("draw");
    assert_eq!(
        rows_without_right_border(terminal.backend().buffer()),
        Vec::<String>::new()
    );
    assert_snapshot!(detail);
}
