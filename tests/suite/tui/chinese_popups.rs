//! The workbench's message popups and the measure editor's refusals in
//! Traditional Chinese: the popups' titles and their key line ("close", not
//! "cancel": a message has nothing to cancel), and every sentence the measure
//! editor refuses a typed value with. The rules of the model keep their own
//! (English) words, as the file reader's diagnostics do, inside a translated
//! frame. The editors' values (amounts, "no end", "all equal") are Chinese too.

use insta::assert_snapshot;
use levers::tui::app::Mode;
use levers::tui::edit::ValuePrompt;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

use levers::tui::labels::measure_row;
use levers::tui::measure_editor::{MeasureEditor, MeasureRow};

use super::chinese::{assert_no_english, assert_shows, chinese_app, screen};
use crate::support::app::*;

/// The title of the message popup on show, failing if none is.
fn message_title(app: &levers::tui::App) -> String {
    match &app.mode {
        Mode::Message { title, .. } => title.clone(),
        other => panic!("expected a message popup, got {other:?}"),
    }
}

/// Opens `path` from the file picker (`o`, the path, Enter).
fn open(app: &mut levers::tui::App, path: &str) {
    press(app, &[ch('o')]);
    press(app, &text(path));
    press(app, &[key(KeyCode::Enter)]);
}

#[test]
fn a_package_that_cannot_be_opened_is_reported_in_chinese_with_close() {
    let mut app = chinese_app();
    let before = app.policy().clone();
    open(&mut app, "no-such-package.toml");
    assert_eq!(
        message_title(&app),
        "無法開啟 no-such-package.toml（保留現有方案）"
    );
    assert_eq!(*app.policy(), before, "the package is kept");
    let terminal = render(&mut app, 100, 30);
    let text = screen(&terminal);
    assert_shows(
        &text,
        &[
            "無法開啟 no-such-package.toml（保留現有方案）",
            "Esc/Enter/q/? 關閉",
        ],
    );
    assert!(!text.contains("Cannot") && !text.contains("取消"), "{text}");
    assert_snapshot!(terminal.backend());
    // Any of the keys the line names closes it.
    press(&mut app, &[ch('q')]);
    assert_eq!(app.mode, Mode::Normal);
}

#[test]
fn the_message_popup_says_close_in_english_too() {
    let mut app = blueprint_app();
    open(&mut app, "no-such-package.toml");
    assert_eq!(
        message_title(&app),
        "Cannot open no-such-package.toml (package kept)"
    );
    let text = screen(&render(&mut app, 100, 30));
    assert!(text.contains("Esc/Enter/q/? close"), "{text}");
    assert!(!text.contains("cancel"), "{text}");
}

#[test]
fn a_save_that_fails_is_reported_in_chinese() {
    let mut app = chinese_app();
    let path = "/no-such-folder-for-levers/p.toml";
    app.path = Some(path.into());
    press(&mut app, &[ch('0'), ch('s')]);
    assert_eq!(message_title(&app), format!("無法儲存 {path}"));
    assert!(app.is_dirty(), "the edit is kept");
    let text = screen(&render(&mut app, 100, 30));
    assert_shows(&text, &["無法儲存", "Esc/Enter/q/? 關閉"]);
    // Levers' words in Chinese, the system's reason after them, and not the
    // temporary file the save tried (the user named another).
    assert_shows(
        &text,
        &[
            "無法儲存 /no-such-folder-for-levers/p.toml：",
            "你的修改仍然保留",
        ],
    );
    for english in ["annot save", "Your edits", ".levers-save-", "at path"] {
        assert!(!text.contains(english), "{english}: {text}");
    }
    assert_snapshot!(text);
}

