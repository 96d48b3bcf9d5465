//! The measure editor (`e` on a measure): its name, label, amount — a constant
//! or a schedule edited year by year in a small table (`a` adds a year, `x`
//! removes one) — its start, ramp, end, matching ratio, which firms it pays
//! (rent subsidies and tax concessions) and sector weights.
//! Every change is one undo step, checked by the core's rules first.

use levers_core::measure::{Amount, Eligibility, Measure};
use levers_core::{Label, LeverField, Policy};

use super::action::Action;
use super::editor::EditorContext;
use super::form::{Form, FormState};
use super::numbers::{parse_number, stepped};
use super::timing_rows::{GroupRow, Steps, step_row, type_row};
use levers_report::describe::{describe_value, eligibility};
use levers_report::i18n::Lang;

/// One line of the measure editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MeasureRow {
    Name,
    Label,
    /// The constant amount, or the schedule as a whole.
    Amount,
    /// The i-th year of a schedule.
    Year(usize),
    Timing(GroupRow),
    MatchingRatio,
    /// Every firm, or new plants only (rent subsidies and tax concessions).
    Eligible,
}

impl MeasureRow {
    /// The rows `measure` shows: a schedule has one row per year, a matching
    /// ratio only for kinds that ask firms for money.
    pub fn of(measure: &Measure) -> Vec<MeasureRow> {
        let mut rows = vec![MeasureRow::Name, MeasureRow::Label, MeasureRow::Amount];
        if let Amount::Schedule(points) = &measure.amount {
            rows.extend((0..points.len()).map(MeasureRow::Year));
        }
        rows.extend(GroupRow::ALL[..3].iter().copied().map(MeasureRow::Timing));
        if measure.kind.has_matching_ratio() {
            rows.push(MeasureRow::MatchingRatio);
        }
        if measure.kind.can_limit_to_new_plants() {
            rows.push(MeasureRow::Eligible);
        }
        if measure.kind.targets_sectors() {
            rows.extend(GroupRow::ALL[3..].iter().copied().map(MeasureRow::Timing));
        }
        rows
    }

    /// The row's value as text, in `lang`.
    pub fn value_text(self, lang: Lang, measure: &Measure) -> String {
        let field = measure.kind.field();
        match self {
            MeasureRow::Name => measure.name.clone(),
            MeasureRow::Label => measure
                .label
                .as_ref()
                .map_or_else(|| "–".into(), |l| l.for_language(lang.tag()).to_string()),
            MeasureRow::Amount => match &measure.amount {
                Amount::Constant(value) => describe_value(lang, field, *value),
                Amount::Schedule(points) if points.len() == 1 => lang.text("editor-schedule-one"),
                Amount::Schedule(points) => {
                    lang.format("editor-schedule", &[("years", &points.len().to_string())])
                }
            },
            MeasureRow::Year(i) => match &measure.amount {
                Amount::Schedule(points) => points.get(i).map_or_else(String::new, |(y, v)| {
                    format!("{y}: {}", describe_value(lang, field, *v))
                }),
                Amount::Constant(_) => String::new(),
            },
            MeasureRow::Timing(row) => row.text_of(lang, &measure.timing, measure.sector_weights),
            MeasureRow::MatchingRatio => measure
                .matching_ratio
                .map_or_else(|| lang.text("editor-model-default"), |r| format!("{r}")),
            MeasureRow::Eligible => eligibility(lang, measure.eligible),
        }
    }
}

/// The measure editor's state: which measure (by index in the package) and
/// where in the form.
#[derive(Clone, Debug, PartialEq)]
pub struct MeasureEditor {
    pub index: usize,
    pub form: FormState,
}

impl MeasureEditor {
    pub fn new(index: usize) -> MeasureEditor {
        MeasureEditor {
            index,
            form: FormState::default(),
        }
    }

