//! Reading a policy file: structure and types here (with positions), value rules
//! in the core ([`Policy::problems`]), each problem tied back to its line.

use std::collections::BTreeMap;
use std::ops::Range;

use levers_core::policy::{DEFAULT_HORIZON, MAX_HORIZON, SUPPORTED_FORMATS};
use levers_core::problem_kind::{DataFile, Expected};
use levers_core::{Baseline, Budget, Funding, ParamId, Policy, ProblemKind, Sector, Target};
use toml::de::DeValue;

use crate::diagnostic::{Diagnostic, Diagnostics, suggest};
use crate::toml_reader::{Reader, Value, get, join};

const ROOT_KEYS: [&str; 8] = [
    "format",
    "name",
    "description",
    "horizon",
    "target",
    "budget",
    "levers",
    "assumptions",
];
/// Format 2 holds `[measures.*]` where format 1 held `[levers.*]`.
fn root_keys(format: i64) -> [&'static str; 8] {
    let mut keys = ROOT_KEYS;
    if format == 2 {
        keys[6] = "measures";
    }
    keys
}

/// Reads the policy in `source` (named `file` in messages) against `baseline`.
pub fn parse_policy(file: &str, source: &str, baseline: &Baseline) -> Result<Policy, Diagnostics> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let (mut reader, root) = Reader::parse(file, source).map_err(|d| name_duplicates(source, d))?;
    let Some(format) = reader.format(&root, DataFile::Policy, &SUPPORTED_FORMATS) else {
        return Err(reader.into_problems());
    };
    let table = root.get_ref();
    reader.check_keys(table, "", &root_keys(format));
    let mut policy = Policy::status_quo();
    policy.horizon = DEFAULT_HORIZON;
    if let Some(value) = reader.require(&root, "", "name", Expected::Text) {
        policy.name = reader.text(value, "name").unwrap_or_default();
    }
    if let Some(value) = get(table, "description") {
        policy.description = reader.text(value, "description").unwrap_or_default();
    }
    if let Some(value) = get(table, "horizon") {
        let expected = Expected::Year {
            first: baseline.first_policy_year(),
            last: MAX_HORIZON,
        };
        policy.horizon = reader
            .year(value, "horizon", expected)
            .unwrap_or(DEFAULT_HORIZON);
    }
    if let Some(value) = get(table, "target") {
        policy.target = read_target(&mut reader, value);
    }
    if let Some(value) = get(table, "budget") {
        policy.budget = read_budget(&mut reader, value);
    }
    let mut paths = super::read_format_one::FormatOnePaths::default();
    if let Some(value) = get(table, "levers")
        && format == 1
    {
        (policy.measures, paths) =
            super::read_format_one::read_levers(&mut reader, value, baseline);
    }
    if let Some(value) = get(table, "measures")
        && format == 2
    {
        policy.measures = super::read_measures::read_measures(&mut reader, value, baseline);
    }
    if let Some(value) = get(table, "assumptions") {
        policy.assumptions = read_assumptions(&mut reader, value, baseline);
    }
    // Every value rule is checked, but those reading a key that failed to read.
    let unread = reader.failed_keys().clone();
    if !reader.has_keyless_problem() {
        let mut reported = std::collections::HashSet::new();
        for problem in policy.problems(baseline) {
            // A format-1 group read as two measures breaks a timing rule twice.
            let path = paths.file_path(&problem.path);
            if super::unread::depends_on_any(&path, &problem.kind, &unread)
                || !reported.insert((path.clone(), format!("{:?}", problem.kind)))
            {
                continue;
            }
            let (path, kind) = blame_written(&reader.spans, policy.horizon, path, problem.kind);
            let span = span_of(&reader.spans, &path);
            reader.push(Diagnostic::problem(file, span, kind).key(path));
        }
    }
    reader.finish()?;
    Ok(policy)
}

/// TOML's "duplicate key" made specific for a measure defined twice: its name
/// and the line where it was first defined.
fn name_duplicates(source: &str, mut diagnostics: Diagnostics) -> Diagnostics {
    for diagnostic in &mut diagnostics.0 {
        let Some(line) = diagnostic.source_line.as_deref().map(str::trim) else {
            continue;
        };
        let Some(name) = line
            .strip_prefix("[measures.")
            .and_then(|rest| rest.strip_suffix(']'))
        else {
            continue;
        };
        let duplicate = matches!(&diagnostic.problem,
            Some(ProblemKind::NotValidToml { message }) if message.ends_with("duplicate key"));
        if !duplicate {
            continue;
        }
        // The first line that defines the measure, in any form TOML allows:
        // `[measures.a]`, `[measures.a.timing]`, `measures.a = {…}`, `measures.a.kind = …`.
        let defines = |text: &str| {
            let text = text.trim_start();
            let text = text.strip_prefix('[').map_or(text, str::trim_start);
            text.strip_prefix("measures.")
                .and_then(|rest| rest.strip_prefix(name))
                .is_some_and(|rest| rest.trim_start().starts_with([']', '=', '.']))
        };
        let first = source.lines().position(defines).map_or(0, |i| i + 1);
        diagnostic.problem = Some(ProblemKind::DuplicateMeasure {
            name: name.to_string(),
            first_line: Some(first),
        });
        diagnostic.key = Some(format!("measures.{name}"));
    }
    diagnostics
}

