//! The layout a save keeps beyond values: the file's line endings, a
//! renamed table left where it stands, and the comment that closes a group
//! kept when the group after it is removed. Used by [`super::update`].

use toml_edit::{DocumentMut, Item, Table, TableLike};

/// `text` with the line endings of `original`: a file written on Windows
/// (CRLF) stays CRLF, so one change is a one-line diff there too (`toml_edit`
/// writes every line it prints with LF). A file with mixed endings is taken
/// by its first line break.
pub(super) fn with_line_endings_of(original: &str, text: &str) -> String {
    let crlf = original
        .find('\n')
        .is_some_and(|i| original[..i].ends_with('\r'));
    if crlf {
        text.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        text.to_string()
    }
}

/// Every table of `root` (headers, not inline tables), depth first: its path,
/// its place in the document, and the text above its header.
pub(super) fn tables(root: &Table) -> Vec<(Vec<String>, isize, String)> {
    fn walk(table: &Table, path: &mut Vec<String>, out: &mut Vec<(Vec<String>, isize, String)>) {
        for (key, item) in table {
            if let Item::Table(child) = item {
                path.push(key.to_string());
                if let Some(position) = child.position() {
                    out.push((path.clone(), position, prefix_of(child)));
                }
                walk(child, path, out);
                path.pop();
            }
        }
    }
    let mut out = Vec::new();
    walk(root, &mut Vec::new(), &mut out);
    out
}

/// The text above a removed table's header holds, up to its last blank line,
/// what belongs to the table before it (a comment closing that group): it is
/// kept, above the header that now follows (or at the end of the file). The
/// comment right above the header, the removed table's own, goes with it.
pub(super) fn keep_comments_of_removed_tables(
    document: &mut DocumentMut,
    before: &[(Vec<String>, isize, String)],
) {
    let after = tables(document.as_table());
    for (path, position, prefix) in before {
        if after.iter().any(|(p, _, _)| p == path) {
            continue;
        }
        let Some(cut) = prefix.trim_end_matches('\n').rfind("\n\n") else {
            continue;
        };
        let kept = &prefix[..=cut];
        if !kept.contains('#') {
            continue;
        }
        let next = after
            .iter()
            .filter(|(_, p, _)| p > position)
            .min_by_key(|(_, p, _)| *p);
        if let Some(table) = next.and_then(|(next, _, _)| table_at(document, next)) {
            let own = prefix_of(table);
            table.decor_mut().set_prefix(format!("{kept}{own}"));
        } else {
            let trailing = document.trailing().as_str().unwrap_or_default().to_string();
            document.set_trailing(format!("{kept}{trailing}"));
        }
    }
}

/// The text above a table's header.
fn prefix_of(table: &Table) -> String {
    let prefix = table.decor().prefix().and_then(|p| p.as_str());
    prefix.unwrap_or_default().to_string()
}

fn table_at<'d>(document: &'d mut DocumentMut, path: &[String]) -> Option<&'d mut Table> {
    let mut table = document.as_table_mut();
    for key in path {
        table = table.get_mut(key)?.as_table_mut()?;
    }
    Some(table)
}

/// A table (a measure) that is gone under one name and new under another,
/// with the same content as written: renamed where it stands, its comments and
/// layout kept (rather than deleted, and added again at the end with the
/// writer's comments).
/// Returns the renames made, `(new name, old name)`.
pub(super) fn rename_in_place(
    user: &mut dyn TableLike,
    was: &dyn TableLike,
    wanted: &dyn TableLike,
) -> Vec<(String, String)> {
    let mut renamed = Vec::new();
    let gone: Vec<String> = was
        .iter()
        .filter(|(key, item)| wanted.get(key).is_none() && matches!(item, Item::Table(_)))
        .map(|(key, _)| key.to_string())
        .collect();
    for old in gone {
        let Some(old_text) = was.get(&old).map(Item::to_string) else {
            continue;
        };
        let new = wanted.iter().find(|(key, item)| {
            was.get(key).is_none()
                && user.get(key).is_none()
                && matches!(item, Item::Table(_))
                && item.to_string() == old_text
        });
        let Some((new, _)) = new else {
            continue;
        };
        let new = new.to_string();
        if let Some(item) = user.remove(&old) {
            // A table keeps its position in the document: it is printed where
            // the old one stood.
            user.insert(&new, item);
            renamed.push((new, old));
        }
    }
    renamed
}
