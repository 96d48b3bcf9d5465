//! The measure list of a format-2 package, as the app handles its keys: one
//! measure selected; keys step its amount, add a measure (its kind picked from
//! a list), remove, duplicate and rename one, and open the measure editor.
//! What the list shows, and in what order, is [`crate::tui::measures`].

use levers_core::measure::{Amount, Measure, MeasureKind};

use super::{App, Mode};
use crate::tui::action::Action;
use crate::tui::editor::Reply;
use crate::tui::files::Effect;
use crate::tui::form::Form;
use crate::tui::measure_editor::{MeasureEditor, MeasureRow};
use crate::tui::measures::{listed_order, pick_kind, unused_name};
use crate::tui::package_editor::PackageEditor;

impl App {
    /// Whether the workbench lists measures (a package of named measures)
    /// rather than the nine dials (a package whose measures are all dials'
    /// measures, as a format-1 file is read, or none).
    pub fn shows_measures(&self) -> bool {
        self.measure_package || !self.policy().is_dials_only()
    }

    /// A measure key pressed on the levers (add, duplicate, rename): the
    /// workbench lists the package's measures from now on, the selected
    /// lever's measure selected, and the key acts there.
    pub(super) fn list_measures_then(&mut self, action: Action) -> Option<Effect> {
        let field = self.selected_field();
        if let Some(index) = self
            .policy()
            .measures
            .iter()
            .position(|m| m.kind.field() == field)
        {
            self.measure_selected = index;
        }
        self.measure_package = true;
        self.update_measures(action)
    }

    /// The selected measure's index in the package, if it has measures.
    pub fn selected_measure(&self) -> Option<usize> {
        let count = self.policy().measures.len();
        (count > 0).then(|| self.measure_selected.min(count - 1))
    }

    /// Keys on the measure list; everything not about measures is handled as
    /// on the lever panel.
    pub(super) fn update_measures(&mut self, action: Action) -> Option<Effect> {
        match action {
            Action::SelectPrevious => self.move_selection(-1),
            Action::SelectNext => self.move_selection(1),
            Action::Decrease => self.step_measure(-1, false),
            Action::Increase => self.step_measure(1, false),
            Action::DecreaseBig => self.step_measure(-1, true),
            Action::IncreaseBig => self.step_measure(1, true),
            Action::Zero => self.edit_selected(MeasureRow::Amount, Action::Zero),
            Action::TypeValue => self.open_editor(Some(MeasureRow::Amount)),
            Action::RenameMeasure => self.open_editor(Some(MeasureRow::Name)),
            Action::EditMeasure => self.open_editor(None),
            Action::AddMeasure => self.mode = Mode::KindPicker(0),
            Action::RemoveMeasure => self.remove_measure(),
            Action::DuplicateMeasure => self.duplicate_measure(),
            Action::Click { column, row } => {
                if let Some(index) = self.hits.measure_at(column, row) {
                    self.measure_selected = index;
                }
            }
            Action::ScrollUp { column, row } | Action::ScrollDown { column, row } => {
                if let Some(index) = self.hits.measure_at(column, row) {
                    self.measure_selected = index;
                    let up = matches!(action, Action::ScrollUp { .. });
                    self.step_measure(if up { 1 } else { -1 }, false);
                }
            }
            other => return self.update_normal(other),
        }
        None
    }

    fn move_selection(&mut self, by: isize) {
        let order = listed_order(&self.policy().measures);
        let Some(selected) = self.selected_measure() else {
            return;
        };
        let at = order.iter().position(|i| *i == selected).unwrap_or(0);
        let next = at
            .saturating_add_signed(by)
            .min(order.len().saturating_sub(1));
        self.measure_selected = order.get(next).copied().unwrap_or(0);
    }

    fn step_measure(&mut self, steps: i32, big: bool) {
        let action = match (steps > 0, big) {
            (true, false) => Action::Increase,
            (false, false) => Action::Decrease,
            (true, true) => Action::IncreaseBig,
            (false, true) => Action::DecreaseBig,
        };
        self.edit_selected(MeasureRow::Amount, action);
    }

