//! The public-purse panel: the same budget windows and present value as
//! `levers eval --format json`, on a wide screen in the sectors' place.

use crate::support::app::*;
use crate::support::json;
use levers::tui::app::Panel;
use ratatui::crossterm::event::KeyCode;

fn to_fiscal_panel(app: &mut levers::tui::App) {
    while app.panel != Panel::Fiscal {
        press(app, &[key(KeyCode::Tab)]);
    }
}

#[test]
fn the_fiscal_panel_shows_the_budget_windows_eval_computes() {
    let mut app = blueprint_app();
    to_fiscal_panel(&mut app);
    let terminal = render(&mut app, 120, 40);
    let screen = screen_text(terminal.backend().buffer());
    let fiscal = &json(&["eval", "policies/blueprint-2032.toml", "--format", "json"])["fiscal"];
    let windows = fiscal["windows"].as_array().expect("windows");
    for window in windows {
        let total = window["total_hkd_bn"].as_f64().expect("total");
        let years = format!("{}–{}", window["from"], window["to"]);
        assert!(
            screen
                .lines()
                .any(|l| l.contains(&years) && l.contains(&format!("{total:.1}"))),
            "window {years} total {total:.1} not on screen:\n{screen}"
        );
    }
    assert!(screen.contains("real, 2023 HK$"), "{screen}");
    let costliest = fiscal["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .max_by(|a, b| {
            let total = |m: &serde_json::Value| m["total_hkd_bn"].as_f64().unwrap_or(0.0);
            total(a).total_cmp(&total(b))
        })
        .expect("a measure");
    let line = format!(
        "= {:.1}",
        costliest["total_hkd_bn"].as_f64().expect("total")
    );
    let name = costliest["name"].as_str().expect("name");
    assert!(
        screen
            .lines()
            .any(|l| l.contains(name) && l.contains(&line)),
        "costliest measure {name} {line} not listed:\n{screen}"
    );
    assert!(screen.contains("at 3.5% real"), "{screen}");
    assert!(
        !screen.contains("Traditional mfg"),
        "the purse takes the sectors' place:\n{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_fiscal_panel_fits_a_small_screen() {
    let mut app = blueprint_app();
    to_fiscal_panel(&mut app);
    let terminal = render(&mut app, 80, 24);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Public purse"), "{screen}");
    assert!(screen.contains("to 2035"), "{screen}");
    assert!(
        screen.contains("236.1"),
        "the total to the horizon: {screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}
