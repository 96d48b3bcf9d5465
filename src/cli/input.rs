//! Reading what a command works on: the baseline, and packages — one file,
//! `-` for standard input, or a stack written `a.toml+b.toml`.

use std::path::{Path, PathBuf};

use levers_core::analysis::stack;
use levers_core::{Baseline, Policy, Projection, project};
use levers_files::{baseline_file, fsio, load_policy, policy_file};
use levers_report::Evaluated;

use super::Failure;
use super::console::detail;
use levers_report::i18n::Lang;

/// The baseline in force: a user's file if given, else the embedded one.
pub fn load_baseline(lang: Lang, path: Option<&Path>) -> Result<Baseline, Failure> {
    match path {
        Some(path) => {
            let text = fsio::read_text(path)?;
            let baseline = baseline_file::parse_baseline(&path.display().to_string(), &text)?;
            // Within its physical bounds, a data file may still combine values
            // the model cannot use: the status quo and the default package
            // must project to possible numbers before any command runs.
            let default = levers_files::default_package(&baseline)
                .map_err(Failure::embedded("default package"))?;
            for policy in [Policy::status_quo(), default] {
                if let Err(Failure::Internal(why) | Failure::Invalid(why)) =
                    project_checked(lang, &baseline, &policy)
                {
                    return Err(Failure::Internal(format!("{}: {why}", path.display())));
                }
            }
            Ok(baseline)
        }
        None => baseline_file::embedded().map_err(Failure::embedded("baseline")),
    }
}

/// The projection of `policy`, or an error (exit 1) saying what in it is
/// impossible (NaN, a share above 100 %, negative jobs): never a printed number.
pub fn project_checked(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
) -> Result<Projection, Failure> {
    let projection = project(baseline, policy);
    match levers_core::bounds::impossible(&projection) {
        Some(what) => Err(Failure::Internal(lang.format(
            "impossible",
            &[
                (
                    "what",
                    &lang.text(&format!("impossible-{}", what.quantity.key())),
                ),
                ("year", &what.year.to_string()),
                ("value", &what.value.to_string()),
            ],
        ))),
        None => Ok(projection),
    }
}

/// Loads every file, reporting all that fail before giving up.
pub fn load_all(
    lang: Lang,
    baseline: &Baseline,
    files: &[PathBuf],
) -> Result<Vec<Policy>, Failure> {
    let stdins = files.iter().filter(|f| levers_files::load::is_stdin(f));
    if stdins.count() > 1 {
        return Err(Failure::Invalid(lang.text("stdin-twice")));
    }
    let mut policies = Vec::new();
    let mut errors = Vec::new();
    for file in files {
        detail(&format!("reading {}", file.display()));
        match load(lang, file, baseline) {
            Ok(policy) => policies.push(policy),
            Err(failure) => errors.push(failure),
        }
    }
    if errors.is_empty() {
        Ok(policies)
    } else {
        Err(Failure::joined(lang, errors))
    }
}

/// A budget in words: "cap HK$60.0 bn a year, from reserves".
fn budget_words(lang: Lang, budget: &levers_core::policy::Budget) -> String {
    let cap = budget.cap_hkd_bn_per_year.map_or_else(
        || lang.text("stack-budget-no-cap"),
        |cap| {
            lang.format(
                "stack-budget-cap",
                &[("cap", &levers_report::format::money_bn(lang, cap))],
            )
        },
    );
    let funding = lang.text(&format!("funding-{}", budget.funding.key()));
    lang.format(
        "stack-budget-words",
        &[("cap", &cap), ("funding", &funding)],
    )
}

