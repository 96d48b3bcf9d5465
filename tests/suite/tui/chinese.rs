//! The workbench in Traditional Chinese (`App::lang`, from `--lang zh-Hant` or
//! the settings file): panel titles, figures, the status bar and the help
//! overlay come from the zh-Hant catalogue; the keys do the same things.

use insta::assert_snapshot;
use levers::tui::app::Mode;
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

use crate::support::app::*;

fn chinese_app() -> levers::tui::App {
    let mut app = blueprint_app();
    app.lang = Lang::ZhHant;
    app
}

fn screen(terminal: &ratatui::Terminal<ratatui::backend::TestBackend>) -> String {
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
    for label in [
        "政策措施",
        "製造業佔本地生產總值百分比（%）",
        "2032年比重",
        "有效行業",
        "離開",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
    assert!(!text.contains(" Levers "), "{text}");
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
    for words in ["按鍵", "工作台", "儲存方案", "將措施調高一級", "滑鼠"] {
        assert!(text.contains(words), "{words} missing:\n{text}");
    }
    assert_snapshot!(terminal.backend());
}
