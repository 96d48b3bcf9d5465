//! Issue 22, the bounded-work goal for the tornado: swinging n measures one
//! by one costs 2n projections of n measures each (5,000 measures: 8 s in a
//! debug build). Past `MAX_MEASURES_SWUNG_ONE_BY_ONE` the measures are swung
//! by kind; the projections are counted (not timed), and every output says so.

use levers_core::analysis::{
    MAX_MEASURES_SWUNG_ONE_BY_ONE, Outcome, SwingItem, SwingMethod, sensitivity, tornado,
};
use levers_core::measure::{Amount, Measure, MeasureKind};
use levers_core::params::Distribution;
use levers_core::{Baseline, Policy};

use crate::support::{baseline, json, run};

const KINDS: [MeasureKind; 3] = [
    MeasureKind::RdGrants,
    MeasureKind::TrainingPlaces,
    MeasureKind::Coinvestment,
];

/// A small amount a file may hold for `kind` (places are whole numbers).
fn small_amount(kind: MeasureKind) -> f64 {
    if kind == MeasureKind::TrainingPlaces {
        1.0
    } else {
        0.001
    }
}

/// `count` small measures, the three kinds of [`KINDS`] in turn.
fn many_measures(count: usize) -> Policy {
    let mut policy = Policy::status_quo();
    policy.measures = (0..count)
        .map(|i| {
            Measure::new(
                format!("scheme_{i}"),
                KINDS[i % KINDS.len()],
                Amount::Constant(small_amount(KINDS[i % KINDS.len()])),
                2025 + (i % 4) as i32,
            )
        })
        .collect();
    policy
}

/// Parameters the tornado swings (not fixed, a range to move over).
fn swung_parameters(baseline: &Baseline) -> usize {
    baseline
        .specs
        .iter()
        .filter(|s| s.distribution != Distribution::Fixed && s.low < s.high)
        .count()
}

#[test]
fn thousands_of_measures_are_swung_by_kind_with_a_bounded_number_of_projections() {
    let baseline = baseline();
    let parameters = swung_parameters(&baseline);
    for count in [MAX_MEASURES_SWUNG_ONE_BY_ONE + 1, 10_000] {
        let policy = many_measures(count);
        let result = tornado(&baseline, &policy, Outcome::ShareInTargetYear);
        assert_eq!(result.method, SwingMethod::ByKind { measures: count });
        // The centre, two ends per kind, two per parameter: the same for
        // 1,025 measures as for 10,000 (one by one: 2n + 1 + 2p).
        assert_eq!(
            result.projections,
            1 + 2 * KINDS.len() + 2 * parameters,
            "{count} measures"
        );
        let kinds: Vec<MeasureKind> = result
            .swings
            .iter()
            .filter_map(|s| match s.item {
                SwingItem::Kind(kind) => Some(kind),
                _ => None,
            })
            .collect();
        assert_eq!(kinds.len(), KINDS.len(), "one bar per kind");
        assert!(KINDS.iter().all(|k| kinds.contains(k)));
        assert!(
            !result
                .swings
                .iter()
                .any(|s| matches!(s.item, SwingItem::Measure(_))),
            "no bar per measure"
        );
        // Every measure of a kind at the kind's top moves the share more than
        // the package's small amounts.
        let grants = result
            .swings
            .iter()
            .find(|s| s.item == SwingItem::Kind(MeasureKind::RdGrants))
            .expect("a grants bar");
        assert!(grants.width() > 0.0 && grants.width().is_finite());
        assert!((grants.current - 0.001).abs() < 1e-12, "mean peak");
    }
}

#[test]
fn up_to_the_limit_every_measure_keeps_its_own_bar() {
    let baseline = baseline();
    let policy = many_measures(MAX_MEASURES_SWUNG_ONE_BY_ONE);
    let result = tornado(&baseline, &policy, Outcome::ShareInTargetYear);
    assert_eq!(result.method, SwingMethod::OneByOne);
    assert_eq!(
        result.projections,
        1 + 2 * MAX_MEASURES_SWUNG_ONE_BY_ONE + 2 * swung_parameters(&baseline)
    );
    let measures = result
        .swings
        .iter()
        .filter(|s| matches!(s.item, SwingItem::Measure(_)))
        .count();
    assert_eq!(measures, MAX_MEASURES_SWUNG_ONE_BY_ONE);
    // `sensitivity` is the same tornado without the bookkeeping.
    assert_eq!(
        sensitivity(&baseline, &policy, Outcome::ShareInTargetYear),
        (result.centre, result.swings)
    );
}

/// `many_measures` written as a format-2 file.
fn many_measures_file(count: usize) -> String {
    let mut text = String::from(
        "format = 2\nname = \"Many schemes\"\n\n[target]\nmanufacturing_share_pct = 5.0\nyear = 2032\n",
    );
    for i in 0..count {
        let kind = KINDS[i % KINDS.len()];
        text.push_str(&format!(
            "\n[measures.scheme_{i}]\nkind = \"{}\"\namount = {}\nstart = {}\n",
            kind.key(),
            small_amount(kind),
            2025 + i % 4
        ));
    }
    text
}

/// Through the binary: the JSON says how the tornado was bounded and how many
/// projections it ran; the table and Markdown say so in a sentence; a small
/// package's output carries no such note.
#[test]
fn sensitivity_of_thousands_of_measures_says_how_it_was_bounded() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("many.toml");
    let count = 3_000;
    std::fs::write(&file, many_measures_file(count))?;
    let path = file.display().to_string();
    let value = json(&["sensitivity", &path, "--format", "json"]);
    let bounded = &value["bounded"];
    assert_eq!(bounded["swung"], "by_kind", "{value}");
    assert_eq!(bounded["measures"], count);
    assert_eq!(bounded["limit"], MAX_MEASURES_SWUNG_ONE_BY_ONE);
    let projections = bounded["projections"].as_u64().expect("a count");
    let parameters = swung_parameters(&baseline()) as u64;
    assert_eq!(projections, 1 + 2 * KINDS.len() as u64 + 2 * parameters);
    let items: Vec<&str> = value["swings"]
        .as_array()
        .expect("swings")
        .iter()
        .filter_map(|s| s["item"].as_str())
        .collect();
    assert!(items.contains(&"kinds.rd_grants.amount"), "{items:?}");
    assert!(
        !items.iter().any(|i| i.starts_with("measures.")),
        "{items:?}"
    );
    for format in ["table", "markdown"] {
        let out = run(&["sensitivity", &path, "--format", format]);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(
            out.stdout.contains("3000 measures (more than 512)")
                && out.stdout.contains("swung by kind")
                && out.stdout.contains(&format!("{projections} projections")),
            "{format}: {}",
            out.stdout
        );
    }
    let small = json(&[
        "sensitivity",
        "policies/announced-measures.toml",
        "--format",
        "json",
    ]);
    assert!(small.get("bounded").is_none(), "{small}");
    Ok(())
}
