//! Saving over a user's file without throwing away their text: the document is
//! edited in place (`toml_edit`), so comments, key order, layout and the
//! `#:schema` line stay, and a one-value change is a one-line diff.
//!
//! What changed is found by writing the file's own policy and the new one with
//! the same writer ([`super::write_policy`]) and comparing the two, key by key:
//! any difference is a real edit, never a difference of spelling (`10` and
//! `10.0`). Only those keys are touched in the user's document: a changed value
//! is replaced in place (its comment kept, in the same column where it fits), a
//! new key, lever group or measure is added as the writer would write it, a
//! removed one is deleted. The result is read back; should it not give the new
//! policy, the whole file is written afresh instead, so a save is never wrong.
//!
//! A format-1 file is saved as format 2: first rewritten as `levers migrate`
//! rewrites it (comments kept, each used dial a measure named by its kind),
//! then edited like any format-2 file.

use levers_core::{Baseline, ParamId, Policy};
use toml_edit::{DocumentMut, Item, Key, Table, TableLike, Value};

use super::read::parse_policy;
use super::update_layout::{
    keep_comments_of_removed_tables, rename_in_place, tables, with_line_endings_of,
};
use super::write::write_policy;
use levers_core::problem_kind::Words;

/// The text of `original` (the file as read, named `file` in messages) edited
/// to hold `policy`. Without an original (a new file), the writer's text.
pub fn update_document(
    words: &dyn Words,
    file: &str,
    original: Option<&str>,
    policy: &Policy,
    baseline: &Baseline,
) -> String {
    let text = original
        .and_then(|text| edit_in_place(words, file, text, policy, baseline))
        .unwrap_or_else(|| write_policy(words, policy, baseline));
    match original {
        Some(original) => with_line_endings_of(original, &text),
        None => text,
    }
}

/// Whether `text` is a format-1 file (`format = 1`), which a save writes as
/// format 2.
pub fn is_format_one(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    text.parse::<DocumentMut>()
        .is_ok_and(|d| d.get("format").and_then(Item::as_integer) == Some(1))
}

/// Whether [`update_document`] keeps the text of `original` (edits it in
/// place) rather than writing the file whole, which loses its comments.
pub fn keeps_text(
    words: &dyn Words,
    file: &str,
    original: &str,
    policy: &Policy,
    baseline: &Baseline,
) -> bool {
    edit_in_place(words, file, original, policy, baseline).is_some()
}

fn edit_in_place(
    words: &dyn Words,
    file: &str,
    original: &str,
    policy: &Policy,
    baseline: &Baseline,
) -> Option<String> {
    let (bom, text) = match original.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", original),
    };
    let mut document: DocumentMut = text.parse().ok()?;
    if document.get("format").and_then(Item::as_integer)? == 1 {
        // A format-1 file is saved as format 2: rewritten as `levers migrate`
        // does (its comments kept, the same projection checked), then edited.
        let migrated = super::migrate::migrate_policy(file, text, baseline).ok()?;
        return edit_in_place(words, file, &format!("{bom}{migrated}"), policy, baseline);
    }
    let write = |p: &Policy| write_policy(words, p, baseline);
    let before = parse_policy(file, text, baseline).ok()?;
    let mut was: DocumentMut = write(&before).parse().ok()?;
    let mut wanted: DocumentMut = write(policy).parse().ok()?;
    let user_assumptions =
        document.contains_key("assumptions") && wanted.contains_key("assumptions");
    if user_assumptions {
        // Parameters have several spellings: `merge_assumptions` finds the user's.
        was.remove("assumptions");
        wanted.remove("assumptions");
    }
    super::update_copies::seed_copies(&mut document, &mut was, &before, policy);
    let tables_before = tables(document.as_table());
    merge(
        document.as_table_mut(),
        was.as_table(),
        wanted.as_table(),
        false,
    );
    keep_comments_of_removed_tables(&mut document, &tables_before);
    if user_assumptions {
        let assumptions = document.get_mut("assumptions")?.as_table_mut()?;
        merge_assumptions(assumptions, &before, policy, baseline);
    }
    let edited = format!("{bom}{document}");
    // The same package as the writer's text would give, measures in any order.
    let as_read = |text: &str| {
        parse_policy(file, text, baseline).ok().map(|mut p| {
            p.measures.sort_by(|a, b| a.name.cmp(&b.name));
            p
        })
    };
    let read_back = as_read(&edited)?;
    (Some(read_back) == as_read(&write(policy))).then_some(edited)
}

