//! Everything a user can ask the workbench to do. One enum is the single source for
//! the keymap, the help overlay and the status-bar hints.

/// A user intent. Keys and mouse events become actions (see [`super::keymap`]);
/// [`super::app::App::update`] carries them out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SelectPrevious,
    SelectNext,
    Decrease,
    Increase,
    DecreaseBig,
    IncreaseBig,
    TypeValue,
    Zero,
    EditGroup,
    DropGroup,
    Undo,
    Redo,
    Save,
    SaveAs,
    Open,
    TogglePin,
    ClearPins,
    CompareFile,
    NextPanel,
    ToggleTornado,
    TornadoOutcome,
    ToggleSobol,
    /// What would have to be true: scenario discovery (PRIM).
    ToggleDiscover,
    ToggleBand,
    /// Scroll the Detail panel down a page (when its text is longer than the panel).
    DetailDown,
    /// Scroll the Detail panel back up a page.
    DetailUp,
    Seek,
    Help,
    Quit,
    /// Add a measure (format-2 packages): pick its kind from a list.
    AddMeasure,
    RemoveMeasure,
    DuplicateMeasure,
    RenameMeasure,
    /// The selected measure's amount, schedule, timing, targeting and label.
    EditMeasure,
    /// The package's name, description, target, horizon, budget cap, funding.
    EditPackage,
    /// The attribution panel: per measure or per kind.
    ToggleAttributionByKind,
    /// In the measure editor: add a year to the schedule.
    AddYear,
    /// In the measure editor: remove the selected year of the schedule.
    RemoveYear,
    /// Accept the prompt (Enter).
    Confirm,
    /// Close the prompt without acting (Esc).
    Cancel,
    /// Close a view, or a form whose changes are already made and undoable
    /// (help, a message, the measure and package editors): nothing to cancel.
    Close,
    /// Answer "yes, discard" to an unsaved-changes question.
    Discard,
    InputChar(char),
    Backspace,
    ClearInput,
    Click {
        column: u16,
        row: u16,
    },
    ScrollUp {
        column: u16,
        row: u16,
    },
    ScrollDown {
        column: u16,
        row: u16,
    },
    Resize {
        width: u16,
        height: u16,
    },
}

impl Action {
    /// The actions a user may bind extra keys to in `[keymap]` of the settings
    /// file, in the order the help lists them.
    pub const REBINDABLE: [Action; 36] = [
        Action::SelectPrevious,
        Action::SelectNext,
        Action::Decrease,
        Action::Increase,
        Action::DecreaseBig,
        Action::IncreaseBig,
        Action::TypeValue,
        Action::Zero,
        Action::EditGroup,
        Action::DropGroup,
        Action::Undo,
        Action::Redo,
        Action::Save,
        Action::SaveAs,
        Action::Open,
        Action::TogglePin,
        Action::ClearPins,
        Action::CompareFile,
        Action::NextPanel,
        Action::ToggleTornado,
        Action::TornadoOutcome,
        Action::ToggleSobol,
        Action::ToggleDiscover,
        Action::ToggleBand,
        Action::DetailDown,
        Action::DetailUp,
        Action::Seek,
        Action::Help,
        Action::Quit,
        Action::AddMeasure,
        Action::RemoveMeasure,
        Action::DuplicateMeasure,
        Action::RenameMeasure,
        Action::EditMeasure,
        Action::EditPackage,
        Action::ToggleAttributionByKind,
    ];

    /// The name used in the settings file's `[keymap]` (`save`, `select_next`);
    /// `None` for actions that are not bound by name.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            Action::SelectPrevious => "select_previous",
            Action::SelectNext => "select_next",
            Action::Decrease => "decrease",
            Action::Increase => "increase",
            Action::DecreaseBig => "decrease_big",
            Action::IncreaseBig => "increase_big",
            Action::TypeValue => "type_value",
            Action::Zero => "zero",
            Action::EditGroup => "edit_group",
            Action::DropGroup => "drop_group",
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::Save => "save",
            Action::SaveAs => "save_as",
            Action::Open => "open",
            Action::TogglePin => "toggle_pin",
            Action::ClearPins => "clear_pins",
            Action::CompareFile => "compare_file",
            Action::NextPanel => "next_panel",
            Action::ToggleTornado => "toggle_tornado",
            Action::TornadoOutcome => "tornado_outcome",
            Action::ToggleSobol => "toggle_sobol",
            Action::ToggleDiscover => "toggle_discover",
            Action::ToggleBand => "toggle_band",
            Action::DetailDown => "detail_down",
            Action::DetailUp => "detail_up",
            Action::Seek => "seek",
            Action::Help => "help",
            Action::Quit => "quit",
            Action::AddMeasure => "add_measure",
            Action::RemoveMeasure => "remove_measure",
            Action::DuplicateMeasure => "duplicate_measure",
            Action::RenameMeasure => "rename_measure",
            Action::EditMeasure => "edit_measure",
            Action::EditPackage => "edit_package",
            Action::ToggleAttributionByKind => "toggle_attribution_by_kind",
            _ => return None,
        })
    }
}