    /// The editor open on `row`, typing its text.
    pub fn typing(context: &EditorContext, index: usize, row: MeasureRow) -> MeasureEditor {
        let mut editor = MeasureEditor::new(index);
        if let Some(measure) = context.policy.measures.get(index) {
            editor.form.row = MeasureRow::of(measure)
                .iter()
                .position(|r| *r == row)
                .unwrap_or(0);
            editor.form.typing = Some(editor.initial_text(context));
        }
        editor
    }

    /// The measure edited, in `policy` (none once removed, e.g. by an undo).
    pub fn measure<'a>(&self, policy: &'a Policy) -> Option<&'a Measure> {
        policy.measures.get(self.index)
    }

    pub fn selected_row(&self, context: &EditorContext) -> Option<MeasureRow> {
        let rows = MeasureRow::of(self.measure(context.policy)?);
        rows.get(self.form.row.min(rows.len().saturating_sub(1)))
            .copied()
    }

    /// The package with `change` made to this measure.
    fn changed(&self, context: &EditorContext, change: impl FnOnce(&mut Measure)) -> Policy {
        let mut candidate = context.policy.clone();
        if let Some(measure) = candidate.measures.get_mut(self.index) {
            change(measure);
        }
        candidate
    }
}

/// A value stepped within the kind's range, on the kind's grid.
fn step_value(field: LeverField, value: f64, steps: i32, big: bool) -> f64 {
    let spec = field.spec();
    let step = if big { spec.big_step } else { spec.step };
    stepped(
        value,
        f64::from(steps) * step,
        spec.step,
        spec.min,
        spec.max,
    )
}

/// `2028=20` (a year and its value) or `20` (a value only); a refusal in
/// `lang` when it is neither.
fn year_and_value(lang: Lang, text: &str) -> Result<(Option<i32>, f64), String> {
    let (year, value) = match text.split_once('=') {
        Some((year, value)) => {
            let year = year.trim();
            let year = year
                .parse::<i32>()
                .map_err(|_| lang.format("refusal-year-of-schedule", &[("text", year)]))?;
            (Some(year), value)
        }
        None => (None, text),
    };
    let value = parse_number(value).ok_or_else(|| lang.text("refusal-amount"))?;
    Ok((year, value))
}

/// Puts `value` at `year` in a schedule, replacing that year's value.
fn put(points: &mut Vec<(i32, f64)>, year: i32, value: f64) {
    match points.binary_search_by_key(&year, |p| p.0) {
        Ok(i) => points[i].1 = value,
        Err(i) => points.insert(i, (year, value)),
    }
}

impl Form for MeasureEditor {
    fn state(&mut self) -> &mut FormState {
        &mut self.form
    }

    fn row_count(&self, context: &EditorContext) -> usize {
        self.measure(context.policy)
            .map_or(0, |m| MeasureRow::of(m).len())
    }

    fn step(&self, context: &EditorContext, steps: i32, big: bool) -> Option<Policy> {
        let row = self.selected_row(context)?;
        let field = self.measure(context.policy)?.kind.field();
        let span = (context.baseline.first_policy_year(), context.policy.horizon);
        match row {
            MeasureRow::Name | MeasureRow::Label => None,
            MeasureRow::Amount => Some(self.changed(context, |m| match &mut m.amount {
                Amount::Constant(value) => *value = step_value(field, *value, steps, big),
                Amount::Schedule(points) => {
                    for point in points {
                        point.1 = step_value(field, point.1, steps, big);
                    }
                }
            })),
            MeasureRow::Year(i) => Some(self.changed(context, |m| {
                if let Amount::Schedule(points) = &mut m.amount
                    && let Some(point) = points.get_mut(i)
                {
                    point.1 = step_value(field, point.1, steps, big);
                }
            })),
            MeasureRow::Timing(row) => Some(self.changed(context, |m| {
                step_row(
                    row,
                    &mut m.timing,
                    &mut m.sector_weights,
                    Steps { steps, big },
                    span,
                );
            })),
            MeasureRow::MatchingRatio => Some(self.changed(context, |m| {
                let current = m.matching_ratio.unwrap_or(1.0);
                m.matching_ratio =
                    Some(step_value(LeverField::CofundingRatio, current, steps, big));
            })),
            // Two choices: either arrow turns to the other one.
            MeasureRow::Eligible => Some(self.changed(context, |m| {
                m.eligible = match m.eligible {
                    Eligibility::AllFirms => Eligibility::NewPlants,
                    Eligibility::NewPlants => Eligibility::AllFirms,
                };
            })),
        }
    }