/// Makes `user` differ from what it was as `wanted` differs from `was`;
/// `inline` when `user` is an inline table (`{ ... }`), which holds values only.
fn merge(user: &mut dyn TableLike, was: &dyn TableLike, wanted: &dyn TableLike, inline: bool) {
    let renamed = rename_in_place(user, was, wanted);
    for (key, _) in was.iter() {
        if wanted.get(key).is_none() {
            user.remove(key);
        }
    }
    for (key, new) in wanted.iter() {
        // A renamed table is compared with what it was under its old name.
        let old = was.get(key).or_else(|| {
            renamed
                .iter()
                .find(|(new_name, _)| new_name == key)
                .and_then(|(_, old_name)| was.get(old_name))
        });
        match (user.get_mut(key), new.as_table_like()) {
            // A table, or a schedule however the user wrote it (a sub-table
            // with a comment per year, dotted keys, a multi-line inline
            // table): merged key by key, so every year's comment stays.
            (Some(mine), Some(new_table)) if mine.is_table_like() => {
                let empty = Table::new();
                let old_table = old
                    .and_then(Item::as_table_like)
                    .unwrap_or(&empty as &dyn TableLike);
                let mine_inline = mine.is_inline_table();
                if let Some(mine) = mine.as_table_like_mut() {
                    merge(mine, old_table, new_table, mine_inline);
                }
            }
            (Some(mine), _) => {
                if !same_value(old, new) {
                    replace_value(mine, new);
                }
            }
            (None, _) if !same_item(old, new) => insert_as_written(user, wanted, key, inline),
            (None, _) => {} // a default the user left out, still the default
        }
    }
}

fn bare(item: &Item) -> Option<String> {
    let mut value = item.as_value()?.clone();
    value.decor_mut().clear();
    Some(value.to_string())
}

/// The same value or, for a table, the same text as written.
fn same_item(old: Option<&Item>, new: &Item) -> bool {
    match (old, new) {
        (Some(Item::Table(old)), Item::Table(new)) => old.to_string() == new.to_string(),
        _ => same_value(old, new),
    }
}

fn same_value(old: Option<&Item>, new: &Item) -> bool {
    old.is_some_and(|old| bare(old).is_some() && bare(old) == bare(new))
}

/// Puts `new`'s value where `mine` is, keeping `mine`'s spacing and comment;
/// the comment stays in its column when the new value fits before it.
fn replace_value(mine: &mut Item, new: &Item) {
    let Some(new_value) = new.as_value() else {
        *mine = new.clone();
        return;
    };
    let mut value = new_value.clone();
    value.decor_mut().clear();
    let Some(old_value) = mine.as_value() else {
        *mine = Item::Value(value);
        return;
    };
    let old_width = bare(mine).map_or(0, |t| t.chars().count());
    let new_width = value.to_string().chars().count();
    let mut decor = old_value.decor().clone();
    if let Some(suffix) = decor.suffix().and_then(|s| s.as_str()) {
        let comment = suffix.trim_start_matches(' ');
        let spaces = suffix.len() - comment.len();
        if comment.starts_with('#') && spaces > 0 {
            let kept = (spaces + old_width).saturating_sub(new_width).max(1);
            decor.set_suffix(format!("{}{comment}", " ".repeat(kept)));
        }
    }
    *value.decor_mut() = decor;
    *mine = Item::Value(value);
}

/// Adds `key` of `wanted` to `user`, with the writer's comment, after the
/// user's own keys (a table placed after the table before it).
fn insert_as_written(user: &mut dyn TableLike, wanted: &dyn TableLike, key: &str, inline: bool) {
    let Some((written_key, item)) = wanted.get_key_value(key) else {
        return;
    };
    let mut item = item.clone();
    if inline {
        // No comments inside `{ ... }`: the bare value.
        if let Ok(mut value) = item.into_value() {
            value.decor_mut().clear();
            value.decor_mut().set_prefix(" ");
            // The space before `}` follows the last value: it moves to the
            // new last one (`{ a = 1, b = 2 }`, not `{ a = 1 , b = 2}`).
            let last = user
                .iter_mut()
                .last()
                .and_then(|(_, item)| item.as_value_mut());
            if let Some(last) = last {
                let before_brace = last.decor().suffix().cloned();
                last.decor_mut().set_suffix("");
                if let Some(before_brace) = before_brace {
                    value.decor_mut().set_suffix(before_brace);
                }
            }
            user.insert(key, Item::Value(value));
        }
        return;
    }
    forget_positions(&mut item);
    let key = Key::new(key).with_leaf_decor(written_key.leaf_decor().clone());
    if let (Some(column), Some(value)) = (comment_column(user), item.as_value_mut()) {
        align_comment(&key, value, column);
    }
    user.entry_format(&key).or_insert(item);
}

