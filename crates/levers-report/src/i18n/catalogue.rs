//! One language's message catalogue, each message parsed on its first use.
//!
//! Parsing the whole of `en.ftl` (some 760 messages) took a quarter of a
//! one-shot `levers eval` (2.7 M of 10.4 M instructions, callgrind) that shows
//! a few dozen of them. In both catalogues every message is an `id = …` line at
//! column 0 followed by its indented lines, and no message refers to another
//! (no terms, no message references), so a message parsed alone gives the
//! pattern the whole file gives; a test compares every message both ways.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, PoisonError};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

/// The messages of one language, indexed once, parsed as they are asked for.
pub(super) struct Catalogue {
    /// Each message's id and the text of its entry (its line and the
    /// indented lines under it).
    entries: HashMap<&'static str, &'static str, Ids>,
    loaded: Mutex<Loaded>,
}

/// The messages parsed so far, and the ids already tried (so an entry that
/// does not parse is tried once, as the whole file would have dropped it once).
struct Loaded {
    bundle: FluentBundle<FluentResource>,
    tried: HashSet<&'static str, Ids>,
}

impl Catalogue {
    /// The catalogue of `source`, whose language has the tag `tag`.
    pub(super) fn new(source: &'static str, tag: &str) -> Catalogue {
        Catalogue {
            entries: entries(source),
            loaded: Mutex::new(Loaded {
                bundle: empty_bundle(tag),
                tried: HashSet::default(),
            }),
        }
    }

    /// `read` applied to a bundle holding message `id` if the catalogue has it
    /// (parsed now if this is its first use).
    pub(super) fn with<T>(
        &self,
        id: &str,
        read: impl FnOnce(&FluentBundle<FluentResource>) -> T,
    ) -> T {
        // A panic elsewhere while the lock was held leaves the bundle whole
        // (a message is added in one call), so a poisoned lock is still usable.
        let mut loaded = self.loaded.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((&key, &text)) = self.entries.get_key_value(id)
            && loaded.tried.insert(key)
        {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(resource, _errors)| resource);
            // An id the file names twice is indexed once (the first), as
            // Fluent keeps the first of two messages with one id.
            let _ = loaded.bundle.add_resource(resource);
        }
        read(&loaded.bundle)
    }
}

/// A bundle with no messages yet for the language tagged `tag`.
pub(super) fn empty_bundle(tag: &str) -> FluentBundle<FluentResource> {
    let locale = tag
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // No Unicode isolation marks around placeables: they are bidirectional
    // controls, which terminals would show as `\u{2068}` (see `inert`).
    bundle.set_use_isolating(false);
    bundle
}

/// Each message's id and entry text: an entry starts at a line beginning with
/// a letter and runs to the next line that begins at column 0 with anything
/// but a space (blank lines inside it included); `#` lines are comments.
fn entries(source: &'static str) -> HashMap<&'static str, &'static str, Ids> {
    // Room for every entry at once (an entry is some 50 bytes long): the
    // table is not rebuilt as it grows.
    let mut entries = HashMap::with_capacity_and_hasher(source.len() / 32, Ids::default());
    let bytes = source.as_bytes();
    let mut open: Option<(&'static str, usize)> = None;
    let mut line = 0;
    while line < bytes.len() {
        // `str::find` of a `char` runs memchr, a word at a time.
        let next = source[line..]
            .find('\n')
            .map_or(bytes.len(), |newline| line + newline + 1);
        let first = bytes[line];
        if !matches!(first, b' ' | b'\n' | b'\r') {
            if let Some((id, start)) = open.take() {
                entries.entry(id).or_insert(&source[start..line]);
            }
            if first.is_ascii_alphabetic()
                && let Some(equals) = source[line..next].find('=')
            {
                open = Some((source[line..line + equals].trim(), line));
            }
        }
        line = next;
    }
    if let Some((id, start)) = open {
        entries.entry(id).or_insert(&source[start..]);
    }
    entries
}

/// Hashes message ids for the index: a multiply-rotate over 8-byte words (the
/// `FxHash` of rustc). std's `SipHash` resists crafted keys, which the program's
/// own catalogue does not need, and cost more than the rest of the index.
type Ids = BuildHasherDefault<IdHasher>;

#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
