//! A measure added as a copy of another (the workbench's "duplicate") is
//! saved as a copy of that measure's table as the user wrote it — its
//! comments, its layout, its keys left at their defaults left out — and
//! placed right after it, rather than as the writer would write a new one at
//! the end. Used by [`super::update`].

use levers_core::Policy;
use levers_core::measure::Measure;
use toml_edit::{DocumentMut, Item, Table};

/// For each measure of `policy` that `before` does not have and that equals
/// one of `before`'s still in `policy` but for its name and label, puts a copy of that
/// measure's table in `user` (the file) and in `was` (the writer's text of
/// `before`) under the new name, so the merge that follows sees an existing
/// measure and changes only what differs (its label).
pub(super) fn seed_copies(
    user: &mut DocumentMut,
    was: &mut DocumentMut,
    before: &Policy,
    policy: &Policy,
) {
    for measure in &policy.measures {
        if before.measures.iter().any(|m| m.name == measure.name) {
            continue;
        }
        // A measure whose source is gone was renamed, not copied: the
        // rename keeps its own table in place.
        let Some(source) = before
            .measures
            .iter()
            .filter(|m| policy.measures.iter().any(|kept| kept.name == m.name))
            .find(|m| same_but_name(m, measure))
        else {
            continue;
        };
        let Some(copied) = copied_table(user, &source.name) else {
            continue;
        };
        let Some(written) = measures(was).and_then(|t| t.get(&source.name)).cloned() else {
            continue;
        };
        if let Some(table) = measures(user) {
            table.insert(&measure.name, Item::Table(copied));
        }
        if let Some(table) = measures(was) {
            table.insert(&measure.name, written);
        }
    }
}

/// Whether `a` and `b` are the same measure but for their names and labels.
fn same_but_name(a: &Measure, b: &Measure) -> bool {
    let unnamed = |m: &Measure| Measure {
        name: String::new(),
        label: None,
        ..m.clone()
    };
    unnamed(a) == unnamed(b)
}

/// The `[measures]` table of `document`, if it has one.
fn measures(document: &mut DocumentMut) -> Option<&mut Table> {
    document.get_mut("measures")?.as_table_mut()
}

/// A copy of the user's `[measures.NAME]` table, placed after its last
/// sub-table, without the text above its header (that belongs to the
/// original); `None` when the measure is not written as a table there.
fn copied_table(user: &mut DocumentMut, name: &str) -> Option<Table> {
    let source = measures(user)?.get(name)?.as_table()?;
    let mut copy = source.clone();
    let last = last_position(source)?;
    copy.set_position(Some(last));
    forget_child_positions(&mut copy);
    copy.decor_mut().set_prefix("\n");
    Some(copy)
}

/// The greatest place in the document of `table` and its sub-tables.
fn last_position(table: &Table) -> Option<isize> {
    let own = table.position();
    let children = table
        .iter()
        .filter_map(|(_, item)| item.as_table())
        .filter_map(last_position);
    own.into_iter().chain(children).max()
}

/// Sub-tables without places of their own follow the table they are in.
fn forget_child_positions(table: &mut Table) {
    for (_, item) in table.iter_mut() {
        if let Item::Table(child) = item {
            child.set_position(None);
            forget_child_positions(child);
        }
    }
}