/// A rule broken by a value the file did not write is put to the key that
/// was written: a target year outside the projection when no target year is
/// written is the horizon's doing (the default target year is after it).
fn blame_written(
    spans: &BTreeMap<String, Range<usize>>,
    horizon: i32,
    path: String,
    kind: ProblemKind,
) -> (String, ProblemKind) {
    if path != "target.year" || spans.contains_key("target.year") {
        return (path, kind);
    }
    match kind.blamed_on_horizon(horizon, false) {
        blamed @ ProblemKind::HorizonBeforeTarget { .. } => ("horizon".to_string(), blamed),
        kind => (path, kind),
    }
}

/// The span of `path`, or of its nearest enclosing key that has one.
fn span_of(spans: &BTreeMap<String, Range<usize>>, path: &str) -> Range<usize> {
    let mut path = path;
    loop {
        if let Some(span) = spans.get(path) {
            return span.clone();
        }
        match path.rsplit_once('.') {
            Some((parent, _)) => path = parent,
            None => return 0..0,
        }
    }
}

fn read_target(reader: &mut Reader<'_>, value: &Value<'_>) -> Target {
    let mut target = Target::default();
    let Some(table) = reader.table(value, "target") else {
        return target;
    };
    reader.check_keys(table, "target", &["manufacturing_share_pct", "year"]);
    if let Some(v) = get(table, "manufacturing_share_pct") {
        let path = "target.manufacturing_share_pct";
        target.share_pct = reader
            .number(v, path, Expected::TargetShare)
            .unwrap_or(target.share_pct);
    }
    if let Some(v) = get(table, "year") {
        target.year = reader
            .year(v, "target.year", Expected::YearInProjection)
            .unwrap_or(target.year);
    }
    target
}

fn read_budget(reader: &mut Reader<'_>, value: &Value<'_>) -> Budget {
    let mut budget = Budget::default();
    let Some(table) = reader.table(value, "budget") else {
        return budget;
    };
    reader.check_keys(table, "budget", &["cap_hkd_bn_per_year", "funding"]);
    if let Some(v) = get(table, "cap_hkd_bn_per_year") {
        let expected = Expected::BudgetCap;
        budget.cap_hkd_bn_per_year = reader.number(v, "budget.cap_hkd_bn_per_year", expected);
    }
    if let Some(v) = get(table, "funding")
        && let Some(funding) = reader.choice(v, "budget.funding", Funding::ALL, Funding::key)
    {
        budget.funding = funding;
    }
    budget
}

fn read_assumptions(
    reader: &mut Reader<'_>,
    value: &Value<'_>,
    baseline: &Baseline,
) -> Vec<(ParamId, f64)> {
    let mut found = Vec::new();
    let Some(table) = reader.table(value, "assumptions") else {
        return found;
    };
    let names: Vec<String> = ParamId::all().map(ParamId::name).collect();
    let mut entries: Vec<(String, &Value<'_>, Range<usize>)> = Vec::new();
    for (key, v) in table {
        let key_text = key.get_ref().as_ref();
        match (v.get_ref(), Sector::from_key(key_text)) {
            (DeValue::Table(sector_table), Some(_)) => {
                for (field, fv) in sector_table {
                    entries.push((format!("{key_text}.{}", field.get_ref()), fv, field.span()));
                }
            }
            _ => entries.push((key_text.to_string(), v, key.span())),
        }
    }
    // `"nev.growth" = 1` and `nev.growth = 2` are two TOML keys but one
    // parameter: which one wins would be an accident of the reading order.
    entries.sort_by_key(|(_, _, span)| span.start);
    let mut first_at = std::collections::BTreeMap::<String, Range<usize>>::new();
    for (name, v, key_span) in entries {
        let path = join("assumptions", &name);
        if let Some(first) = first_at.get(&name) {
            let (line, column) = reader.line_column(first.start);
            let twice = ProblemKind::AssumptionSetTwice {
                name: name.clone(),
                line,
                column,
            };
            reader.push_problem(key_span, &path, twice);
            continue;
        }
        first_at.insert(name.clone(), key_span.clone());
        let Some(id) = ParamId::from_name(&name) else {
            let unknown = ProblemKind::UnknownParameter { name: name.clone() };
            let diagnostic = Diagnostic::problem(reader.file(), key_span, unknown)
                .key(&path)
                .suggestion(suggest(&name, names.iter().map(String::as_str)));
            reader.push(diagnostic);
            continue;
        };
        let spec = baseline.spec(id);
        let expected = Expected::Number {
            low: spec.low.to_string(),
            high: spec.high.to_string(),
        };
        if let Some(number) = reader.number(v, &path, expected) {
            found.push((id, number));
        }
    }
    found.sort_by_key(|(id, _)| *id);
    found
}
