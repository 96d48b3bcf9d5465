//! A measure's `label` by language (`label = { en = "…", zh-Hant = "…" }`):
//! each face shows the name for its language; a plain string still works; a
//! language levers does not speak is refused with the ones it does.

use std::path::Path;

use crate::support::{ok, root, run};

const PLAIN: &str = "label = \"San Tin Technopole I&T land\"";
/// An English name found nowhere else in the example (its description and
/// sources mention San Tin too).
const ENGLISH: &str = "San Tin land, labelled by language";
const BOTH: &str =
    "label = { en = \"San Tin land, labelled by language\", zh-Hant = \"新田科技園創科用地\" }";

/// The example package with its San Tin label replaced by `label`.
fn package_with(dir: &Path, label: &str) -> String {
    let text = std::fs::read_to_string(root().join("policies/announced-measures.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains(PLAIN), "the example's San Tin label moved");
    let path = dir.join("labelled.toml");
    std::fs::write(&path, text.replacen(PLAIN, label, 1)).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

#[test]
fn each_language_reads_the_measures_label_in_its_own_words() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = package_with(dir.path(), BOTH);
    ok(&["check", &file]);
    let chinese = ok(&["--lang", "zh-Hant", "report", &file, "-o", "-"]);
    assert!(chinese.contains("新田科技園創科用地"), "{chinese}");
    assert!(
        !chinese.contains(ENGLISH),
        "English label in the Chinese report"
    );
    let english = ok(&["report", &file, "-o", "-"]);
    assert!(english.contains(ENGLISH));
    assert!(!english.contains("新田科技園創科用地"));
    // The same numbers as with a plain label: a label changes no outcome.
    let other = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let plain = package_with(other.path(), PLAIN);
    let a = crate::support::json(&["eval", &file, "--format", "json"]);
    let b = crate::support::json(&["eval", &plain, "--format", "json"]);
    assert_eq!(a["series"], b["series"]);
}

#[test]
fn a_label_in_a_language_levers_does_not_speak_is_refused_with_those_it_does() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = package_with(dir.path(), "label = { fr = \"Terrain de San Tin\" }");
    let result = run(&["check", &file]);
    assert_eq!(result.code, Some(2), "{}", result.stderr);
    assert!(
        result.stderr.contains("unknown key `fr`"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("en, zh-Hant"), "{}", result.stderr);
}

#[test]
fn a_label_by_language_survives_migrate_and_the_schema_accepts_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = package_with(dir.path(), BOTH);
    let out = dir.path().join("migrated.toml");
    ok(&["migrate", &file, "-o", &out.display().to_string()]);
    let written = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        written.contains("zh-Hant = \"新田科技園創科用地\""),
        "{written}"
    );
    let chinese = ok(&[
        "--lang",
        "zh-Hant",
        "report",
        &out.display().to_string(),
        "-o",
        "-",
    ]);
    assert!(chinese.contains("新田科技園創科用地"));
    let schema = ok(&["schema"]);
    assert!(
        schema.contains("\"zh-Hant\""),
        "the schema does not know labels by language"
    );
}
