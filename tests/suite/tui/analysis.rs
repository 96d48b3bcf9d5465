//! The analysis views of the workbench: tornado (`t`, `T`), uncertainty band
//! (`b`) and goal seek (`g`), driven with real keys and checked against the
//! core analyses they show.

use crate::support::app::*;
use insta::assert_snapshot;
use levers::tui::analysis::{BAND_DRAWS, BAND_SEED};
use levers::tui::app::Mode;
use levers_core::analysis::{Outcome, monte_carlo, sensitivity};
use levers_core::project;
use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

#[test]
fn t_toggles_the_tornado_and_its_rows_are_the_cores_sensitivity() {
    let mut app = blueprint_app();
    assert!(app.tornado().is_none(), "closed views are not computed");
    press(&mut app, &[ch('t')]);
    let tornado = app.tornado().cloned().expect("tornado open");
    let (centre, swings) = sensitivity(app.baseline(), app.policy(), Outcome::ShareInTargetYear);
    assert_eq!(tornado.outcome, Outcome::ShareInTargetYear);
    assert_eq!(tornado.centre, centre);
    assert_eq!(tornado.swings, swings);
    // A lever change recomputes it.
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    let (_, swings) = sensitivity(app.baseline(), app.policy(), Outcome::ShareInTargetYear);
    assert_eq!(app.tornado().map(|t| &t.swings), Some(&swings));
    // T cycles the outcome.
    press(&mut app, &[ch('T')]);
    let tornado = app.tornado().cloned().expect("still open");
    assert_eq!(tornado.outcome, Outcome::JobsInTargetYear);
    let (centre, swings) = sensitivity(app.baseline(), app.policy(), Outcome::JobsInTargetYear);
    assert_eq!((tornado.centre, tornado.swings), (centre, swings));
    press(&mut app, &[ch('T'), ch('T'), ch('T')]);
    assert_eq!(
        app.tornado().map(|t| t.outcome),
        Some(Outcome::ShareInTargetYear)
    );
    press(&mut app, &[ch('t')]);
    assert!(app.tornado().is_none());
}

#[test]
fn the_cost_tornado_says_it_is_cumulative_and_never_cuts_a_figure() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('t'), ch('T'), ch('T'), ch('T')]);
    let tornado = app.tornado().cloned().expect("tornado open");
    assert_eq!(tornado.outcome, Outcome::CumulativeCostToTargetYear);
    for width in [120, 200] {
        let lines = screen_lines(&mut app, width, 40);
        assert!(
            lines
                .iter()
                .any(|l| l.contains("Sensitivity: cost to 2032")),
            "{lines:#?}"
        );
        // Every swing is a whole figure, `HK$188.5 bn`, never `HK$188.5 b`.
        let figures: Vec<&str> = (lines.iter())
            .filter(|l| l.contains('│'))
            .filter_map(|l| {
                l.rsplit(" HK$")
                    .next()
                    .filter(|f| f.starts_with(char::is_numeric))
            })
            .collect();
        assert!(figures.len() > 5, "{lines:#?}");
        for figure in figures {
            assert!(
                figure.contains(" bn") || figure.contains(" m"),
                "cut: {figure}"
            );
        }
    }
}

#[test]
fn b_shows_the_band_of_the_cores_monte_carlo_bit_for_bit() {
    let mut app = blueprint_app();
    assert!(app.band().is_none());
    press(&mut app, &[ch('b')]);
    let expected = monte_carlo(app.baseline(), app.policy(), BAND_DRAWS, BAND_SEED);
    assert_eq!(app.band(), Some(&expected));
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    let expected = monte_carlo(app.baseline(), app.policy(), BAND_DRAWS, BAND_SEED);
    assert_eq!(app.band(), Some(&expected), "recomputed on change");
    // Same package, same band.
    press(&mut app, &[ch('u')]);
    let first = monte_carlo(app.baseline(), app.policy(), BAND_DRAWS, BAND_SEED);
    assert_eq!(app.band(), Some(&first));
    press(&mut app, &[ch('b')]);
    assert!(app.band().is_none());
}