    fn zero(&self, context: &EditorContext) -> Option<Policy> {
        match self.selected_row(context)? {
            MeasureRow::Amount => Some(self.changed(context, |m| m.amount = Amount::Constant(0.0))),
            MeasureRow::Year(i) => Some(self.changed(context, |m| {
                if let Amount::Schedule(points) = &mut m.amount
                    && let Some(point) = points.get_mut(i)
                {
                    point.1 = 0.0;
                }
            })),
            MeasureRow::Label => Some(self.changed(context, |m| m.label = None)),
            MeasureRow::MatchingRatio => Some(self.changed(context, |m| m.matching_ratio = None)),
            MeasureRow::Eligible => {
                Some(self.changed(context, |m| m.eligible = Eligibility::AllFirms))
            }
            MeasureRow::Timing(GroupRow::End) => {
                Some(self.changed(context, |m| m.timing.end = None))
            }
            MeasureRow::Timing(GroupRow::Weight(i)) => Some(self.changed(context, |m| {
                let mut weights = m.sector_weights.unwrap_or([1.0; 5]);
                weights[i] = 0.0;
                m.sector_weights = Some(weights);
            })),
            MeasureRow::Name | MeasureRow::Timing(_) => None,
        }
    }

    fn typed(&self, context: &EditorContext, text: &str) -> Result<Policy, String> {
        let lang = context.lang;
        let row = self
            .selected_row(context)
            .ok_or_else(|| lang.text("refusal-measure-gone"))?;
        let text = text.trim();
        match row {
            MeasureRow::Name => {
                if context
                    .policy
                    .measures
                    .iter()
                    .enumerate()
                    .any(|(i, m)| i != self.index && m.name == text)
                {
                    return Err(lang.format("refusal-name-in-use", &[("name", text)]));
                }
                Ok(self.changed(context, |m| m.name = text.to_string()))
            }
            MeasureRow::Label => {
                let tag = lang.tag();
                Ok(self.changed(context, |m| m.label = relabelled(m.label.take(), tag, text)))
            }
            MeasureRow::Amount => {
                let (year, value) = year_and_value(lang, text)?;
                Ok(self.changed(context, |m| match (year, &mut m.amount) {
                    (None, amount) => *amount = Amount::Constant(value),
                    (Some(year), Amount::Schedule(points)) => put(points, year, value),
                    (Some(year), Amount::Constant(constant)) => {
                        let mut points = Vec::new();
                        if year > m.timing.start {
                            points.push((m.timing.start, *constant));
                        }
                        put(&mut points, year, value);
                        m.amount = Amount::Schedule(points);
                    }
                }))
            }
            MeasureRow::Year(i) => {
                let (year, value) = year_and_value(lang, text)?;
                Ok(self.changed(context, |m| {
                    if let Amount::Schedule(points) = &mut m.amount
                        && i < points.len()
                    {
                        let old_year = points[i].0;
                        points.remove(i);
                        put(points, year.unwrap_or(old_year), value);
                    }
                }))
            }
            MeasureRow::Timing(row) => {
                let mut measure = self
                    .measure(context.policy)
                    .cloned()
                    .ok_or_else(|| lang.text("refusal-measure-gone"))?;
                type_row(
                    lang,
                    row,
                    text,
                    &mut measure.timing,
                    &mut measure.sector_weights,
                )?;
                Ok(self.changed(context, |m| *m = measure))
            }
            MeasureRow::MatchingRatio => {
                let ratio = if text.is_empty() || text.eq_ignore_ascii_case("default") {
                    None
                } else {
                    Some(parse_number(text).ok_or_else(|| {
                        let range = lang.lever_range(LeverField::CofundingRatio);
                        lang.format("refusal-matching-ratio", &[("range", &range)])
                    })?)
                };
                Ok(self.changed(context, |m| m.matching_ratio = ratio))
            }
            MeasureRow::Eligible => {
                let eligible = Eligibility::ALL
                    .into_iter()
                    .find(|e| text == e.key() || text == eligibility(lang, *e))
                    .ok_or_else(|| lang.text("refusal-eligible"))?;
                Ok(self.changed(context, |m| m.eligible = eligible))
            }
        }
    }

