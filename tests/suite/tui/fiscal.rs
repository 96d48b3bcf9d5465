//! The public-purse panel: the same budget windows, window to the target
//! year, present value and cost per job as `levers eval --format json` and the
//! core's accounts, on a wide screen in the sectors' place; and the KPI strip's
//! cost to the target year, which is that window's total.

use crate::support::app::*;
use crate::support::{baseline, example_packages, json, load};
use levers::tui::app::Panel;
use levers_core::analysis::fiscal::{FiscalAccounts, fiscal_accounts};
use levers_report::format::{money, money_bn};
use levers_report::i18n::Lang;
use ratatui::crossterm::event::KeyCode;

fn to_fiscal_panel(app: &mut levers::tui::App) {
    while app.panel() != Panel::Fiscal {
        press(app, &[key(KeyCode::Tab)]);
    }
}

fn accounts_of(app: &levers::tui::App) -> FiscalAccounts {
    fiscal_accounts(app.baseline(), app.policy(), app.projection())
}

#[test]
fn the_fiscal_panel_shows_the_budget_windows_eval_computes() {
    let mut app = blueprint_app();
    to_fiscal_panel(&mut app);
    let terminal = render(&mut app, 120, 40);
    let screen = screen_text(terminal.backend().buffer());
    let fiscal = &json(&["eval", "policies/blueprint-2032.toml", "--format", "json"])["fiscal"];
    let windows = fiscal["windows"].as_array().expect("windows");
    let to_target = &fiscal["to_target_year"];
    for window in windows.iter().chain([to_target]) {
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
    // Money offered beside money taken up (the costliest measure needs a taller
    // panel: see the next test).
    assert!(
        screen.contains("Offered/taken up a yr: R&D "),
        "no money offered:\n{screen}"
    );
    assert!(screen.contains("PV 3.5%, no fin."), "{screen}");
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
    let accounts = accounts_of(&app);
    let horizon_total = format!("{:.1}", accounts.windows[2].total_hkd_bn);
    assert!(
        screen.contains(&horizon_total),
        "the total to the horizon, {horizon_total}: {screen}"
    );
    let to_target = &accounts.to_target.window;
    assert!(
        screen.lines().any(
            |l| l.contains("│target ") && l.contains(&format!("{:.1}", to_target.total_hkd_bn))
        ),
        "the total to the target year, without the years column: {screen}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_fiscal_panel_shows_the_window_to_the_target_year_as_the_core_counts_it() {
    let mut app = blueprint_app();
    to_fiscal_panel(&mut app);
    // A middle-sized screen: the purse takes the Tab panel's place.
    let terminal = render(&mut app, 106, 36);
    let screen = screen_text(terminal.backend().buffer());
    let accounts = accounts_of(&app);
    let to_target = &accounts.to_target;
    let window = &to_target.window;
    assert_eq!((window.from, window.to), (2025, 2032), "{window:?}");
    let totals = [
        window.cash_outlay_hkd_bn,
        window.tax_forgone_hkd_bn,
        window.financing_cost_hkd_bn,
        window.total_hkd_bn,
    ]
    .map(|v| format!("{v:>5.1}"))
    .join(" ");
    let row = format!("target  2025–2032 {totals}");
    assert!(screen.contains(&row), "`{row}` not on screen:\n{screen}");
    let hkd = |value: f64| money(Lang::En, value);
    let (target, horizon) = (to_target.cost_per_job, accounts.cost_per_job);
    let shown = |value: Option<f64>| hkd(value.expect("jobs added"));
    let notes = [
        format!(
            "PV 3.5%, no fin.: target {} · to 2035 {}",
            hkd(to_target.present_value_hkd_bn * 1e9),
            hkd(accounts.present_value_hkd_bn * 1e9)
        ),
        format!(
            "Per net job: target {} · to 2035 {}",
            shown(target.net_job_hkd),
            shown(horizon.net_job_hkd)
        ),
        format!(
            "Per net job-year: target {} · to 2035 {}",
            shown(target.net_job_year_hkd),
            shown(horizon.net_job_year_hkd)
        ),
    ];
    for line in &notes {
        assert!(
            screen.contains(line.as_str()),
            "`{line}` not on screen:\n{screen}"
        );
    }
    // Money offered beside money taken up, a year on average to the target year.
    let a_year = |v: f64| format!("{:.1}", v / 8.0);
    let offered: Vec<String> = to_target
        .money_offered
        .iter()
        .map(|t| format!("{}/{}", a_year(t.offered_hkd_bn), a_year(t.taken_up_hkd_bn)))
        .collect();
    let line = format!(
        "Offered/taken up a yr: R&D {} · co-inv. {}",
        offered[0], offered[1]
    );
    assert!(screen.contains(&line), "`{line}` not on screen:\n{screen}");
    // The costliest measure to the horizon, outlay plus financing.
    let costliest = accounts
        .measures
        .iter()
        .max_by(|a, b| a.total_hkd_bn.total_cmp(&b.total_hkd_bn))
        .expect("a measure");
    let line = format!("= {:.1}", costliest.total_hkd_bn);
    assert!(
        screen
            .lines()
            .any(|l| l.contains(&costliest.name) && l.contains(&line)),
        "costliest measure {} {line} not listed:\n{screen}",
        costliest.name
    );
    // The target's figures are its own, not the horizon's again.
    assert!(
        (to_target.present_value_hkd_bn - accounts.present_value_hkd_bn).abs() > 1.0
            && target.net_job_hkd != horizon.net_job_hkd,
        "{accounts:?}"
    );
    insta::assert_snapshot!(terminal.backend());
}

/// The value under `label` in the KPI strip of `lines` (labels on one line,
/// values on the next, one column per character on an English screen).
fn kpi_value(lines: &[String], label: &str) -> Option<String> {
    let row = lines.iter().position(|l| l.contains(label))?;
    let column = lines[row].split(label).next()?.chars().count();
    let value: String = lines.get(row + 1)?.chars().skip(column).collect();
    Some(value.trim_start().split("  ").next()?.trim().to_string())
}

#[test]
fn the_kpi_cost_to_the_target_year_is_the_total_of_the_window_to_it() {
    let baseline = baseline();
    for path in example_packages() {
        let policy = load(&path.to_string_lossy(), &baseline);
        let mut app = app_with(policy, Some(path.clone()));
        let lines = screen_lines(&mut app, 120, 40);
        let window = accounts_of(&app).to_target.window;
        let label = format!("Cost to {}", window.to);
        let shown = kpi_value(&lines, &label);
        assert_eq!(
            shown.as_deref(),
            Some(money_bn(Lang::En, window.total_hkd_bn).as_str()),
            "{}: `{label}` against the window {window:?}:\n{}",
            path.display(),
            lines.join("\n")
        );
    }
}

#[test]
fn on_a_wide_screen_tab_swaps_the_sectors_and_the_purse_at_once() {
    let mut app = blueprint_app();
    let wide = screen_text(render(&mut app, 200, 50).backend().buffer());
    assert!(
        wide.contains("Sectors:") && !wide.contains("Public purse"),
        "{wide}"
    );
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.panel(), Panel::Fiscal);
    let purse = screen_text(render(&mut app, 200, 50).backend().buffer());
    assert!(
        purse.contains("Public purse") && !purse.contains("Sectors:"),
        "{purse}"
    );
    insta::assert_snapshot!(purse);
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.panel(), Panel::Sectors);
    let back = screen_text(render(&mut app, 200, 50).backend().buffer());
    assert_eq!(back, wide);
    // A small screen still steps through every panel in turn.
    render(&mut app, 80, 24);
    press(&mut app, &[key(KeyCode::Tab)]);
    assert_eq!(app.panel(), Panel::Detail);
}

#[test]
fn a_binding_cap_says_the_cost_per_year_holds_financing_it_leaves_out() {
    let mut policy = blueprint_app().policy().clone();
    policy.budget.cap_hkd_bn_per_year = Some(5.0);
    let mut app = app_with(policy, None);
    let year = *app
        .projection()
        .year(2032)
        .unwrap_or_else(|| panic!("2032 is projected"));
    assert!(year.budget_scale < 1.0 && year.financing_cost_hkd_bn > 0.0);
    assert!(
        year.fiscal_cost_hkd_bn > 5.0,
        "the year's cost is above the cap"
    );
    let shown = screen_text(render(&mut app, 200, 60).backend().buffer());
    assert!(
        shown.contains("The cap is on outlays and tax forgone;"),
        "{shown}"
    );
    // Without a cap that binds, nothing is said.
    let mut app = blueprint_app();
    let shown = screen_text(render(&mut app, 200, 60).backend().buffer());
    assert!(!shown.contains("The cap is on outlays"), "{shown}");
}