#[test]
fn the_band_is_drawn_round_the_share_line_in_its_own_colour() {
    let mut app = blueprint_app();
    let count = |app: &mut levers::tui::App, colour: Color| {
        let terminal = render(app, 120, 40);
        let buffer = terminal.backend().buffer().clone();
        let mut n = 0;
        for y in 0..buffer.area.height {
            for x in 0..buffer.area.width {
                let cell = &buffer[(x, y)];
                if cell.fg == colour && cell.symbol().chars().any(|c| ('⠁'..='⣿').contains(&c))
                {
                    n += 1;
                }
            }
        }
        n
    };
    let band = levers::tui::view::BAND_COLOUR;
    assert_eq!(count(&mut app, band), 0, "no band until b");
    press(&mut app, &[ch('b')]);
    let band_cells = count(&mut app, band);
    let line_cells = count(&mut app, Color::Yellow);
    assert!(band_cells > 20, "band cells: {band_cells}");
    assert!(
        line_cells > 5,
        "the line still shows over the band: {line_cells}"
    );
    let terminal = render(&mut app, 120, 40);
    let screen: String = {
        let buffer = terminal.backend().buffer();
        (0..buffer.area.height)
            .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
            .map(|p| buffer[p].symbol().to_string())
            .collect()
    };
    let p = app.band().map_or(0.0, |b| b.probability_met * 100.0);
    assert!(
        screen.contains(&format!("P(target met) = {p:.0}%")),
        "probability in the title"
    );
}

#[test]
fn accepting_a_seek_proposal_meets_the_target_and_u_restores_the_package() {
    // 5% is out of reach; the Blueprint's levers with a 0.8% target are not.
    let mut reachable =
        crate::support::load("policies/blueprint-2032.toml", &crate::support::baseline());
    reachable.target.share_pct = 0.8;
    let mut app = crate::support::app::app_with(reachable, None);
    let before = app.policy().clone();
    press(&mut app, &[ch('g')]);
    let Mode::Seek(proposal) = &app.mode else {
        panic!("expected a proposal, got {:?}", app.mode);
    };
    assert!(proposal.found, "a 0.8% target is reachable");
    assert!(!proposal.changes.is_empty());
    press(&mut app, &[key(KeyCode::Enter)]);
    assert_eq!(app.mode, Mode::Normal);
    assert!(app.is_dirty(), "an accepted proposal is an unsaved change");
    assert_ne!(*app.policy(), before);
    let projection = project(app.baseline(), app.policy());
    assert!(projection.target.met, "{:?}", projection.target);
    assert_eq!(
        *app.projection(),
        projection,
        "the screen shows the new package"
    );
    press(&mut app, &[ch('u')]);
    assert_eq!(
        *app.policy(),
        before,
        "undo restores the package bit for bit"
    );
}

#[test]
fn an_unreachable_target_names_what_binds_and_escape_rejects() {
    let mut policy = blueprint_app().policy().clone();
    policy.target.share_pct = 40.0;
    let mut app = app_with(policy, None);
    let before = app.policy().clone();
    press(&mut app, &[ch('g')]);
    let Mode::Seek(proposal) = &app.mode else {
        panic!("expected a proposal, got {:?}", app.mode);
    };
    assert!(!proposal.found);
    assert!(proposal.binding.is_some());
    press(&mut app, &[key(KeyCode::Esc)]);
    assert_eq!(app.mode, Mode::Normal);
    assert_eq!(*app.policy(), before);
}

#[test]
fn help_lists_the_analysis_keys() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('?')]);
    let terminal = render(&mut app, 120, 60);
    let buffer = terminal.backend().buffer();
    let screen: String = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n");
    for action in [
        levers::tui::Action::ToggleTornado,
        levers::tui::Action::TornadoOutcome,
        levers::tui::Action::ToggleBand,
        levers::tui::Action::Seek,
    ] {
        let description = levers::tui::labels::description(levers_report::i18n::Lang::En, action);
        assert!(screen.contains(&description), "{action:?}");
    }
}

#[test]
fn the_views_render_at_any_size_without_panicking() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('t'), ch('b')]);
    for width in (20..=140).step_by(7) {
        for height in (5..=50).step_by(3) {
            render(&mut app, width, height);
        }
    }
    press(&mut app, &[ch('T'), ch('T'), ch('T')]);
    render(&mut app, 80, 24);
    render(&mut app, 60, 20);
}

#[test]
fn tornado_view_at_120x40() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('t')]);
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn tornado_of_jobs_at_80x24() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('T'), ch('T')]);
    assert_snapshot!(render(&mut app, 80, 24).backend());
}

