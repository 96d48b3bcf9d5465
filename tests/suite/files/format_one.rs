//! Format 1 is read as measures: every format-1 fixture (the history
//! package's format-1 original among them) projects bit for bit as it did when the projection read lever
//! groups (the digests), the same after being written as format 2 and read
//! back, and the same after a workbench save over its own text.

use levers_core::analysis::backtest::rebase;
use levers_core::{Baseline, Policy, project};

use crate::support::{baseline, load};

/// Every format-1 package kept as a fixture (the examples as they were before
/// they became format 2, and the history package as it was, in
/// `tests/fixtures/format-1/`), with the base year of the baseline it is read against (`None`:
/// the embedded baseline's).
const FORMAT_ONE: [(&str, Option<i32>); 13] = [
    ("tests/fixtures/format-1/announced.toml", None),
    ("tests/fixtures/format-1/gba-division.toml", None),
    ("tests/fixtures/format-1/land-led.toml", None),
    ("tests/fixtures/format-1/rd-led.toml", None),
    ("tests/fixtures/format-1/status-quo.toml", None),
    ("tests/fixtures/format-1/talent-led.toml", None),
    ("tests/fixtures/format-1/history-2016-2023.toml", Some(2016)),
    ("tests/fixtures/valid/bom-crlf.toml", None),
    ("tests/fixtures/valid/boundaries.toml", None),
    ("tests/fixtures/valid/integers-for-floats.toml", None),
    ("tests/fixtures/valid/format-1-blueprint.toml", None),
    ("tests/fixtures/stacked/late-land.toml", None),
    ("tests/fixtures/stacked/short-horizon.toml", None),
];

fn baseline_for(base_year: Option<i32>) -> Baseline {
    let embedded = baseline();
    match base_year {
        None => embedded,
        Some(year) => {
            let history =
                levers_files::history_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
            rebase(&embedded, &history, year)
                .unwrap_or_else(|e| panic!("{e:?}"))
                .0
        }
    }
}

/// Every number of a projection, all years and outcomes: `{:?}` prints each
/// `f64` in the shortest form that reads back to the same bits.
fn all_numbers(baseline: &Baseline, policy: &Policy) -> String {
    format!("{:?}", project(baseline, policy))
}

/// FNV-1a over the text: a short digest to keep in a snapshot.
fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[test]
fn format_one_packages_project_as_they_did_and_after_a_format_2_round_trip() {
    let mut digests = String::new();
    for (path, base_year) in FORMAT_ONE {
        let baseline = baseline_for(base_year);
        let read = load(path, &baseline);
        let numbers = all_numbers(&baseline, &read);
        // Written as format 2 and read back.
        let written = levers_files::policy_file::write_policy(
            &levers_report::i18n::Lang::En,
            &read,
            &baseline,
        );
        assert!(written.contains("\nformat = 2\n"), "{path}");
        let again = levers_files::policy_file::parse_policy(path, &written, &baseline)
            .unwrap_or_else(|e| panic!("{path}: {}\n{written}", levers::shown::in_english(&e)));
        assert_eq!(again, read, "{path}: written and read back");
        assert_eq!(all_numbers(&baseline, &again), numbers, "{path}: format 2");
        // Saved over its own text (the workbench's save): format 2, comments kept.
        let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let saved = levers_files::policy_file::update_document(
            &levers_report::i18n::Lang::En,
            path,
            Some(&source),
            &read,
            &baseline,
        );
        let saved_policy = levers_files::policy_file::parse_policy(path, &saved, &baseline)
            .unwrap_or_else(|e| panic!("{path}: {}\n{saved}", levers::shown::in_english(&e)));
        assert_eq!(
            all_numbers(&baseline, &saved_policy),
            numbers,
            "{path}: saved"
        );
        digests.push_str(&format!("{path}: {}\n", digest(&numbers)));
    }
    // The digests were recorded when the projection still read lever groups
    // (the numbers then equalled those of `measures_from_levers`, checked).
    insta::assert_snapshot!(digests);
}

/// The examples, now format 2, project bit for bit as their format-1 originals.
#[test]
fn the_examples_project_as_their_format_one_originals() {
    let baseline = baseline();
    for name in [
        "announced",
        "gba-division",
        "land-led",
        "rd-led",
        "status-quo",
        "talent-led",
    ] {
        let example = load(&format!("policies/{name}.toml"), &baseline);
        let original = load(&format!("tests/fixtures/format-1/{name}.toml"), &baseline);
        assert_eq!(example, original, "{name}");
        assert_eq!(
            all_numbers(&baseline, &example),
            all_numbers(&baseline, &original),
            "{name}"
        );
    }
    let blueprint = load("policies/blueprint-2032.toml", &baseline);
    let original = load("tests/fixtures/valid/format-1-blueprint.toml", &baseline);
    assert_eq!(blueprint, original);
}
