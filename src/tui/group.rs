//! The per-group editor: a lever group's (its measures') start year, ramp, end year and sector
//! weights, stepped or typed, each change checked by the core's rules.

use levers_core::dials::GroupTiming;
use levers_core::policy::{MAX_RAMP_YEARS, MAX_SECTOR_WEIGHT};
use levers_core::{LeverGroup, MANUFACTURING_COUNT, Policy, Problem, Sector, Timing};

use super::action::Action;
use super::app::{App, Mode};
use super::edit::{parse_number, stepped};
use super::files::Effect;
use super::labels;
use super::text_input;
use levers_report::i18n::Lang;

/// One line of the group editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupRow {
    Start,
    Ramp,
    End,
    Weight(usize),
}

impl GroupRow {
    pub const ALL: [GroupRow; 3 + MANUFACTURING_COUNT] = [
        GroupRow::Start,
        GroupRow::Ramp,
        GroupRow::End,
        GroupRow::Weight(0),
        GroupRow::Weight(1),
        GroupRow::Weight(2),
        GroupRow::Weight(3),
        GroupRow::Weight(4),
    ];

    pub fn label(self) -> String {
        match self {
            GroupRow::Start => "Start year".into(),
            GroupRow::Ramp => "Ramp (years)".into(),
            GroupRow::End => "End year".into(),
            GroupRow::Weight(i) => format!(
                "Weight: {}",
                levers_report::i18n::Lang::En.sector(Sector::MANUFACTURING[i])
            ),
        }
    }

    /// The key of this row in a measure's table, which the validator names
    /// problems by (`start`, `sectors.nev`).
    fn key(self) -> String {
        match self {
            GroupRow::Start => "start".to_string(),
            GroupRow::Ramp => "ramp_years".to_string(),
            GroupRow::End => "end".to_string(),
            GroupRow::Weight(i) => format!("sectors.{}", Sector::MANUFACTURING[i].key()),
        }
    }

    /// The row's value as text, in `lang`: `2025`, `none`, `1 (all equal)`.
    pub fn value_text(self, lang: Lang, lever: Option<&GroupTiming>) -> String {
        let Some(lever) = lever else {
            return "–".into();
        };
        self.text_of(lang, &lever.timing, lever.sector_weights)
    }

    /// The row's value for a timing and targeting, in `lang`: `2025`, `none`,
    /// `1 (all equal)`.
    pub fn text_of(
        self,
        lang: Lang,
        timing: &Timing,
        weights: Option<[f64; MANUFACTURING_COUNT]>,
    ) -> String {
        match self {
            GroupRow::Start => timing.start.to_string(),
            GroupRow::Ramp => timing.ramp_years.to_string(),
            GroupRow::End => timing
                .end
                .map_or_else(|| lang.text("editor-no-end"), |e| e.to_string()),
            GroupRow::Weight(i) => {
                weights.map_or_else(|| lang.text("editor-all-equal"), |w| format!("{}", w[i]))
            }
        }
    }
}

/// One press of ←/→ (±1), big or small.
#[derive(Clone, Copy, Debug)]
pub struct Steps {
    pub steps: i32,
    pub big: bool,
}

/// Steps a timing or targeting row, keeping start, ramp and end inside
/// `(first, horizon)` and in order.
pub fn step_row(
    row: GroupRow,
    timing: &mut Timing,
    sector_weights: &mut Option<[f64; MANUFACTURING_COUNT]>,
    Steps { steps, big }: Steps,
    (first, horizon): (i32, i32),
) {
    let years = if big { 5 } else { 1 };
    match row {
        GroupRow::Start => {
            timing.start = (timing.start + steps * years).clamp(first, horizon);
            let room = u32::try_from(horizon - timing.start).unwrap_or(0);
            timing.ramp_years = timing.ramp_years.min(room);
            if let Some(end) = timing.end {
                timing.end = Some(end.max(timing.start));
            }
        }
        GroupRow::Ramp => {
            let room = u32::try_from(horizon - timing.start).unwrap_or(0);
            let ramp = i64::from(timing.ramp_years) + i64::from(steps * years);
            let ramp = u32::try_from(ramp.max(0)).unwrap_or(0);
            timing.ramp_years = ramp.min(MAX_RAMP_YEARS).min(room);
        }
        GroupRow::End => {
            timing.end = match timing.end {
                // "none" sits past the horizon: ← comes back to the
                // horizon, → goes round to the first year possible.
                None if steps < 0 => Some(horizon),
                None => Some(timing.start),
                Some(end) => {
                    let end = end + steps * years;
                    if end > horizon {
                        None
                    } else {
                        Some(end.max(timing.start))
                    }
                }
            };
        }
        GroupRow::Weight(i) => {
            let mut weights = sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
            let step = if big { 1.0 } else { 0.25 };
            let delta = f64::from(steps) * step;
            weights[i] = stepped(weights[i], delta, 0.25, 0.0, MAX_SECTOR_WEIGHT);
            *sector_weights = Some(weights);
        }
    }
}