/// The column (in characters, from the line's start) where the comment of
/// `table`'s last commented `key = value` line begins.
fn comment_column(table: &dyn TableLike) -> Option<usize> {
    let keys: Vec<String> = table.iter().map(|(key, _)| key.to_string()).collect();
    keys.iter().rev().find_map(|name| {
        let (key, item) = table.get_key_value(name)?;
        let value = item.as_value()?;
        let suffix = value.decor().suffix()?.as_str()?;
        let comment = suffix.trim_start_matches(' ');
        if !comment.starts_with('#') {
            return None;
        }
        let before_comment = suffix.len() - comment.len();
        let value_prefix = raw_len(value.decor().prefix());
        Some(key_width(key) + 1 + value_prefix + bare_width(value) + before_comment)
    })
}

/// Pads `value`'s comment so that it starts at `column`, `key` written before
/// it (at least one space before the `#`).
fn align_comment(key: &Key, value: &mut toml_edit::Value, column: usize) {
    let Some(suffix) = value.decor().suffix().and_then(|s| s.as_str()) else {
        return;
    };
    let comment = suffix.trim_start_matches(' ').to_string();
    if !comment.starts_with('#') {
        return;
    }
    let used = key_width(key) + 1 + raw_len(value.decor().prefix()) + bare_width(value);
    let spaces = column.saturating_sub(used).max(1);
    value
        .decor_mut()
        .set_suffix(format!("{}{comment}", " ".repeat(spaces)));
}

/// The characters of `key` as written, with the spaces around it.
fn key_width(key: &Key) -> usize {
    let decor = key.leaf_decor();
    raw_len(decor.prefix()) + key.display_repr().chars().count() + raw_len(decor.suffix())
}

fn raw_len(raw: Option<&toml_edit::RawString>) -> usize {
    raw.and_then(|r| r.as_str())
        .map_or(0, |r| r.chars().count())
}

fn bare_width(value: &toml_edit::Value) -> usize {
    let mut value = value.clone();
    value.decor_mut().clear();
    value.to_string().chars().count()
}

/// A table copied from the writer's document keeps that document's place
/// numbers; without them it is written after the table before it.
fn forget_positions(item: &mut Item) {
    if let Item::Table(table) = item {
        table.set_position(None);
        for (_, child) in table.iter_mut() {
            forget_positions(child);
        }
    }
}

/// `[assumptions]`: a parameter may be spelled `nev.growth = 1` (a dotted key),
/// `"nev.growth" = 1` (one quoted key) or under `[assumptions.nev]`; each
/// change is made where the user wrote it.
fn merge_assumptions(user: &mut Table, before: &Policy, policy: &Policy, baseline: &Baseline) {
    let value_of = |p: &Policy, id: ParamId| {
        p.assumptions
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, v)| *v)
    };
    for (id, _) in &before.assumptions {
        if value_of(policy, *id).is_none() {
            let name = baseline.spec(*id).name.clone();
            remove_parameter(user, &name);
        }
    }
    for (id, value) in &policy.assumptions {
        if value_of(before, *id) == Some(*value) {
            continue;
        }
        let name = baseline.spec(*id).name.clone();
        set_parameter(user, &name, *value);
    }
}

fn parameter_mut<'a>(user: &'a mut Table, name: &str) -> Option<&'a mut Item> {
    if user.contains_key(name) {
        return user.get_mut(name);
    }
    let (group, field) = name.split_once('.')?;
    user.get_mut(group)?.as_table_like_mut()?.get_mut(field)
}

fn set_parameter(user: &mut Table, name: &str, value: f64) {
    let new = Item::Value(Value::from(value));
    if let Some(mine) = parameter_mut(user, name) {
        replace_value(mine, &new);
        return;
    }
    match name.split_once('.') {
        Some((group, field)) => {
            let group_table = user.entry(group).or_insert_with(|| {
                let mut dotted = Table::new();
                dotted.set_dotted(true);
                Item::Table(dotted)
            });
            if let Some(table) = group_table.as_table_like_mut() {
                table.insert(field, new);
            }
        }
        None => {
            user.insert(name, new);
        }
    }
}