#[test]
fn settings_not_applied_are_reported_in_chinese() {
    let mut app = chinese_app();
    app.settings_not_applied("levers.toml: unknown key `colour`".to_string());
    assert_eq!(message_title(&app), "設定：部分項目未能套用");
    let terminal = render(&mut app, 100, 30);
    let text = screen(&terminal);
    assert_shows(
        &text,
        &["設定：部分項目未能套用", "unknown key `colour`", "關閉"],
    );
    assert_snapshot!(terminal.backend());

    // With a question already open, the first problem becomes a note instead.
    let mut app = chinese_app();
    press(&mut app, &[ch('?')]);
    app.settings_not_applied("levers.toml: unknown key `colour`".to_string());
    assert!(matches!(app.mode, Mode::Help(_)), "{:?}", app.mode);
    let note = app.note().expect("a note").text.clone();
    assert_eq!(note, "設定：levers.toml: unknown key `colour`");
}

#[test]
fn the_help_overlay_closes_and_a_running_seek_cancels() {
    let mut app = chinese_app();
    press(&mut app, &[ch('?')]);
    let text = screen(&render(&mut app, 120, 60));
    assert!(text.contains("Esc/Enter/q/? 關閉"), "{text}");
    app.mode = Mode::Seeking;
    let text = screen(&render(&mut app, 120, 40));
    assert!(text.contains("Esc/Enter/q/? 取消"), "{text}");
    assert!(!text.contains("關閉"), "{text}");
}

/// The workbench in `lang` on the format-2 example, its first measure's
/// editor open.
fn measure_editor(lang: Lang) -> levers::tui::App {
    let baseline = crate::support::baseline();
    let policy = crate::support::load("policies/announced-measures.toml", &baseline);
    let mut app = levers::tui::App::new(baseline, policy, None);
    app.lang = lang;
    press(&mut app, &[ch('e')]);
    assert!(matches!(app.mode, Mode::Measure(_)), "{:?}", app.mode);
    app
}

/// The measure editor's refusal on show, if any.
fn refusal(app: &levers::tui::App) -> Option<String> {
    match &app.mode {
        Mode::Measure(editor) => editor.form.error.clone(),
        other => panic!("expected the measure editor, got {other:?}"),
    }
}

/// The rows of the open measure editor.
fn editor_rows(app: &levers::tui::App) -> Vec<MeasureRow> {
    let Mode::Measure(editor) = &app.mode else {
        panic!("expected the measure editor, got {:?}", app.mode);
    };
    MeasureRow::of(editor.measure(app.policy()).expect("the measure"))
}

/// Whether `row` is labelled `label` in `lang` (the year rows are indented).
fn labelled(lang: Lang, row: MeasureRow, label: &str) -> bool {
    measure_row(lang, row).trim() == label
}

/// Selects the row labelled `label` (as the editor shows it in its
/// language), types `typed` into it and presses Enter.
fn type_into(app: &mut levers::tui::App, label: &str, typed: &str) {
    let row = editor_rows(app)
        .into_iter()
        .position(|r| labelled(app.lang, r, label))
        .unwrap_or_else(|| panic!("no row {label}"));
    let mut keys = vec![key(KeyCode::Up); 40];
    keys.extend(vec![key(KeyCode::Down); row]);
    keys.push(key(KeyCode::Enter));
    keys.push(ctrl('u'));
    press(app, &keys);
    press(app, &text(typed));
    press(app, &[key(KeyCode::Enter)]);
}

/// Each refusal of the measure editor: the row (its zh-Hant label), what is
/// typed, and the refusal in zh-Hant and in English.
const REFUSALS: [(&str, &str, &str, &str); 7] = [
    (
        "金額",
        "abc",
        "不是數字：請輸入數字，或 年份=數值（例如 2028=20）",
        "not a number: expected a number, or YEAR=VALUE (e.g. 2028=20)",
    ),
    (
        "金額",
        "next=5",
        "「next」不是年份：請輸入數字，或 年份=數值（例如 2028=20）",
        "`next` is not a year: expected a number, or YEAR=VALUE (e.g. 2028=20)",
    ),
    (
        "開始年份",
        "soon",
        "不是整數：請輸入年份",
        "not a whole number: expected a year",
    ),
    (
        "遞增期（年）",
        "two",
        "不是整數：請輸入 0 至 10 之間的整數（年）",
        "not a whole number: expected a whole number of years from 0 to 10",
    ),
    (
        "遞增期（年）",
        "-1",
        "請輸入 0 至 10 之間的整數（年）",
        "expected a whole number of years from 0 to 10",
    ),
    (
        "結束年份",
        "later",
        "不是整數：請輸入年份，或 none（不設結束年份）",
        "not a whole number: expected a year, or `none`",
    ),
    (
        "比重：微電子",
        "lots",
        "不是數字：請輸入 0 至 100 之間的數字",
        "not a number: expected a number from 0 to 100",
    ),
];

