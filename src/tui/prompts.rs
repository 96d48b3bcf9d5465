//! The file prompts' words (picker, save-as, "unsaved changes?",
//! "overwrite?"). The app handles their keys (`app/file_work.rs`).

use super::files::Purpose;

/// Whether the picker opens packages or comparisons (for its title).
pub fn picker_title(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Open => "Open a package",
        Purpose::Compare => "Compare against a package",
    }
}