fn remove_parameter(user: &mut Table, name: &str) {
    if user.remove(name).is_some() {
        return;
    }
    let Some((group, field)) = name.split_once('.') else {
        return;
    };
    let now_empty = user
        .get_mut(group)
        .and_then(Item::as_table_like_mut)
        .is_some_and(|table| {
            table.remove(field);
            table.is_empty()
        });
    if now_empty {
        user.remove(group);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crlf_file_keeps_its_line_endings_and_a_change_is_one_line() {
        let baseline = crate::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let lf = include_str!("../../../../policies/announced-measures.toml");
        let crlf = lf.replace('\n', "\r\n");
        let mut policy =
            parse_policy("p.toml", &crlf, &baseline).unwrap_or_else(|e| panic!("{e:?}"));
        policy.horizon += 1;
        let saved = update_document(
            &crate::diagnostic::test_words::Ids,
            "p.toml",
            Some(&crlf),
            &policy,
            &baseline,
        );
        assert_eq!(saved.matches('\n').count(), saved.matches("\r\n").count());
        let changed = saved
            .split("\r\n")
            .zip(crlf.split("\r\n"))
            .filter(|(a, b)| a != b)
            .count();
        assert_eq!(changed, 1, "{saved}");
        let lf_saved = update_document(
            &crate::diagnostic::test_words::Ids,
            "p.toml",
            Some(lf),
            &policy,
            &baseline,
        );
        assert!(!lf_saved.contains('\r'));
    }

    /// `text` read, changed by `edit`, and saved over itself; `in_place`
    /// says whether the save must keep the text (edit it in place).
    fn saved(text: &str, in_place: bool, edit: impl FnOnce(&mut Policy)) -> String {
        let words = &crate::diagnostic::test_words::Ids;
        let baseline = crate::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let mut policy =
            parse_policy("p.toml", text, &baseline).unwrap_or_else(|e| panic!("{e:?}"));
        edit(&mut policy);
        if in_place {
            let kept = keeps_text(words, "p.toml", text, &policy, &baseline);
            assert!(kept, "kept in place");
        }
        update_document(words, "p.toml", Some(text), &policy, &baseline)
    }

    /// `text` read, changed by `edit`, and saved over itself.
    fn saved_after(text: &str, edit: impl FnOnce(&mut Policy)) -> String {
        saved(text, false, edit)
    }

    /// Saves `text` with the first measure's schedule year 2026 set to 3.0.
    fn with_2026_at_3(text: &str) -> String {
        saved(text, true, |policy| {
            if let levers_core::measure::Amount::Schedule(years) = &mut policy.measures[0].amount {
                for (year, value) in years.iter_mut() {
                    if *year == 2026 {
                        *value = 3.0;
                    }
                }
            }
        })
    }

    const HEAD: &str =
        "format = 2\nname = \"x\"\n\n[measures.a]\nkind = \"rd_grants\"\nstart = 2025\n";

    #[test]
    fn a_schedule_written_as_a_sub_table_keeps_a_comment_per_year() {
        let text = format!(
            "{HEAD}\n[measures.a.amount]\n2025 = 1.0 # Policy Address 2024\n2026 = 2.0 # Budget 2025\n"
        );
        let saved = with_2026_at_3(&text);
        assert!(
            saved.contains("2025 = 1.0 # Policy Address 2024"),
            "{saved}"
        );
        assert!(saved.contains("2026 = 3.0 # Budget 2025"), "{saved}");
    }

    #[test]
    fn a_multi_line_inline_schedule_keeps_its_comments() {
        let text = format!("{HEAD}amount = {{\n  2025 = 1.0, # a\n  2026 = 2.0, # b\n}}\n");
        let saved = with_2026_at_3(&text);
        assert!(saved.contains("2025 = 1.0, # a"), "{saved}");
        assert!(saved.contains("2026 = 3.0, # b"), "{saved}");
    }

    #[test]
    fn removing_a_group_keeps_the_comment_that_closes_the_group_before_it() {
        let text = "format = 1\nname = \"x\"\n\n[levers.land]\nrent_subsidy_pct = 20.0\nstart = 2025\n# Land: PA 2024, para. 57.\n\n# R&D: to be removed.\n[levers.rd]\ngrants_hkd_bn_per_year = 1.0\nstart = 2025\n\n[target]\nyear = 2032\n";
        let saved = saved_after(text, |policy| {
            policy.measures.retain(|m| m.name != "rd_grants");
        });
        assert!(saved.contains("format = 2"), "{saved}");
        assert!(saved.contains("# Land: PA 2024, para. 57."), "{saved}");
        assert!(!saved.contains("R&D"), "{saved}");
        assert!(
            saved.contains("# Land: PA 2024, para. 57.\n\n[target]"),
            "{saved}"
        );
    }

    #[test]
    fn a_sector_added_to_an_inline_table_goes_before_its_closing_space() {
        let text =
            format!("{HEAD}amount = 1.0\nsectors = {{ nev = 1.0, biotech = 1.0 }} # weights\n");
        let saved = saved_after(&text, |policy| {
            if let Some(weights) = policy.measures[0].sector_weights.as_mut() {
                weights[4] = 0.25;
            }
        });
        assert!(
            saved.contains("sectors = { nev = 1.0, biotech = 1.0, traditional = 0.25 } # weights"),
            "{saved}"
        );
    }

    #[test]
    fn an_end_year_added_lines_its_comment_up_with_the_lines_above() {
        let text =
            format!("{HEAD}amount = 1.0            # HK$ bn\nramp_years = 2        # to 2027\n");
        let saved = saved_after(&text, |policy| policy.measures[0].timing.end = Some(2030));
        let column = |needle: &str| {
            let line = saved.lines().find(|l| l.starts_with(needle));
            line.and_then(|l| l.find('#'))
                .unwrap_or_else(|| panic!("no commented {needle}: {saved}"))
        };
        assert_eq!(column("end = 2030"), column("ramp_years"), "{saved}");
    }

    #[test]
    fn a_dotted_schedule_keeps_its_comments() {
        let text = format!("{HEAD}amount.2025 = 1.0 # a\namount.2026 = 2.0 # b\n");
        let saved = with_2026_at_3(&text);
        assert!(saved.contains("amount.2025 = 1.0 # a"), "{saved}");
        assert!(saved.contains("amount.2026 = 3.0 # b"), "{saved}");
    }

    #[test]
    fn a_renamed_measure_stays_where_it_was_with_its_comments() {
        let text = "format = 2\nname = \"x\"\n\n# The first scheme.\n[measures.a]\nkind = \"rd_grants\"\namount = 1.0 # HK$ bn\nstart = 2025\n\n[measures.b]\nkind = \"rd_grants\"\namount = 2.0\nstart = 2026\n";
        let saved = saved_after(text, |policy| policy.measures[0].name = "z".to_string());
        let expected = text.replace("[measures.a]", "[measures.z]");
        assert_eq!(saved, expected);
    }

    #[test]
    fn a_duplicated_measure_is_saved_as_a_copy_of_its_table_right_after_it() {
        let text = "format = 2\nname = \"x\"\n\n# The first scheme.\n[measures.a]\nkind = \"rent_subsidy\"\namount = 20.0 # % of rent, from the LegCo paper\nstart = 2025\nlabel = \"Rent help\"\n\n[measures.b]\nkind = \"rd_grants\"\namount = 2.0\nstart = 2026\n";
        let saved = saved_after(text, |policy| {
            let mut copy = policy.measures[0].clone();
            copy.name = "a_copy".to_string();
            if let Some(label) = copy.label.as_mut() {
                label.text.push_str(" (2)");
            }
            policy.measures.insert(1, copy);
        });
        let expected = text.replace(
            "\n[measures.b]",
            "\n[measures.a_copy]\nkind = \"rent_subsidy\"\namount = 20.0 # % of rent, from the LegCo paper\nstart = 2025\nlabel = \"Rent help (2)\"\n\n[measures.b]",
        );
        // The copy keeps the amount's comment and leaves out the ramp the
        // original leaves at its default; the comment above the original
        // stays the original's.
        assert_eq!(saved, expected);
    }

    #[test]
    fn a_copy_of_a_measure_with_a_schedule_table_follows_that_table() {
        let text = "format = 2\nname = \"x\"\n\n[measures.a]\nkind = \"rd_grants\"\nstart = 2025\n\n[measures.a.amount]\n2025 = 1.0 # first round\n2027 = 2.0\n\n[measures.b]\nkind = \"rd_grants\"\namount = 2.0\nstart = 2026\n";
        let saved = saved_after(text, |policy| {
            let mut copy = policy.measures[0].clone();
            copy.name = "a_copy".to_string();
            policy.measures.push(copy);
        });
        let expected = text.replace(
            "\n[measures.b]",
            "\n[measures.a_copy]\nkind = \"rd_grants\"\nstart = 2025\n\n[measures.a_copy.amount]\n2025 = 1.0 # first round\n2027 = 2.0\n\n[measures.b]",
        );
        assert_eq!(saved, expected);
    }
}