/// Sets a timing or targeting row from typed text; the core's rules judge the
/// result, this only reads the number.
pub fn type_row(
    lang: Lang,
    row: GroupRow,
    text: &str,
    timing: &mut Timing,
    sector_weights: &mut Option<[f64; MANUFACTURING_COUNT]>,
) -> Result<(), String> {
    let whole = |refusal: &str, args: &[(&str, &str)]| {
        text.parse::<i64>().map_err(|_| lang.format(refusal, args))
    };
    let a_year = |year: i64| i32::try_from(year).map_err(|_| lang.text("refusal-not-a-year"));
    let max_ramp = MAX_RAMP_YEARS.to_string();
    let max_ramp = [("max", max_ramp.as_str())];
    match row {
        GroupRow::Start => timing.start = a_year(whole("refusal-start-year", &[])?)?,
        GroupRow::Ramp => {
            let years = whole("refusal-ramp-years", &max_ramp)?;
            timing.ramp_years =
                u32::try_from(years).map_err(|_| lang.format("refusal-ramp-range", &max_ramp))?;
        }
        GroupRow::End => {
            timing.end = if text.is_empty() || text.eq_ignore_ascii_case("none") {
                None
            } else {
                Some(a_year(whole("refusal-end-year", &[])?)?)
            };
        }
        GroupRow::Weight(i) => {
            let weight = parse_number(text).ok_or_else(|| {
                let max = MAX_SECTOR_WEIGHT.to_string();
                lang.format("refusal-weight", &[("max", &max)])
            })?;
            let mut weights = sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
            weights[i] = weight;
            *sector_weights = Some(weights);
        }
    }
    Ok(())
}

/// The per-group editor's state.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupEditor {
    pub group: LeverGroup,
    pub row: usize,
    /// Text being typed for the selected row, if typing.
    pub typing: Option<String>,
    pub error: Option<String>,
    /// The package when the editor opened: cancel (Esc) returns to it, accept
    /// (e) keeps the changes. Taken at the editor's first action.
    pub before: Option<Box<Policy>>,
}

impl GroupEditor {
    pub fn new(group: LeverGroup) -> GroupEditor {
        GroupEditor {
            group,
            row: 0,
            typing: None,
            error: None,
            before: None,
        }
    }

    pub fn selected_row(&self) -> GroupRow {
        GroupRow::ALL[self.row.min(GroupRow::ALL.len() - 1)]
    }
}

impl App {
    pub(super) fn update_group(
        &mut self,
        mut editor: GroupEditor,
        action: Action,
    ) -> Option<Effect> {
        editor.error = None;
        if editor.before.is_none() {
            editor.before = Some(Box::new(self.policy().clone()));
        }
        if let Some(mut input) = editor.typing.take() {
            match action {
                _ if text_input::edit(&mut input, action) => editor.typing = Some(input),
                Action::Cancel => {}
                Action::Confirm => match self.typed_group_value(&editor, &input) {
                    Ok(candidate) => self.commit(candidate),
                    Err(error) => {
                        editor.error = Some(error);
                        editor.typing = Some(input);
                    }
                },
                _ => editor.typing = Some(input),
            }
            self.mode = Mode::Group(editor);
            return None;
        }
        let last = GroupRow::ALL.len() - 1;
        match action {
            Action::SelectPrevious => editor.row = editor.row.saturating_sub(1),
            Action::SelectNext => editor.row = (editor.row + 1).min(last),
            Action::Decrease => editor.error = self.step_group(&editor, -1, false),
            Action::Increase => editor.error = self.step_group(&editor, 1, false),
            Action::DecreaseBig => editor.error = self.step_group(&editor, -1, true),
            Action::IncreaseBig => editor.error = self.step_group(&editor, 1, true),
            Action::Zero => editor.error = self.zero_group_row(&editor),
            Action::TypeValue => editor.typing = Some(String::new()),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Confirm => {
                self.mode = Mode::Normal;
                return None;
            }
            Action::Cancel => {
                self.mode = Mode::Normal;
                if let Some(before) = editor.before.filter(|b| **b != *self.policy()) {
                    self.commit(*before);
                    self.say("note-group-cancelled", &[]);
                }
                return None;
            }
            _ => {}
        }
        self.mode = Mode::Group(editor);
        None
    }

