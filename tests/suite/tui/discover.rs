//! The scenario-discovery view (`D`) driven with real keys: it shows what the
//! core's discovery finds for the package (bit for bit, inline or on the
//! worker), says when the package has changed since, and is drawn as a chart
//! and a table. The snapshot is of a discovery on synthetic draws, so it does
//! not move when the model's numbers do.

use crate::support::app::*;
use insta::assert_snapshot;
use levers::tui::discover::{DISCOVER_DRAWS, DiscoverView};
use levers::tui::view::discover::{CHOSEN, TRAJECTORY};
use levers_core::analysis::DEFAULT_SEED;
use levers_core::analysis::discover::{
    BoxSearch, DEFAULT_OPTIONS, Discovery, Plan, Question, discover,
};
use ratatui::crossterm::event::KeyCode;

fn screen(app: &mut levers::tui::App, width: u16, height: u16) -> String {
    screen_text(render(app, width, height).backend().buffer())
}

/// A discovery of the app's package over synthetic draws: each assumption
/// uniform over its range, a case when the first two sit in the top 40% of
/// theirs — a box PRIM must find.
fn synthetic_view(app: &levers::tui::App) -> DiscoverView {
    let plan = Plan::new(
        app.baseline(),
        app.policy(),
        &Question::TARGET_MET,
        Vec::new(),
        1,
    );
    let ranges: Vec<(f64, f64)> = plan
        .dimensions
        .iter()
        .map(|d| match d {
            levers_core::analysis::discover::Dimension::Assumption(id) => {
                let spec = app.baseline().spec(*id);
                (spec.low, spec.high)
            }
            levers_core::analysis::discover::Dimension::Varied(_) => (0.0, 1.0),
        })
        .collect();
    let mut state = 7u64;
    let mut uniform = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let rows: Vec<(Vec<f64>, bool)> = (0..2_000)
        .map(|_| {
            let u: Vec<f64> = ranges.iter().map(|_| uniform()).collect();
            let case = u[0] > 0.6 && u[1] > 0.6;
            let values = u
                .iter()
                .zip(&ranges)
                .map(|(u, (lo, hi))| lo + u * (hi - lo))
                .collect();
            (values, case)
        })
        .collect();
    DiscoverView {
        discovery: Discovery::from_rows(plan, rows, &DEFAULT_OPTIONS, 1),
        policy: app.policy().clone(),
        lower_share: None,
    }
}

/// The core's own discovery of `question` for the app's package, over the
/// view's draws and seed, on one thread.
fn core_discovery(app: &levers::tui::App, question: &Question) -> Discovery {
    let plan = Plan::new(
        app.baseline(),
        app.policy(),
        question,
        Vec::new(),
        DEFAULT_SEED,
    );
    discover(
        app.baseline(),
        app.policy(),
        plan,
        DISCOVER_DRAWS,
        &DEFAULT_OPTIONS,
        1,
    )
}

/// The Blueprint with a target about half the draws meet.
fn half_met_app() -> levers::tui::App {
    let baseline = baseline();
    let mut policy = crate::support::load("policies/blueprint-2032.toml", &baseline);
    let mc = levers_core::analysis::monte_carlo(&baseline, &policy, 300, DEFAULT_SEED);
    let at = mc
        .years
        .iter()
        .position(|y| *y == policy.target.year)
        .expect("target year");
    policy.target.share_pct = (mc.share_pct[at].p50 * 100.0).round() / 100.0;
    app_with(policy, None)
}

#[test]
fn d_shows_the_cores_discovery_and_says_when_the_package_has_changed() {
    let mut app = half_met_app();
    assert!(app.discover.is_none(), "closed views are not computed");
    press(&mut app, &[ch('D')]);
    let view = app.discover.clone().expect("D opens the view");
    let core = core_discovery(&app, &Question::TARGET_MET);
    assert_eq!(view.discovery, core, "the core's discovery, bit for bit");
    assert!(
        matches!(core.searches[0], BoxSearch::Found { .. }),
        "{:?}",
        core.searches[0]
    );
    let shown = screen(&mut app, 140, 50);
    assert!(shown.contains("What would have to be true"), "{shown}");
    assert!(shown.contains("D close"), "{shown}");
    // A lever change does not recompute it …
    press(&mut app, &[key(KeyCode::Down), key(KeyCode::Down), ch('L')]);
    assert_eq!(app.discover.as_ref().map(|v| &v.discovery), Some(&core));
    assert!(screen(&mut app, 140, 50).contains("package changed: D recomputes"));
    // … D does, for the package in force; D again closes it.
    press(&mut app, &[ch('D')]);
    let view = app.discover.clone().expect("recomputed");
    assert!(!view.is_stale(app.policy()));
    assert_ne!(view.discovery, core);
    press(&mut app, &[ch('D')]);
    assert!(app.discover.is_none());
}

#[test]
fn on_the_worker_the_view_says_computing_and_lands_with_the_same_box() {
    let mut inline = half_met_app();
    press(&mut inline, &[ch('D')]);
    let expected = inline.discover.clone().expect("inline").discovery;
    let mut app = half_met_app();
    app.work_in_background();
    press(&mut app, &[ch('D')]);
    assert!(app.discover_running());
    assert!(app.is_busy());
    assert!(screen(&mut app, 140, 50).contains("computing 4,000 draws"));
    app.settle();
    assert!(!app.discover_running());
    assert_eq!(app.discover.as_ref().map(|v| &v.discovery), Some(&expected));
    // D while computing closes the view and drops the answer.
    press(&mut app, &[key(KeyCode::Down), ch('L'), ch('D')]);
    assert!(app.discover_running());
    press(&mut app, &[ch('D')]);
    assert!(!app.discover_running() && app.discover.is_none());
}