/// Reads `FILE`, or, when no such file exists and the name joins several with
/// `+`, each of them stacked left to right (`a.toml+b.toml`: b on top of a; see
/// `levers_core::analysis::stack` for the rule). Conflicts — the same lever
/// field set to different values, a different budget (the top one's is kept)
/// — are warned about on stderr; a stacked package that breaks a rule is an
/// error.
pub fn load(lang: Lang, file: &Path, baseline: &Baseline) -> Result<Policy, Failure> {
    let name = file.display().to_string();
    let parts: Vec<&str> = name.split('+').collect();
    if parts.len() < 2 || fsio::is_file(file) {
        return Ok(load_policy(file, baseline)?);
    }
    let mut stacked: Option<Policy> = None;
    let mut errors = Vec::new();
    let mut below_name = String::new();
    let mut owners: Vec<(String, &str)> = Vec::new();
    for part in &parts {
        let policy = match load_policy(Path::new(part), baseline) {
            Ok(policy) => policy,
            Err(diagnostics) => {
                errors.push(crate::shown::diagnostics(lang, &diagnostics));
                continue;
            }
        };
        stacked = Some(match stacked {
            None => policy,
            Some(below) => {
                let result = stack(&below, &policy);
                for name in &result.clashes {
                    let below_file = owners.iter().find(|(n, _)| n == name).map_or("", |o| o.1);
                    errors.push(format!(
                        "{}: error: measure `{name}` is defined in both {below_file} and {part} (also at {}); stacking merges measures by name, so each name must be used once: rename one of them",
                        measure_place(below_file, name),
                        measure_place(part, name),
                    ));
                }
                for conflict in &result.conflicts {
                    super::console::tell(&lang.format(
                        "stack-dial-conflict",
                        &[
                            ("above_file", part),
                            ("field", &format!("levers.{}", conflict.field.path())),
                            ("above", &conflict.above.to_string()),
                            ("below", &conflict.below.to_string()),
                            ("below_file", &below_name),
                        ],
                    ));
                }
                if let Some(replaced) = &result.budget_replaced {
                    super::console::tell(&lang.format(
                        "stack-budget",
                        &[
                            ("above_file", part),
                            ("above", &budget_words(lang, &policy.budget)),
                            ("below", &budget_words(lang, replaced)),
                            ("below_file", &below_name),
                        ],
                    ));
                }
                result.policy
            }
        });
        if let Some(top) = &stacked {
            for measure in &top.measures {
                if !owners.iter().any(|(n, _)| *n == measure.name) {
                    owners.push((measure.name.clone(), *part));
                }
            }
        }
        below_name = if below_name.is_empty() {
            (*part).to_string()
        } else {
            format!("{below_name}+{part}")
        };
    }
    if !errors.is_empty() {
        return Err(Failure::Invalid(errors.join("\n")));
    }
    let policy =
        stacked.ok_or_else(|| Failure::Invalid(format!("{name}: no packages to stack")))?;
    let problems = policy.problems(baseline);
    if problems.is_empty() {
        Ok(policy)
    } else {
        Err(Failure::Invalid(
            problems
                .iter()
                .map(|p| {
                    let worded = lang.problem(&p.kind);
                    format!(
                        "{name}: error: {}: {}; expected {}",
                        p.path, worded.message, worded.expected
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ))
    }
}

/// `file:line:column` of `[measures.<name>]` in `file` (or just the file).
fn measure_place(file: &str, name: &str) -> String {
    let text = fsio::read_text(Path::new(file)).unwrap_or_default();
    policy_file::measure_position(&text, name).map_or_else(
        || file.to_string(),
        |(line, column)| format!("{file}:{line}:{column}"),
    )
}

/// Packages read (each possibly a stack) and projected, in the order given.
pub struct Projected {
    files: Vec<String>,
    pub policies: Vec<Policy>,
    pub projections: Vec<Projection>,
}

impl Projected {
    /// Reads every file (reporting all that fail) and projects each package.
    pub fn load(lang: Lang, baseline: &Baseline, files: &[PathBuf]) -> Result<Projected, Failure> {
        let policies = load_all(lang, baseline, files)?;
        let projections = policies
            .iter()
            .map(|p| project_checked(lang, baseline, p))
            .collect::<Result<_, _>>()?;
        Ok(Projected {
            files: files.iter().map(|f| f.display().to_string()).collect(),
            policies,
            projections,
        })
    }

    /// One package, if `file` is given (`--against`).
    pub fn optional(
        lang: Lang,
        baseline: &Baseline,
        file: Option<&Path>,
    ) -> Result<Projected, Failure> {
        let files: Vec<PathBuf> = file.into_iter().map(Path::to_path_buf).collect();
        Projected::load(lang, baseline, &files)
    }

    /// Each package ready to report, under the name it was given by.
    pub fn evaluated(&self) -> Vec<Evaluated<'_>> {
        self.files
            .iter()
            .zip(&self.policies)
            .zip(&self.projections)
            .map(|((file, policy), projection)| Evaluated {
                file: file.clone(),
                policy,
                projection,
            })
            .collect()
    }
}