    /// Carries out `action` on `row` of the selected measure as the editor
    /// would, without opening it; a refusal becomes the status note.
    fn edit_selected(&mut self, row: MeasureRow, action: Action) {
        let Some(index) = self.selected_measure() else {
            self.say("note-no-measures", &[]);
            return;
        };
        let mut editor = MeasureEditor::typing(&self.editor_context(), index, row);
        editor.form.typing = None;
        match editor.handle(&self.editor_context(), action) {
            Reply::Refuse(error) => self.error(error),
            reply => {
                self.answer(reply);
            }
        }
    }

    fn open_editor(&mut self, typing: Option<MeasureRow>) {
        let Some(index) = self.selected_measure() else {
            self.say("note-no-measures", &[]);
            return;
        };
        self.mode = Mode::Measure(match typing {
            Some(row) => MeasureEditor::typing(&self.editor_context(), index, row),
            None => MeasureEditor::new(index),
        });
    }

    pub(super) fn open_package_editor(&mut self) {
        self.mode = Mode::Package(PackageEditor::default());
    }

    /// The kind picker: ↑/↓ choose, Enter adds a measure of that kind.
    pub(super) fn update_kind_picker(&mut self, mut selected: usize, action: Action) {
        self.mode = match pick_kind(&mut selected, action) {
            Reply::Effect(kind) => {
                self.add_measure(kind);
                Mode::Normal
            }
            Reply::Close => Mode::Normal,
            _ => Mode::KindPicker(selected),
        };
    }

    /// Adds a measure of `kind` at zero, starting two years after the base
    /// year, and selects it.
    fn add_measure(&mut self, kind: MeasureKind) {
        let mut candidate = self.policy().clone();
        let name = unused_name(&candidate.measures, kind.key());
        candidate.measures.push(Measure::new(
            name.clone(),
            kind,
            Amount::Constant(0.0),
            self.default_start(),
        ));
        self.measure_selected = candidate.measures.len() - 1;
        self.commit(candidate);
        // The arrows are key names, outside the catalogue (the charts' font lacks them).
        self.say("note-measure-added", &[("name", &name), ("keys", "←/→")]);
    }

    fn remove_measure(&mut self) {
        let Some(index) = self.selected_measure() else {
            self.say("note-no-measure-to-remove", &[]);
            return;
        };
        // The selection moves to the measure listed above (below, for the
        // first): removing one leaves the others' listed order as it was.
        let listed_at = listed_order(&self.policy().measures)
            .iter()
            .position(|i| *i == index)
            .unwrap_or(0);
        let mut candidate = self.policy().clone();
        let removed = candidate.measures.remove(index);
        let next = listed_order(&candidate.measures)
            .get(listed_at.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        self.commit(candidate);
        self.measure_selected = next;
        self.say("note-measure-removed", &[("name", &removed.name)]);
    }

    fn duplicate_measure(&mut self) {
        let Some(index) = self.selected_measure() else {
            self.say("note-no-measure-to-duplicate", &[]);
            return;
        };
        let mut candidate = self.policy().clone();
        let mut copy = candidate.measures[index].clone();
        copy.name = unused_name(&candidate.measures, &format!("{}_copy", copy.name));
        // A label is what the list shows: the copy's says it is another one.
        if let Some(label) = copy.label.as_mut() {
            label.text.push_str(" (2)");
            for (_, text) in &mut label.translations {
                text.push_str(" (2)");
            }
        }
        let name = copy.name.clone();
        candidate.measures.insert(index + 1, copy);
        // Checked like any edit: a name made too long by `_copy` is refused.
        match self.accept(candidate) {
            Ok(()) => {
                self.measure_selected = index + 1;
                self.say("note-measure-duplicated", &[("name", &name)]);
            }
            Err(error) => self.error(error),
        }
    }
}
