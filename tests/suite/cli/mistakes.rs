//! Mistakes a user makes writing a package by hand are put where they were
//! made, with what would be right, and nothing else is blamed for them.

use crate::support::package::Package;

/// A format-2 package with one rent subsidy from 2026 and `head` written
/// after its name (a horizon, a target).
fn rent_package(head: &str) -> Package {
    Package::text(
        "short.toml",
        &format!(
            "format = 2\nname = \"Short\"\n{head}\n[measures.rent]\nkind = \"rent_subsidy\"\namount = 20\nstart = 2026\n"
        ),
    )
}

#[test]
fn a_horizon_before_the_default_target_year_is_blamed_on_the_horizon() {
    let package = rent_package("horizon = 2030\n");
    let line = package.line_of("horizon = 2030");
    package.check().exits(2).says(&[
        &format!("short.toml:{line}:11: error: `horizon`: horizon 2030 ends before the target year 2032, which applies when `[target]` gives no `year`"),
        "expected: a horizon of 2032 or later, or under `[target]` a `year` from 2024 to 2030",
    ]).never_says(&[":1:1:", "target.year"]);
    package
        .run(&["--lang", "zh-Hant", "check", "{package}"])
        .exits(2)
        .says(&[
            &format!(":{line}:11: 錯誤：`horizon`: 推算期末 2030 早於目標年份 2032"),
            "應為：2032 年或以後的推算期末",
        ])
        .never_says(&["ends before", "expected"]);
}

#[test]
fn a_written_target_year_after_the_horizon_is_still_the_target_years_mistake() {
    let package = rent_package("horizon = 2030\n\n[target]\nyear = 2032\n");
    let line = package.line_of("year = 2032");
    package
        .check()
        .exits(2)
        .says(&[&format!(
            ":{line}:8: error: `target.year`: target year 2032 is outside the projection 2024..2030"
        )])
        .never_says(&["ends before"]);
    // Written within the horizon, the same package is accepted.
    rent_package("horizon = 2030\n\n[target]\nyear = 2030\n")
        .check()
        .exits(0);
}

#[test]
fn a_horizon_outside_the_models_years_is_the_only_mistake_reported() {
    let package = rent_package("horizon = 2020\n");
    let run = package.check();
    run.exits(2)
        .says(&["`horizon`: horizon 2020 is outside the years the model covers"])
        // The start year and the target year are compared with the horizon:
        // against 2020 they would be mistakes the user did not make.
        .never_says(&["start year", "target year", "target.year"]);
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);
}

#[test]
fn measures_written_as_a_list_are_refused_with_the_form_this_format_takes() {
    let listed = "format = 2\nname = \"Listed\"\n\n[[measures]]\nname = \"rent\"\nkind = \"rent_subsidy\"\namount = 20\nstart = 2026\n";
    let package = Package::text("listed.toml", listed);
    let line = package.line_of("[[measures]]");
    package.check().exits(2).says(&[
        &format!("listed.toml:{line}:1: error: `measures`: found an array"),
        "expected: a table",
        "help: did you mean `[measures.rent]`?",
    ]);
    // Without a name that can be written bare, the help names the form.
    Package::text(
        "listed.toml",
        &listed.replace("\"rent\"", "\"rent subsidy\""),
    )
    .check()
    .exits(2)
    .says(&["help: did you mean `[measures.NAME]`?"]);
}

#[test]
fn a_measure_at_zero_is_not_named_among_what_a_package_pays_for() {
    let package = rent_package("").append(
        "\n[measures.talent_admissions]\nkind = \"talent_admissions\"\namount = 0\nstart = 2026\n",
    );
    let summary = package.run(&["summary", "{package}"]);
    summary.exits(0);
    assert!(
        summary.stdout.contains("on rent (20% of rent from 2026);"),
        "{}",
        summary.stdout
    );
    assert!(
        !summary.stdout.contains("Talent admissions"),
        "{}",
        summary.stdout
    );
}

#[test]
fn a_negative_sector_weight_is_out_of_range_and_not_called_zero() {
    let package = rent_package("").append("sectors = { nev = -1.0 }\n");
    let line = package.line_of("sectors = ");
    package
        .check()
        .exits(2)
        .says(&[&format!(
            "short.toml:{line}:19: error: `measures.rent.sectors.nev`: sector weight -1 is out of range"
        )])
        .never_says(&["every sector weight is zero"]);
    // Weights all exactly zero still reach no sector.
    rent_package("")
        .append("sectors = { nev = 0.0 }\n")
        .check()
        .exits(2)
        .says(&["`measures.rent.sectors`: every sector weight is zero"]);
}

#[test]
fn an_empty_or_blank_name_is_refused_where_it_is_written() {
    for name in ["\"\"", "\"   \""] {
        let package = rent_package("").replace("name = \"Short\"", &format!("name = {name}"));
        let line = package.line_of("name = ");
        package
            .check()
            .exits(2)
            .says(&[
                &format!("short.toml:{line}:8: error: `name`: the package's name is empty"),
                "expected: a short name that titles the package in tables and reports, e.g. the file's name without `.toml`",
            ])
            .never_says(&["ok ("]);
        // Nothing is titled with an empty name either.
        package
            .eval()
            .exits(2)
            .says(&["the package's name is empty"]);
        package
            .run(&["--lang", "zh-Hant", "check", "{package}"])
            .exits(2)
            .says(&["方案名稱是空白的", "不含 `.toml` 的檔名"]);
    }
}

#[test]
fn the_packages_levers_writes_have_a_name() {
    let new = crate::support::ok(&["new"]);
    let name_line = new
        .lines()
        .find(|l| l.starts_with("name = "))
        .unwrap_or_else(|| panic!("no name in the template:\n{new}"));
    assert_ne!(name_line.trim(), "name = \"\"", "{new}");
    let template = Package::text("new.toml", &new);
    template.check().exits(0);
    let sought = template.beside("sought.toml");
    let sought = sought.display().to_string();
    template
        .run(&["seek", "--target-share", "1", "--by", "2030", "-o", &sought])
        .exits(0);
    let written = std::fs::read_to_string(&sought).unwrap_or_else(|e| panic!("{sought}: {e}"));
    Package::text("sought.toml", &written).check().exits(0);
}

/// A measure kind is named with the article its sound takes: "an `rd_grants`
/// measure" (it said "a `rd_grants` measure"), "a `rent_subsidy` measure"; and
/// the discount rate is worded without an article to get wrong (a baseline
/// whose rate is 8% or 11% read "at a 8.0% real discount rate").
#[test]
fn a_measure_kind_takes_an_before_a_vowel_sound() {
    let grants = "format = 2\nname = \"Grants\"\n\n[measures.grants]\nkind = \"rd_grants\"\namount = 500\nstart = 2026\neligible = \"new_plants\"\n";
    let package = Package::text("grants.toml", grants);
    package
        .check()
        .exits(2)
        .says(&[
            "is out of range for an rd_grants measure",
            "an rd_grants measure cannot be limited to new plants",
        ])
        .never_says(&["a rd_grants"]);
    let rent = "format = 2\nname = \"Rent\"\n\n[measures.rent]\nkind = \"rent_subsidy\"\namount = 95\nstart = 2026\n";
    Package::text("rent.toml", rent)
        .check()
        .exits(2)
        .says(&["is out of range for a rent_subsidy measure"]);
    let fiscal = Package::blueprint()
        .set("assumptions.discount_rate", 0.07)
        .run(&["report", "{package}", "-o", "-"]);
    assert!(
        fiscal.stdout.contains("at a real discount rate of 7.0%"),
        "{}",
        fiscal.stdout
    );
}