#[test]
fn seek_proposal_popup_at_120x40() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('g')]);
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn the_workbench_seek_gives_the_same_package_as_the_cli_for_the_same_package_and_seed() {
    let baseline = crate::support::baseline();
    let mut package = crate::support::load("policies/blueprint-2032.toml", &baseline);
    package.target.share_pct = 0.8;
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("package.toml");
    crate::support::write_package(&file, &package, &baseline);
    let package = crate::support::load(&file.display().to_string(), &baseline);

    let mut app = app_with(package.clone(), None);
    press(&mut app, &[ch('g')]);
    let Mode::Seek(proposal) = &app.mode else {
        panic!("expected a proposal, got {:?}", app.mode);
    };
    assert!(proposal.found, "{proposal:?}");
    assert!(
        proposal.robustness.contains("1,000 draws"),
        "{}",
        proposal.robustness
    );
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let screen: String = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .map(|p| buffer[p].symbol().to_string())
        .collect();
    assert!(
        screen.contains("Robust: the target is met in"),
        "the robustness is shown"
    );
    press(&mut app, &[key(KeyCode::Enter)]);

    let out = dir.path().join("sought.toml");
    let file_text = file.display().to_string();
    let out_text = out.display().to_string();
    crate::support::levers()
        .args([
            "seek",
            "--from",
            &file_text,
            "--confidence",
            "0.8",
            "--seed",
            "42",
        ])
        .args(["-o", &out_text])
        .assert()
        .success();
    let from_cli = crate::support::load(&out_text, &baseline);
    assert_eq!(from_cli.measures, app.policy().measures);
    let cost = |policy: &levers_core::Policy| {
        project(&baseline, policy)
            .year(2032)
            .map_or(f64::NAN, |y| y.cumulative_fiscal_cost_hkd_bn)
    };
    assert_eq!(cost(&from_cli), cost(app.policy()));
}

#[test]
fn the_workbench_and_the_report_show_the_same_chance_of_meeting_the_target() {
    let mut app = blueprint_app();
    // A target the Blueprint meets in some draws but not all.
    let mut package = app.policy().clone();
    package.target.share_pct = 1.0;
    app = app_with(package.clone(), None);
    press(&mut app, &[ch('b')]);
    let band = app.band().cloned().expect("band open");
    assert_eq!(band.draws, levers_core::analysis::DEFAULT_DRAWS);
    assert!(
        band.probability_met > 0.0 && band.probability_met < 1.0,
        "{}",
        band.probability_met
    );
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let screen: String = (0..buffer.area.height)
        .flat_map(|y| (0..buffer.area.width).map(move |x| (x, y)))
        .map(|p| buffer[p].symbol().to_string())
        .collect();
    let shown = format!("{:.0}%", 100.0 * band.probability_met);
    assert!(screen.contains(&format!("P(target met) = {shown}")));

    let baseline = crate::support::baseline();
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("package.toml");
    crate::support::write_package(&file, &package, &baseline);
    let report = crate::support::ok(&["report", &file.display().to_string(), "-o", "-"]);
    assert!(
        report.contains(&format!("the target is met in {shown} of draws")),
        "workbench {shown}; report: {report}"
    );
}

fn screen_of(app: &mut levers::tui::App, width: u16, height: u16) -> String {
    let terminal = render(app, width, height);
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn v_computes_the_sobol_view_on_demand_and_says_when_the_package_has_changed() {
    use levers::tui::analysis::SOBOL_SAMPLES;
    use levers_core::analysis::DEFAULT_SEED;
    use levers_core::analysis::sobol_model::sobol;
    let mut app = blueprint_app();
    assert!(app.sobol().is_none());
    press(&mut app, &[ch('V')]);
    let first = app.sobol().cloned().expect("open");
    let expected = sobol(app.baseline(), app.policy(), SOBOL_SAMPLES, DEFAULT_SEED);
    assert_eq!(first.result, expected, "the core's indices, bit for bit");
    assert!(screen_of(&mut app, 120, 40).contains("Sobol: share 2032"));
    // A lever change does not recompute it (too slow for a keystroke) …
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    assert_eq!(app.sobol().map(|v| &v.result), Some(&expected));
    assert!(screen_of(&mut app, 120, 40).contains("package changed: V recomputes"));
    // … V does, for the package now in force; V again closes it.
    press(&mut app, &[ch('V')]);
    let recomputed = sobol(app.baseline(), app.policy(), SOBOL_SAMPLES, DEFAULT_SEED);
    assert_eq!(app.sobol().map(|v| &v.result), Some(&recomputed));
    assert_ne!(recomputed, expected);
    assert!(!screen_of(&mut app, 120, 40).contains("package changed"));
    press(&mut app, &[ch('V')]);
    assert!(app.sobol().is_none());
}

#[test]
fn tornado_and_sobol_side_by_side_at_120x40() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('t'), ch('V')]);
    let screen = screen_of(&mut app, 120, 40);
    assert!(screen.contains("Sensitivity: share 2032") && screen.contains("Sobol: share 2032"));
    for (width, height) in [(60, 20), (80, 24), (100, 30), (140, 50)] {
        render(&mut app, width, height);
    }
    assert_snapshot!(render(&mut app, 120, 40).backend());
}

