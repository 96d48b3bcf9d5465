//! How a settings file names a key (`ctrl-s`, `shift-left`, `F2`, `?`, `space`):
//! the one grammar the settings reader checks keys against and the workbench
//! turns into the key events it handles.

/// A key as a settings file names it: the modifiers written before it and the key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyName {
    pub ctrl: bool,
    pub alt: bool,
    pub shift: bool,
    pub key: NamedKey,
}

/// The key itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NamedKey {
    /// A character: as written when it is the whole name (`L`), lower case
    /// after modifiers (`ctrl-L` is `ctrl-l`). `space` is `' '`.
    Char(char),
    /// F1 to F12.
    F(u8),
    Enter,
    Esc,
    Tab,
    /// Shift-Tab.
    BackTab,
    Backspace,
    Delete,
    Insert,
    Home,
    End,
    PageUp,
    PageDown,
    Up,
    Down,
    Left,
    Right,
}

/// The keys a binding may name by a word (case-insensitive), besides single
/// characters and F1..F12.
const WORDS: [(&str, NamedKey); 16] = [
    ("enter", NamedKey::Enter),
    ("esc", NamedKey::Esc),
    ("tab", NamedKey::Tab),
    ("backtab", NamedKey::BackTab),
    ("backspace", NamedKey::Backspace),
    ("delete", NamedKey::Delete),
    ("insert", NamedKey::Insert),
    ("home", NamedKey::Home),
    ("end", NamedKey::End),
    ("pageup", NamedKey::PageUp),
    ("pagedown", NamedKey::PageDown),
    ("up", NamedKey::Up),
    ("down", NamedKey::Down),
    ("left", NamedKey::Left),
    ("right", NamedKey::Right),
    ("space", NamedKey::Char(' ')),
];

/// `text` as a key: modifiers (`ctrl`, `alt`, `shift`) joined by `-`, then a
/// key (`ctrl--` is Ctrl and the minus key). `None` when it names no key.
pub fn parse_key_name(text: &str) -> Option<KeyName> {
    let plain = |key| KeyName {
        ctrl: false,
        alt: false,
        shift: false,
        key,
    };
    let mut chars = text.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(plain(NamedKey::Char(c)));
    }
    let lower = text.to_ascii_lowercase();
    let (prefix, word) = match lower.rsplit_once('-') {
        Some((rest, "")) if rest.len() > 1 && rest.ends_with('-') => (&rest[..rest.len() - 1], "-"),
        Some((rest, word)) if !rest.is_empty() => (rest, word),
        _ => ("", lower.as_str()),
    };
    let mut name = plain(key_of(word)?);
    for modifier in prefix.split('-') {
        match modifier {
            "ctrl" => name.ctrl = true,
            "alt" => name.alt = true,
            "shift" => name.shift = true,
            "" if prefix.is_empty() => {}
            _ => return None,
        }
    }
    Some(name)
}

/// The key a lower-case `word` names: a character, F1..F12 or a word of [`WORDS`].
fn key_of(word: &str) -> Option<NamedKey> {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(NamedKey::Char(c)),
        (Some('f'), Some(_)) => word[1..]
            .parse()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(NamedKey::F),
        _ => WORDS
            .iter()
            .find(|(known, _)| *known == word)
            .map(|(_, key)| *key),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_modifiers_then_a_key() {
        use NamedKey::{Char, F, Left};
        // text, ctrl, alt, shift, key
        let cases = [
            ("ctrl-s", true, false, false, Char('s')),
            ("Ctrl-S", true, false, false, Char('s')),
            ("alt-ctrl-x", true, true, false, Char('x')),
            ("shift-left", false, false, true, Left),
            ("F2", false, false, false, F(2)),
            ("L", false, false, false, Char('L')),
            ("space", false, false, false, Char(' ')),
            ("ctrl--", true, false, false, Char('-')),
            ("-", false, false, false, Char('-')),
        ];
        for (text, ctrl, alt, shift, key) in cases {
            let expected = KeyName {
                ctrl,
                alt,
                shift,
                key,
            };
            assert_eq!(parse_key_name(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn what_names_no_key_is_refused() {
        for bad in [
            "", "ctrl-", "a-", "--", "hyper-x", "F13", "F0", "fx", "leftt", "ctrl-sx", "-ctrl-s",
            "ctrl--s",
        ] {
            assert_eq!(parse_key_name(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn every_word_names_its_key() {
        for (word, key) in WORDS {
            assert_eq!(parse_key_name(word).map(|name| name.key), Some(key));
            assert_eq!(
                parse_key_name(&word.to_uppercase()),
                parse_key_name(word),
                "{word}"
            );
        }
    }
}