#[test]
fn the_view_draws_the_trajectory_and_the_box_at_several_sizes() {
    let mut app = blueprint_app();
    let view = synthetic_view(&app);
    let BoxSearch::Found { chosen, .. } = &view.discovery.searches[0] else {
        panic!(
            "the synthetic box is found: {:?}",
            view.discovery.searches[0]
        );
    };
    let dims: Vec<usize> = chosen.restrictions.iter().map(|r| r.dimension).collect();
    assert!(dims.contains(&0) && dims.contains(&1), "{chosen:#?}");
    app.discover = Some(view);
    for (width, height) in [(60, 20), (80, 24), (100, 30), (140, 50)] {
        render(&mut app, width, height);
    }
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let coloured = |colour| {
        buffer
            .content
            .iter()
            .filter(|c| c.fg == colour && c.symbol() != " ")
            .count()
    };
    assert!(coloured(TRAJECTORY) > 3, "the trajectory is drawn");
    assert!(
        coloured(CHOSEN) > 3,
        "the chosen step and the box's ranges are marked"
    );
    let text = screen_text(buffer);
    let first = app.baseline().spec(
        match app.discover.as_ref().unwrap().discovery.dimensions[0] {
            levers_core::analysis::discover::Dimension::Assumption(id) => id,
            levers_core::analysis::discover::Dimension::Varied(_) => unreachable!(),
        },
    );
    assert!(
        text.contains(&first.name[..first.name.len().min(10)]),
        "{text}"
    );
    assert_snapshot!(terminal.backend());
}

#[test]
fn the_view_speaks_chinese() {
    let mut app = blueprint_app();
    app.lang = levers_report::i18n::Lang::ZhHant;
    app.discover = Some(synthetic_view(&app));
    // A wide character is followed by an empty cell: read without spaces.
    let shown = screen(&mut app, 140, 50).replace(' ', "");
    assert!(shown.contains("需要甚麼條件成立"), "{shown}");
    assert!(shown.contains("準p值"), "{shown}");
    assert!(shown.contains("覆蓋率"), "{shown}");
}

#[test]
fn when_no_draw_meets_the_target_d_asks_of_the_share_reached_in_one_draw_in_ten() {
    let mut app = blueprint_app();
    press(&mut app, &[ch('D')]);
    let view = app.discover.clone().expect("D opens the view");
    // The share asked of: the p90 of the core's bands over the same draws,
    // rounded down to a tenth; the discovery is the core's for that share.
    let mc = levers_core::analysis::monte_carlo(
        app.baseline(),
        app.policy(),
        DISCOVER_DRAWS,
        DEFAULT_SEED,
    );
    let at = mc
        .years
        .iter()
        .position(|y| *y == app.policy().target.year)
        .expect("target year");
    assert_eq!(mc.probability_met, 0.0, "the Blueprint meets 5% in no draw");
    let share = (mc.share_pct[at].p90 * 10.0).floor() / 10.0;
    assert_eq!(
        view.lower_share,
        Some(levers::parallel::LowerShare {
            share,
            target_cases: 0
        })
    );
    let question = Question {
        threshold: Some(share),
        ..Question::TARGET_MET
    };
    let core = core_discovery(&app, &question);
    assert_eq!(view.discovery, core, "the core's discovery of that share");
    assert!(core.cases > 0);
    for (width, height) in [(120, 40), (80, 24)] {
        let shown = screen(&mut app, width, height);
        let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            flat.contains(&format!("5% in no draw: asked of {share:.1}%")),
            "{width}x{height}:\n{shown}"
        );
        assert!(
            shown.contains(&format!("{share:.1}% in ")),
            "{width}x{height}:\n{shown}"
        );
    }
}

#[test]
fn when_too_few_draws_meet_the_target_d_says_how_few_and_asks_of_a_lower_share() {
    // The Blueprint aiming at 2.8%, which a few draws reach (the draws are
    // the Blueprint's: the target is not drawn).
    let mut policy = blueprint_app().policy().clone();
    policy.target.share_pct = 2.8;
    let mut app = app_with(policy, None);
    let met = core_discovery(&app, &Question::TARGET_MET);
    assert!(
        (1..DEFAULT_OPTIONS.min_cases).contains(&met.cases),
        "a few draws, fewer than PRIM needs: {}",
        met.cases
    );
    press(&mut app, &[ch('D')]);
    let view = app.discover.clone().expect("D opens the view");
    let lower = view.lower_share.expect("a lower share is asked of");
    assert_eq!(lower.target_cases, met.cases);
    assert!(lower.share < 2.8, "{lower:?}");
    let core = core_discovery(
        &app,
        &Question {
            threshold: Some(lower.share),
            ..Question::TARGET_MET
        },
    );
    assert_eq!(view.discovery, core, "the core's discovery of that share");
    let shown = screen(&mut app, 120, 40);
    let flat: String = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(&format!(
            "2.8% in only {} of 4,000 draws: asked of {:.1}%",
            met.cases, lower.share
        )),
        "{shown}"
    );
}
