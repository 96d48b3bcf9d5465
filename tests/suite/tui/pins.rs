//! Pinning several packages: `p` adds the package as it stands to the list
//! (up to six), every chart draws them all with a legend that fits the title,
//! and `P` clears them.

use crate::support::app::*;
use levers::tui::app::MAX_COMPARED;
use ratatui::crossterm::event::KeyCode;

/// Pins the Blueprint, then two variants with more R&D money (two big steps each).
fn three_pins() -> levers::tui::App {
    let mut app = blueprint_app();
    press(&mut app, &[ch('p')]);
    for _ in 0..2 {
        press(
            &mut app,
            &[
                key(KeyCode::Down),
                key(KeyCode::Down),
                ch('L'),
                ch('L'),
                ch('p'),
            ],
        );
    }
    app
}

#[test]
fn three_pins_are_kept_in_order_and_drawn_with_a_legend_that_fits() {
    let mut app = three_pins();
    let labels: Vec<&str> = app.compare().iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "pinned: Blueprint 2032",
            "pinned: Blueprint 2032",
            "pinned: Blueprint 2032"
        ]
    );
    // Each pin holds the package as it was: different R&D money, different shares.
    let shares: Vec<f64> = app
        .compare()
        .iter()
        .map(|c| c.projection.target.projected_share_pct)
        .collect();
    assert!(
        shares[0] != shares[1] && shares[1] != shares[2],
        "{shares:?}"
    );
    assert!(app.compare()[2].policy == *app.policy());

    let terminal = render(&mut app, 120, 40);
    let screen = screen_text(terminal.backend().buffer());
    // The share chart, the jobs chart and the diversification chart each name them.
    let legends: Vec<&str> = screen.lines().filter(|l| l.contains("━ this")).collect();
    assert_eq!(
        legends.len(),
        2,
        "share; jobs and diversification side by side:\n{screen}"
    );
    for n in 1..=3 {
        assert!(
            legends[0].contains(&format!("•{n} Blueprint 2032")),
            "{}",
            legends[0]
        );
        assert_eq!(
            legends[1].matches(&format!("•{n} ")).count(),
            2,
            "{}",
            legends[1]
        );
    }
    assert!(
        screen.contains("vs pinned: Blueprint 2032 +2 more"),
        "{screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn on_a_narrow_screen_the_legend_still_names_every_pin() {
    let mut app = three_pins();
    let terminal = render(&mut app, 80, 24);
    let screen = screen_text(terminal.backend().buffer());
    let legend = screen
        .lines()
        .find(|l| l.contains("━ this"))
        .expect("share chart legend");
    for n in 1..=3 {
        assert!(legend.contains(&format!("•{n} Blu")), "{legend}");
    }
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn pinning_stops_at_the_limit_and_capital_p_clears_every_pin() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('p'), ch('p')]);
    assert_eq!(app.compare().len(), 1, "the same package is pinned once");
    for _ in 0..=MAX_COMPARED {
        press(
            &mut app,
            &[key(KeyCode::Down), key(KeyCode::Down), ch('L'), ch('p')],
        );
    }
    assert_eq!(app.compare().len(), MAX_COMPARED);
    let note = app.note().expect("a note");
    assert!(note.is_error && note.text.contains("P unpins"), "{note:?}");
    press(&mut app, &[ch('P')]);
    assert!(app.compare().is_empty());
}

#[test]
fn a_file_compared_is_named_by_its_package_and_its_file() {
    let mut app = blueprint_app();
    let folders = [crate::support::root().join("policies")];
    press_in(&mut app, &[ch('c')], &folders);
    press_in(&mut app, &text("policies/land-led.toml"), &folders);
    press_in(&mut app, &[key(KeyCode::Enter)], &folders);
    let labels: Vec<&str> = app.compare().iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Land-led (land-led.toml)"]);
    let shown = screen_text(render(&mut app, 200, 50).backend().buffer());
    assert!(shown.contains("•1 Land-led (land-led.toml)"), "{shown}");
}