    fn initial_text(&self, context: &EditorContext) -> String {
        match (self.selected_row(context), self.measure(context.policy)) {
            (Some(MeasureRow::Name), Some(m)) => m.name.clone(),
            (Some(MeasureRow::Label), Some(m)) => m
                .label
                .as_ref()
                .map(|l| l.for_language(context.lang.tag()).to_string())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn extra(&mut self, context: &EditorContext, action: Action) -> Option<Result<Policy, String>> {
        let measure = self.measure(context.policy)?;
        let row = self.selected_row(context)?;
        match action {
            Action::AddYear => {
                let (candidate, new_row) = self.with_year_added(context, measure);
                self.form.row = new_row;
                Some(Ok(candidate))
            }
            Action::RemoveYear => match (row, &measure.amount) {
                (MeasureRow::Year(i), Amount::Schedule(points)) => {
                    let mut points = points.clone();
                    let removed = points.remove(i.min(points.len().saturating_sub(1)));
                    Some(Ok(self.changed(context, |m| {
                        m.amount = if points.is_empty() {
                            Amount::Constant(removed.1)
                        } else {
                            Amount::Schedule(points)
                        };
                    })))
                }
                _ => Some(Err(context.lang.text("refusal-remove-year"))),
            },
            _ => None,
        }
    }

    fn is_open(&self, context: &EditorContext) -> bool {
        self.measure(context.policy).is_some()
    }
}

impl MeasureEditor {
    /// The package with one more year in the measure's schedule (a constant
    /// becomes a one-year schedule from its start: the same numbers), and the
    /// row of the new year.
    fn with_year_added(&self, context: &EditorContext, measure: &Measure) -> (Policy, usize) {
        let points = match &measure.amount {
            Amount::Constant(value) => vec![(measure.timing.start, *value)],
            Amount::Schedule(points) => {
                let mut points = points.clone();
                let (year, value) = points
                    .last()
                    .copied()
                    .unwrap_or((measure.timing.start - 1, 0.0));
                points.push((year + 1, value));
                points
            }
        };
        let last_year_row = 3 + points.len() - 1;
        let candidate = self.changed(context, |m| m.amount = Amount::Schedule(points));
        (candidate, last_year_row)
    }
}

/// `label` with the name for the language tagged `tag` set to `text`: a
/// plain label is replaced, a label in several languages keeps the others;
/// empty text removes that language's name (the whole label when none is left).
fn relabelled(label: Option<Label>, tag: &str, text: &str) -> Option<Label> {
    match label {
        Some(mut label) if !label.is_plain() => {
            label
                .translations
                .retain(|(language, _)| !language.eq_ignore_ascii_case(tag));
            if !text.is_empty() {
                label.translations.push((tag.to_string(), text.to_string()));
            }
            let default = label
                .translations
                .iter()
                .find(|(language, _)| language == "en")
                .or(label.translations.first())
                .map(|(_, t)| t.clone())?;
            label.text = default;
            Some(label)
        }
        _ => (!text.is_empty()).then(|| Label::from(text)),
    }
}
