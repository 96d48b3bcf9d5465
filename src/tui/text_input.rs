//! The one text input of the workbench: an exact lever value, a path to save
//! to or open, a group's timing field — each is edited the same way.

use super::action::Action;

/// Applies `action` to `text` if it is a text edit (type a character, delete
/// the last one, clear); whether it was, so the caller handles everything else.
pub fn edit(text: &mut String, action: Action) -> bool {
    match action {
        Action::InputChar(c) => text.push(c),
        Action::Backspace => {
            text.pop();
        }
        Action::ClearInput => text.clear(),
        _ => return false,
    }
    true
}
