//! Two languages in one process at once, through the library rather than the
//! binary: the language is passed to every function that words something,
//! never kept as a process-wide setting, so `eval`'s table and `report`'s
//! document rendered in Traditional Chinese and in English on two threads at
//! the same moment each come out whole in their own language. (With a global
//! language one thread's setting would leak into the other's output.)

use std::sync::Barrier;

use levers_report::Evaluated;
use levers_report::document;
use levers_report::i18n::Lang;
use levers_report::table;

use crate::support::{baseline, load, ok};

const BLUEPRINT: &str = "policies/blueprint-2032.toml";

#[test]
fn eval_and_report_in_two_languages_on_two_threads_at_once_each_keep_their_own() {
    let baseline = baseline();
    let policy = load(BLUEPRINT, &baseline);
    let projection = levers_core::project(&baseline, &policy);
    let evaluated = Evaluated {
        file: BLUEPRINT.to_string(),
        policy: &policy,
        projection: &projection,
    };
    let render = |lang: Lang| {
        let input = document::Input {
            baseline: &baseline,
            main: &evaluated,
            against: &[],
            charts: &[],
            uncertainty: None,
            discovery: None,
            discovery_lead: None,
        };
        (
            table::package(lang, &evaluated, false),
            document::markdown(lang, &input),
        )
    };
    // Alone, one after the other: what each language must give.
    let english = render(Lang::En);
    let chinese = render(Lang::ZhHant);
    let heading = |lang: Lang| format!("## {}", lang.text("report-in-brief"));
    assert!(english.1.contains(&heading(Lang::En)), "{}", english.1);
    assert!(chinese.1.contains(&heading(Lang::ZhHant)), "{}", chinese.1);
    assert!(!chinese.1.contains(&heading(Lang::En)));
    assert!(english.0.contains(&Lang::En.text("table-year")));
    assert!(chinese.0.contains(&Lang::ZhHant.text("table-year")));
    assert!(!english.0.contains(&Lang::ZhHant.text("table-year")));

    // Both at once, started together, several times over.
    let barrier = Barrier::new(2);
    std::thread::scope(|scope| {
        let runs = [(Lang::En, &english), (Lang::ZhHant, &chinese)].map(|(lang, alone)| {
            let (barrier, render) = (&barrier, &render);
            scope.spawn(move || {
                barrier.wait();
                for round in 0..8 {
                    assert!(render(lang) == *alone, "{} round {round}", lang.tag());
                }
            })
        });
        for run in runs {
            assert!(
                run.join().is_ok(),
                "a thread's output was not its own language"
            );
        }
    });
}

/// JSON and CSV are machine outputs: `--lang` words the tables, never them.
/// (Two packages of one name, so the titles carry the file in brackets,
/// which Chinese writes full-width.)
#[test]
fn compare_writes_its_json_and_csv_in_english_whatever_the_language() {
    let files = [
        "policies/blueprint-2032.toml",
        "policies/blueprint-2032.toml",
    ];
    for format in ["json", "csv"] {
        let english = ok(&["compare", files[0], files[1], "--format", format]);
        let chinese = ok(&[
            "--lang", "zh-Hant", "compare", files[0], files[1], "--format", format,
        ]);
        assert_eq!(chinese, english, "{format}");
    }
    let english = ok(&["compare", files[0], files[1]]);
    let chinese = ok(&["--lang", "zh-Hant", "compare", files[0], files[1]]);
    assert_ne!(
        chinese, english,
        "the table is worded in the language asked for"
    );
}
