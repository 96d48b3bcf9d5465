//! Format-2 packages through the analysis commands: `sweep --vary` by measure
//! name (amount and timing fields) and over assumptions, unknown names with a
//! suggestion (sweep and seek alike); `diff` and `summary` speaking in measures.

use std::fs;

use crate::support::package::{MEASURES, Package};
use crate::support::{baseline, load, ok, run};

/// The projected share `levers eval` gives for `package`.
fn share_of(package: &Package) -> f64 {
    let evaluated = package
        .run(&["eval", "{package}", "--format", "json"])
        .json();
    evaluated["target"]["projected_share_pct"]
        .as_f64()
        .unwrap_or(f64::NAN)
}

#[test]
fn a_sweep_varies_a_measure_by_name_and_each_row_equals_a_direct_eval() {
    let csv = ok(&[
        "sweep",
        MEASURES,
        "--vary",
        "zone_coinvestment.amount=0..10:5",
        "--vary",
        "zone_coinvestment.start=2025..2027:1",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 3 * 3);
    assert_eq!(
        lines[0],
        "zone_coinvestment.amount,zone_coinvestment.start,share_in_target_year_pct,met,first_year_met,manufacturing_jobs_in_target_year,cost_to_target_year_hkd_bn"
    );
    // Amount 10, start 2026: index 2 * 3 + 1.
    let row: Vec<&str> = lines[1 + 2 * 3 + 1].split(',').collect();
    assert_eq!(&row[..2], ["10", "2026"]);
    let point = Package::measures()
        .set("measures.zone_coinvestment.amount", 10.0)
        .set("measures.zone_coinvestment.start", 2026);
    assert_eq!(row[2], format!("{}", share_of(&point)));
    // More co-investment never lowers the share here.
    let share = |line: &str| line.split(',').nth(2).unwrap_or_default().to_string();
    assert_ne!(share(lines[1]), share(lines[1 + 2 * 3]));
}

#[test]
fn a_sweep_varies_end_ramp_matching_ratio_and_assumptions() {
    let csv = ok(&[
        "sweep",
        MEASURES,
        "--vary",
        "research_matching_grant.end=2027..2029:2",
        "--vary",
        "zone_coinvestment.ramp_years=0..2:2",
        "--vary",
        "research_matching_grant.matching_ratio=0.5..1.5:1",
        "--vary",
        "assumptions.nev.growth=0..0.1:0.1",
    ]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 1 + 2 * 2 * 2 * 2);
    assert!(lines[0].starts_with(
        "research_matching_grant.end,zone_coinvestment.ramp_years,research_matching_grant.matching_ratio,assumptions.nev.growth,"
    ));
    // The last row: every axis at its top value; equal to that package evaluated.
    let last: Vec<&str> = lines[16].split(',').collect();
    assert_eq!(&last[..4], ["2029", "2", "1.5", "0.1"]);
    let point = Package::measures()
        .set("measures.research_matching_grant.end", 2029)
        .set("measures.research_matching_grant.matching_ratio", 1.5)
        .set("measures.zone_coinvestment.ramp_years", 2)
        .set("assumptions.nev.growth", 0.1);
    assert_eq!(last[4], format!("{}", share_of(&point)));
}

#[test]
fn seek_refuses_a_misspelt_measure_with_the_closest_one_and_says_what_it_limits() {
    let cases: [(&[&str], &str); 5] = [
        (
            &["--bound", "zone_coinvest.amount=2..10"],
            "--bound zone_coinvest.amount=2..10: `zone_coinvest.amount` names no lever or measure (did you mean `zone_coinvestment.amount`?)",
        ),
        (
            &["--fix", "talent_admision"],
            "--fix talent_admision: `talent_admision` names no lever or measure (did you mean `talent_admissions`?)",
        ),
        (
            &["--bound", "zone_coinvestment.start=2025..2027"],
            "`zone_coinvestment.start` cannot be bounded: --bound takes a lever dial (GROUP.FIELD, e.g. rd.grants_hkd_bn_per_year) or a measure's amount (MEASURE.amount)",
        ),
        (
            &["--fix", "zone_coinvestment.ramp_years"],
            "`zone_coinvestment.ramp_years` cannot be fixed: --fix takes a lever dial (GROUP.FIELD), a lever group (GROUP), a measure's amount (MEASURE.amount) or a measure (MEASURE)",
        ),
        (
            &["--fix", "assumptions.nev.growth"],
            "`assumptions.nev.growth` cannot be fixed: --fix takes",
        ),
    ];
    for (extra, expected) in cases {
        let mut args = vec!["seek", "--from", MEASURES];
        args.extend_from_slice(extra);
        let result = run(&args);
        assert_eq!(result.code, Some(2), "{extra:?}: {}", result.stderr);
        assert!(
            result.stderr.contains(expected),
            "{extra:?}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty(), "{extra:?}");
    }
}

#[test]
fn unknown_measures_fields_and_assumptions_are_refused_with_a_suggestion() {
    let cases = [
        (
            "zone_coinvest.amount=0..2:1",
            "did you mean `zone_coinvestment.amount`?",
        ),
        ("zone_coinvestment.amout=0..2:1", "did you mean `amount`?"),
        (
            "assumptions.nev.growt=0..0.1:0.05",
            "did you mean `nev.growth`?",
        ),
        (
            "talent_admissions.matching_ratio=0..1:1",
            "has no matching ratio",
        ),
        (
            "zone_coinvestment=0..2:1",
            "`zone_coinvestment` names a whole lever group or measure, not one number; expected GROUP.FIELD=FROM..TO:STEP (or MEASURE.FIELD=…",
        ),
        (
            "zone_coinvestment.start=2020..2026:1",
            "a year from 2024 to 2035",
        ),
        ("zone_coinvestment.start=2025..2027:0.5", "whole numbers"),
        (
            "zone_coinvestment.amount=0..99:1",
            "zone_coinvestment.amount: a number from 0 to",
        ),
    ];
    for (spec, expected) in cases {
        let result = run(&["sweep", MEASURES, "--vary", spec]);
        assert_eq!(result.code, Some(2), "{spec}: {}", result.stderr);
        assert!(
            result.stderr.contains(expected),
            "{spec}: {}",
            result.stderr
        );
        assert!(result.stdout.is_empty(), "{spec}");
    }
}

#[test]
fn a_sweep_whose_timing_breaks_a_rule_is_refused_before_any_row() {
    // research_matching_grant starts in 2025: an end before it breaks a rule.
    let result = run(&[
        "sweep",
        MEASURES,
        "--vary",
        "research_matching_grant.end=2024..2026:1",
    ]);
    assert_eq!(result.code, Some(2), "{}", result.stderr);
    assert!(
        result.stderr.contains("research_matching_grant"),
        "{}",
        result.stderr
    );
    assert!(result.stdout.is_empty());
}

#[test]
fn diff_names_changed_new_and_removed_measures() {
    let original = fs::read_to_string(MEASURES).unwrap_or_else(|e| panic!("{e}"));
    let changed = original
        .replace("amount = 4.15 ", "amount = { 2025 = 4.15, 2027 = 6.0 } ")
        .replace("amount = 5250 ", "amount = 6000 ")
        .replace(
            "[measures.research_matching_grant]",
            "[measures.research_matching_grant_old]",
        )
        + "\n[measures.nias_2]\nkind = \"rd_grants\"\namount = 2.0\nstart = 2027\nlabel = \"NIAS round 2\"\n";
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let b = dir.path().join("b.toml");
    fs::write(&b, changed).unwrap_or_else(|e| panic!("{e}"));
    let text = ok(&["diff", MEASURES, &b.display().to_string()]);
    for expected in [
        "Talent schemes (TTPS and others), I&T share: 5,250 people a year → 6,000 people a year",
        // 4.15 as set, not rounded to 4.2 (another setting).
        "NIAS, I&T Industry-Oriented Fund and enhanced NIFS: HK$4.15 bn a year → HK$4.15 bn a year from 2025, HK$6.0 bn a year from 2027",
        "New measure NIAS round 2 (R&D grants): HK$2.0 bn a year from 2027",
        "Measure Research Matching Grant Scheme, new round removed (was HK$0.5 bn a year from 2025 until 2027)",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    let same = ok(&["diff", MEASURES, MEASURES]);
    assert!(same.contains("nothing changes"), "{same}");
}

#[test]
fn summary_describes_measures_by_label() {
    let text = ok(&["summary", MEASURES]);
    assert!(
        text.contains("San Tin Technopole I&T land (25 ha a year from 2027 until 2038)"),
        "{text}"
    );
    assert!(text.contains("from 2025"), "{text}");
    assert!(
        text.contains("against") && !text.contains("uses no policy levers"),
        "{text}"
    );
}

#[test]
fn a_report_lists_every_measure_with_its_source() -> std::io::Result<()> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("r.md");
    ok(&["report", MEASURES, "-o", &path.display().to_string()]);
    let report = fs::read_to_string(&path)?;
    let levers = crate::support::section(&report, "## The levers").unwrap_or_default();
    let policy = load(MEASURES, &baseline());
    assert!(policy.measures.len() >= 3);
    for measure in &policy.measures {
        let label = measure.label.as_deref().unwrap_or(&measure.name);
        let row = levers
            .lines()
            .find(|l| l.starts_with(&format!("| {label}")))
            .unwrap_or_else(|| panic!("no row for {label}: {levers}"));
        if let Some(source) = &measure.source {
            assert!(row.contains(source.as_str()), "{row}");
        }
    }
    assert!(!report.contains("No levers"), "{levers}");
    assert!(!report.contains("uses no levers"), "{report}");
    Ok(())
}

#[test]
fn new_plants_only_is_read_described_and_refused_where_a_kind_pays_no_rate() {
    let package = |kind: &str, eligible: &str| {
        Package::text(
            "package.toml",
            &format!(
                "format = 2\nname = \"Targeted\"\n\n[measures.m]\nkind = \"{kind}\"\namount = 2\neligible = \"{eligible}\"\nstart = 2025\n"
            ),
        )
    };
    // A rent subsidy for new plants only is read, described and costs less
    // than the same subsidy paid to every firm.
    let targeted = package("rent_subsidy", "new_plants");
    let summary = targeted.run(&["summary", "{package}"]);
    assert!(
        summary
            .exits(0)
            .stdout
            .contains("2% of rent (new plants only)"),
        "{}",
        summary.stdout
    );
    let cost = |package: &Package| {
        package
            .run(&["eval", "{package}", "--format", "json"])
            .json()["fiscal"]["to_target_year"]["cash_outlay_hkd_bn"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    assert!(cost(&targeted) < cost(&package("rent_subsidy", "all_firms")));
    // R&D grants pay no rate on a firm's rent or profit: refused, with where.
    package("rd_grants", "new_plants").check().exits(2).says(&[
        "package.toml:7:12",
        "an rd_grants measure cannot be limited to new plants",
    ]);
    // A misspelt choice gets the closest one.
    package("rent_subsidy", "new_plant")
        .check()
        .exits(2)
        .says(&["did you mean `new_plants`?"]);
}