/// The English label of the row whose zh-Hant label is `zh`.
fn english_label(zh: &str) -> String {
    editor_rows(&measure_editor(Lang::ZhHant))
        .into_iter()
        .find(|r| labelled(Lang::ZhHant, *r, zh))
        .map_or_else(
            || panic!("no row {zh}"),
            |r| measure_row(Lang::En, r).trim().to_string(),
        )
}

#[test]
fn every_refusal_of_the_measure_editor_is_in_chinese() {
    let mut rendered = Vec::new();
    for (row, typed, zh, en) in REFUSALS {
        let mut app = measure_editor(Lang::ZhHant);
        let before = app.policy().clone();
        type_into(&mut app, row, typed);
        assert_eq!(refusal(&app).as_deref(), Some(zh), "{row} {typed}");
        assert_eq!(*app.policy(), before, "{row} {typed}: nothing changed");
        let text = screen(&render(&mut app, 120, 40));
        // The refusal is on the screen, whole (it fits the popup): the
        // popup's row that shows it, border to border.
        let line = text
            .lines()
            .find(|l| l.contains(zh))
            .unwrap_or_else(|| panic!("{zh} not on screen:\n{text}"));
        let at = line.find(zh).unwrap_or_default();
        let left = line[..at].rfind('│').unwrap_or_default();
        let right = at + line[at..].find('│').unwrap_or(line.len() - at - 3);
        rendered.push(format!("{row} ← {typed}\n{}", &line[left..right + 3]));
        assert_no_english(&text);

        let mut app = measure_editor(Lang::En);
        type_into(&mut app, &english_label(row), typed);
        assert_eq!(refusal(&app).as_deref(), Some(en), "{row} {typed}");
    }
    assert_snapshot!(rendered.join("\n"));
}

#[test]
fn a_name_in_use_and_a_year_to_remove_are_refused_in_chinese() {
    let mut app = measure_editor(Lang::ZhHant);
    let other = app.policy().measures[1].name.clone();
    type_into(&mut app, "名稱（檔案中的鍵）", &other);
    assert_eq!(
        refusal(&app),
        Some(format!(
            "已有另一項措施名為「{other}」：請選用未被使用的名稱"
        ))
    );
    let terminal = render(&mut app, 120, 40);
    let text = screen(&terminal);
    assert_shows(&text, &["已有另一項措施名為", "請選用未被使用的名稱"]);
    // The values beside the rows are Chinese too.
    assert_shows(&text, &["每年 25 公頃"]);
    assert!(!text.contains("ha a year"), "{text}");
    assert_snapshot!(terminal.backend());

    // `x` off the schedule's years has nothing to remove.
    press(&mut app, &[key(KeyCode::Esc), key(KeyCode::Down), ch('x')]);
    assert_eq!(
        refusal(&app).as_deref(),
        Some("請先選擇時間表中的一個年份，才可刪除")
    );
}