    /// The group's timing and targeting, new (from the default start) if the
    /// group is not used yet.
    fn lever_or_new(&self, group: LeverGroup) -> GroupTiming {
        self.policy()
            .group_timing(group)
            .unwrap_or_else(|| GroupTiming::from_start(self.default_start()))
    }

    /// Applies `change` to a copy of the group's lever and commits it when the
    /// validator finds nothing wrong with the group; else returns the problem.
    fn change_group(
        &mut self,
        editor: &GroupEditor,
        change: impl FnOnce(&mut GroupTiming),
    ) -> Option<String> {
        let mut lever = self.lever_or_new(editor.group);
        change(&mut lever);
        let mut candidate = self.policy().clone();
        candidate.set_group_timing(editor.group, lever);
        let problems = candidate.problems(&self.baseline);
        let problem = problems
            .iter()
            .find(|p| of_group(&candidate, editor.group, p, ""))
            .map(|p| labels::rule_refusal(self.lang, p));
        if problem.is_none() {
            self.commit(candidate);
        }
        problem
    }

    fn step_group(&mut self, editor: &GroupEditor, steps: i32, big: bool) -> Option<String> {
        let horizon = self.policy().horizon;
        let first = self.baseline.first_policy_year();
        let row = editor.selected_row();
        self.change_group(editor, |lever| {
            step_row(
                row,
                &mut lever.timing,
                &mut lever.sector_weights,
                Steps { steps, big },
                (first, horizon),
            );
        })
    }

    fn zero_group_row(&mut self, editor: &GroupEditor) -> Option<String> {
        match editor.selected_row() {
            GroupRow::End => self.change_group(editor, |lever| lever.timing.end = None),
            GroupRow::Weight(i) => self.change_group(editor, |lever| {
                let mut weights = lever.sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
                weights[i] = 0.0;
                lever.sector_weights = Some(weights);
            }),
            GroupRow::Start | GroupRow::Ramp => None,
        }
    }

    /// A typed start, ramp, end or weight, checked by the core's rules.
    fn typed_group_value(&self, editor: &GroupEditor, input: &str) -> Result<Policy, String> {
        let row = editor.selected_row();
        let text = input.trim();
        let mut lever = self.lever_or_new(editor.group);
        type_row(
            self.lang,
            row,
            text,
            &mut lever.timing,
            &mut lever.sector_weights,
        )?;
        let mut candidate = self.policy().clone();
        candidate.set_group_timing(editor.group, lever);
        let own = row.key();
        let problems = candidate.problems(&self.baseline);
        let problem = problems
            .iter()
            .find(|p| of_group(&candidate, editor.group, p, &own))
            .or_else(|| {
                problems
                    .iter()
                    .find(|p| of_group(&candidate, editor.group, p, ""))
            });
        match problem {
            Some(p) => Err(labels::rule_refusal(self.lang, p)),
            None => Ok(candidate),
        }
    }
}

/// Whether `problem` is at a key of one of `group`'s measures: `key` itself
/// (`start`) when given, any key when empty.
fn of_group(policy: &Policy, group: LeverGroup, problem: &Problem, key: &str) -> bool {
    policy.group_measures(group).iter().any(|name| {
        problem
            .path
            .strip_prefix("measures.")
            .and_then(|rest| rest.strip_prefix(name))
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| key.is_empty() || rest == key)
    })
}