#[test]
fn the_band_also_covers_the_jobs_and_diversification_charts() {
    let mut app = blueprint_app();
    let band_cells_in = |app: &mut levers::tui::App, area: Option<ratatui::layout::Rect>| {
        let terminal = render(app, 120, 40);
        let buffer = terminal.backend().buffer().clone();
        let area = area.expect("the chart is on screen at 120×40");
        let mut n = 0;
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &buffer[(x, y)];
                if cell.fg == levers::tui::view::BAND_COLOUR
                    && cell.symbol().chars().any(|c| ('⠁'..='⣿').contains(&c))
                {
                    n += 1;
                }
            }
        }
        n
    };
    let regions = levers::tui::view::regions(ratatui::layout::Rect::new(0, 0, 120, 40), &app);
    for area in [regions.jobs_chart, regions.diversification_chart] {
        assert_eq!(band_cells_in(&mut app, area), 0, "no band until b");
    }
    press(&mut app, &[ch('b')]);
    let band = app.band().cloned().expect("b draws the band");
    assert!(band.jobs.iter().all(|b| b.p10 <= b.p90));
    for area in [regions.jobs_chart, regions.diversification_chart] {
        // The p10 and p90 lines may run under the central line where the
        // band is narrower than a braille dot: some of them must show.
        let cells = band_cells_in(&mut app, area);
        assert!(cells > 0, "band cells in {area:?}: {cells}");
    }
}

/// A package of more than `MAX_MEASURES_SWUNG_ONE_BY_ONE` measures: the
/// workbench's tornado holds one bar per kind and its panel says the measures
/// were swung by kind (issue 22: the tornado grew as n² and froze the view).
#[test]
fn the_tornado_of_thousands_of_measures_says_it_swung_them_by_kind() {
    use levers_core::analysis::{MAX_MEASURES_SWUNG_ONE_BY_ONE, SwingItem, SwingMethod};
    let count = 1_500;
    assert!(count > MAX_MEASURES_SWUNG_ONE_BY_ONE);
    let mut app = grants_and_training_app(count);
    press(&mut app, &[ch('t')]);
    let tornado = app.tornado().cloned().expect("tornado open");
    assert_eq!(tornado.method, SwingMethod::ByKind { measures: count });
    let kinds = tornado
        .swings
        .iter()
        .filter(|s| matches!(s.item, SwingItem::Kind(_)))
        .count();
    assert_eq!(kinds, 2);
    let screen = screen_lines(&mut app, 120, 40).join("\n");
    assert!(
        screen.contains("1,500 measures: swung by kind (more than 512)"),
        "{screen}"
    );
    assert!(screen.contains("rd_grants (all)"), "{screen}");
}

#[test]
fn the_workbench_does_not_seek_a_target_year_before_any_sought_measure_acts() {
    let mut package = levers_core::Policy::status_quo();
    package.target.year = 2024;
    let mut app = app_with(package, None);
    press(&mut app, &[ch('g')]);
    assert!(!matches!(app.mode, Mode::Seek(_)), "{:?}", app.mode);
    let note = app.note().map(|n| (n.text.clone(), n.is_error));
    assert_eq!(
        note,
        Some((
            "no seek: the target year 2024 comes before 2025, the first year a measure seek sets acts; set a target year from 2025 on".to_string(),
            true
        ))
    );
}

#[test]
fn a_target_of_0_93_is_shown_as_typed_in_the_seek_panel_and_the_discovery_title() {
    let policy = crate::support::load(
        "policies/announced-measures.toml",
        &crate::support::baseline(),
    );
    let mut app = app_with(policy, None);
    press(&mut app, &keys("E down down enter"));
    press(&mut app, &text("0.93"));
    press(&mut app, &keys("enter"));
    assert_eq!(app.policy().target.share_pct, 0.93);
    let editor = screen_of(&mut app, 120, 40);
    assert!(
        editor.contains("0.93"),
        "the package editor shows 0.93:\n{editor}"
    );
    press(&mut app, &keys("esc g"));
    let Mode::Seek(proposal) = &app.mode else {
        panic!("expected a proposal, got {:?}", app.mode);
    };
    assert_eq!(proposal.target.share_pct, 0.93);
    let current = proposal.current_share_pct;
    assert!(current < 0.93 && current > 0.92, "{current}");
    let terminal = render(&mut app, 120, 40);
    let shown = screen_text(terminal.backend().buffer());
    assert!(shown.contains("0.93% by 2032"), "{shown}");
    assert!(!shown.contains("0.9% "), "{shown}");
    // The share now is below the target and shown so: 0.927, not 0.93.
    assert!(shown.contains("0.927% → 0.96%"), "{shown}");
    assert_snapshot!(terminal.backend());
    press(&mut app, &keys("esc D"));
    assert!(app.discover.is_some());
    let shown = screen_of(&mut app, 200, 60);
    assert!(
        shown.contains("What would have to be true: 0.93% by 2032"),
        "{shown}"
    );
}