#[test]
fn a_matching_ratio_that_is_not_a_number_is_refused_in_chinese() {
    let mut app = measure_editor(Lang::ZhHant);
    // Find a measure whose kind asks firms for money.
    let index = app
        .policy()
        .measures
        .iter()
        .position(|m| m.kind.has_matching_ratio())
        .expect("the example has a matching measure");
    app.mode = Mode::Measure(MeasureEditor::new(index));
    type_into(&mut app, "每一港元公帑配對的私人資金（港元）", "half");
    let range = Lang::ZhHant.lever_range(levers_core::LeverField::CofundingRatio);
    assert_eq!(
        refusal(&app),
        Some(format!(
            "不是數字：請輸入 {range}，或 default（模型預設值）"
        ))
    );
    assert!(!range.contains("number"), "{range}");
}

#[test]
fn a_rule_of_the_model_is_refused_in_a_chinese_frame() {
    let mut app = measure_editor(Lang::ZhHant);
    let before = app.policy().clone();
    type_into(&mut app, "開始年份", "2099");
    let refused = refusal(&app).expect("a refusal");
    // The rule's own words come from the catalogue, as the file reader's do.
    assert!(
        refused.starts_with("不符合模型規則：開始年份 2099 超出推算期"),
        "{refused}"
    );
    assert!(
        refused.contains("（應為 2024 年至推算期末（2035）"),
        "{refused}"
    );
    assert!(!refused.contains("a year from"), "{refused}");
    assert!(!refused.contains(": expected"), "{refused}");
    assert_eq!(*app.policy(), before);
    let terminal = render(&mut app, 120, 40);
    assert_shows(&screen(&terminal), &["不符合模型規則："]);
    assert_snapshot!(terminal.backend());

    let mut app = measure_editor(Lang::En);
    type_into(&mut app, "Start year", "2099");
    let refused = refusal(&app).expect("a refusal");
    assert!(
        refused.starts_with("start year 2099 is outside the projection: expected a year from"),
        "{refused}"
    );
}

#[test]
fn the_group_editor_shows_no_end_and_equal_weights_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('e')]);
    assert!(matches!(app.mode, Mode::Group(_)), "{:?}", app.mode);
    let shown = screen(&render(&mut app, 120, 40));
    assert_shows(&shown, &["不設（none）", "1（全部相同）"]);
    assert!(!shown.contains("all equal"), "{shown}");
    // A refusal of a typed start year, as in the measure editor.
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("soon"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let Mode::Group(editor) = &app.mode else {
        panic!("expected the group editor, got {:?}", app.mode);
    };
    assert_eq!(editor.error.as_deref(), Some("不是整數：請輸入年份"));
}

/// The package editor's refusal on show, if any.
fn package_refusal(app: &levers::tui::App) -> Option<String> {
    match &app.mode {
        Mode::Package(editor) => editor.form.error.clone(),
        other => panic!("expected the package editor, got {other:?}"),
    }
}

/// In the open package editor: row `row` (0 = name), `typed`, Enter.
fn type_into_package(app: &mut levers::tui::App, row: usize, typed: &str) {
    let mut keys = vec![key(KeyCode::Up); 10];
    keys.extend(vec![key(KeyCode::Down); row]);
    keys.extend([key(KeyCode::Enter), ctrl('u')]);
    press(app, &keys);
    press(app, &text(typed));
    press(app, &[key(KeyCode::Enter)]);
}

#[test]
fn the_package_editor_refuses_and_shows_its_values_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('E')]);
    assert!(matches!(app.mode, Mode::Package(_)), "{:?}", app.mode);
    let before = app.policy().clone();
    let funding = before.budget.funding.key();
    let label = Lang::ZhHant.text(&format!("funding-{funding}"));
    let shown = screen(&render(&mut app, 120, 40));
    assert_shows(&shown, &[&format!("{label}（{funding}）")]);

    type_into_package(&mut app, 0, "");
    assert_eq!(
        package_refusal(&app).as_deref(),
        Some(
            "不符合模型規則：方案名稱是空白的（應為 一個在表格及報告中標示方案的簡短名稱，例如不含 `.toml` 的檔名）"
        )
    );
    press(&mut app, &[key(KeyCode::Esc)]);
    type_into_package(&mut app, 3, "soon");
    assert_eq!(package_refusal(&app).as_deref(), Some("「soon」不是年份"));
    press(&mut app, &[key(KeyCode::Esc)]);
    type_into_package(&mut app, 2, "lots");
    assert_eq!(package_refusal(&app).as_deref(), Some("「lots」不是數字"));
    press(&mut app, &[key(KeyCode::Esc)]);
    type_into_package(&mut app, 6, "gold");
    assert_eq!(
        package_refusal(&app).as_deref(),
        Some("不明的資金來源「gold」：請輸入 reserves, borrowing, reallocation 其中之一")
    );
    let shown = screen(&render(&mut app, 120, 40));
    assert_shows(&shown, &["不明的資金來源「gold」"]);
    assert_eq!(*app.policy(), before, "nothing refused was applied");
    press(&mut app, &[key(KeyCode::Esc)]);
    // No budget cap reads as the diff says it.
    type_into_package(&mut app, 5, "none");
    assert_eq!(app.policy().budget.cap_hkd_bn_per_year, None);
    let shown = screen(&render(&mut app, 120, 40));
    assert_shows(&shown, &["不設上限"]);
    assert!(!shown.contains("no cap"), "{shown}");
}

#[test]
fn the_exact_value_prompt_refuses_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[key(KeyCode::Enter)]);
    press(&mut app, &text("lots"));
    press(&mut app, &[key(KeyCode::Enter)]);
    let Mode::EditValue(ValuePrompt { error, .. }) = &app.mode else {
        panic!("expected the value prompt, got {:?}", app.mode);
    };
    assert_eq!(
        error.as_deref(),
        Some("不是數字：請輸入 0 至 90 之間的數字（%）")
    );
    let terminal = render(&mut app, 100, 30);
    assert_shows(
        &screen(&terminal),
        &["不是數字：請輸入 0 至 90 之間的數字（%）"],
    );
    assert_snapshot!(terminal.backend());
}

#[test]
fn a_message_shows_control_characters_in_its_title_and_text_instead_of_obeying_them() {
    let mut app = chinese_app();
    open(&mut app, "evil\u{1b}[2J.toml");
    let title = message_title(&app);
    assert!(
        title.contains('\u{1b}'),
        "the state keeps the name: {title:?}"
    );
    let shown = screen(&render(&mut app, 100, 30));
    assert!(!shown.contains('\u{1b}'), "{shown}");
    assert_shows(&shown, &["無法開啟 evil\\u{1b}[2J.toml（保留現有方案）"]);
}

#[test]
fn save_as_without_a_name_is_refused_in_chinese() {
    let mut app = chinese_app();
    press(&mut app, &[ch('S'), key(KeyCode::Enter)]);
    let Mode::SaveAs { error, .. } = &app.mode else {
        panic!("expected the save-as prompt, got {:?}", app.mode);
    };
    assert_eq!(
        error.as_deref(),
        Some("請輸入檔案名稱，例如 my-package.toml")
    );
    let shown = screen(&render(&mut app, 100, 30));
    assert_shows(
        &shown,
        &["另存新檔", "請輸入檔案名稱，例如 my-package.toml"],
    );
}

#[test]
fn a_horizon_moved_before_the_target_year_is_refused_as_the_horizons_mistake() {
    for (lang, said) in [
        (Lang::En, "horizon 2028 ends before the target year 2032"),
        (Lang::ZhHant, "推算期末 2028 早於目標年份 2032"),
    ] {
        let mut app = chinese_app();
        app.lang = lang;
        assert_eq!(app.policy().target.year, 2032);
        press(&mut app, &[ch('E')]);
        let before = app.policy().clone();
        type_into_package(&mut app, 4, "2028");
        let refusal = package_refusal(&app).unwrap_or_default();
        assert!(refusal.contains(said), "{lang:?}: {refusal}");
        assert!(
            !refusal.contains("target year 2032 is outside"),
            "{refusal}"
        );
        assert_eq!(*app.policy(), before, "{lang:?}: nothing changed");
    }
}
