//! `levers migrate`: a format-1 file rewritten as format 2 in place, keeping its
//! comments. Each used dial of a lever group becomes a measure named by its kind
//! (`[levers.land] land_release_ha_per_year` → `[measures.land_release]`) with
//! the group's timing and targeting; the group's comments go above its first
//! measure; a dial at zero becomes a comment there rather than a measure.

use levers_core::measure::MeasureKind;
use levers_core::{Baseline, LeverField, LeverGroup, Policy, project};
use toml_edit::{DocumentMut, Item, Key, Table, TableLike, Value};

use super::read::parse_policy;
use crate::diagnostic::{Diagnostic, Diagnostics};

const SHARED_KEYS: [&str; 4] = ["start", "ramp_years", "end", "sectors"];

/// The format-2 text of the format-1 file `source` (a format-2 file is returned
/// unchanged). The result is read back and must project exactly as the original.
pub fn migrate_policy(
    file: &str,
    source: &str,
    baseline: &Baseline,
) -> Result<String, Diagnostics> {
    let original = parse_policy(file, source, baseline)?;
    let fail = |message: String| Diagnostics::one(Diagnostic::file_level(file, message));
    let text = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e| fail(format!("not valid TOML: {e}")))?;
    if doc.get("format").and_then(Item::as_integer) == Some(2) {
        return Ok(text.to_string());
    }
    if let Some(format) = doc.get_mut("format").and_then(Item::as_value_mut) {
        let decor = format.decor().clone();
        *format = Value::from(2);
        *format.decor_mut() = decor;
    }
    if let Some(levers) = doc.remove("levers") {
        let mut measures = Table::new();
        measures.set_implicit(true);
        for group in LeverGroup::ALL {
            // The dials the reader made measures of (the same rule, once).
            let used: Vec<LeverField> = group
                .fields()
                .filter(|f| {
                    MeasureKind::from_field(*f)
                        .is_some_and(|k| original.measures.iter().any(|m| m.name == k.key()))
                })
                .collect();
            if let (false, Some(item)) = (used.is_empty(), levers.get(group.key())) {
                migrate_group(&mut measures, group, &used, item);
            }
        }
        doc.insert("measures", Item::Table(measures));
    }
    let migrated = doc.to_string();
    let read_back = parse_policy(file, &migrated, baseline)?;
    if !same_projection(&original, &read_back, baseline) {
        return Err(fail(
            "the format-2 rewrite would not project exactly as the original; file not migrated"
                .into(),
        ));
    }
    Ok(migrated)
}

fn same_projection(a: &Policy, b: &Policy, baseline: &Baseline) -> bool {
    project(baseline, a) == project(baseline, b)
}

/// One group's dials as measures, in the group's place in the file.
fn migrate_group(measures: &mut Table, group: LeverGroup, used: &[LeverField], item: &Item) {
    let Some(table) = item.as_table_like() else {
        return;
    };
    let dials: Vec<LeverField> = group
        .fields()
        .filter(|f| MeasureKind::from_field(*f).is_some())
        .collect();
    let first_key = table.iter().next().map(|(k, _)| k.to_string());
    let mut heading = item
        .as_table()
        .and_then(|t| prefix_of(t.decor()))
        .unwrap_or_default();
    // The comment after the header, or after a group written as an inline
    // table (`land = { … } # why`): kept above the group's first measure.
    let header_comment = item
        .as_table()
        .map(Table::decor)
        .or_else(|| item.as_value().map(Value::decor))
        .and_then(|d| d.suffix())
        .and_then(|s| s.as_str())
        .map(str::trim)
        .filter(|c| c.starts_with('#'));
    if let Some(comment) = header_comment {
        heading.push_str(&format!("{comment}\n"));
    }
    if let Some((key, _)) = first_key.as_deref().and_then(|k| table.get_key_value(k)) {
        heading.push_str(&prefix_of(key.leaf_decor()).unwrap_or_default());
    }
    for field in dials.iter().filter(|f| !used.contains(f)) {
        heading.push_str(&zero_dial_comment(table, *field, first_key.as_deref()));
    }
    let position = item.as_table().and_then(Table::position);
    for (index, field) in used.iter().enumerate() {
        let Some(kind) = MeasureKind::from_field(*field) else {
            continue;
        };
        let mut measure = Table::new();
        measure.set_position(position);
        if index == 0 {
            measure.decor_mut().set_prefix(heading.clone());
        } else {
            measure.decor_mut().set_prefix("\n");
        }
        measure.insert("kind", toml_edit::value(kind.key()));
        let mut copy = |from: &str, to: &str| {
            if let Some((key, value)) = table.get_key_value(from) {
                let mut decor = key.leaf_decor().clone();
                if index > 0 || first_key.as_deref() == Some(from) {
                    decor.set_prefix("");
                }
                measure.insert_formatted(&Key::new(to).with_leaf_decor(decor), value.clone());
            }
        };
        copy(field.spec().key, "amount");
        if kind.has_matching_ratio() && group == LeverGroup::Rd {
            copy(LeverField::CofundingRatio.spec().key, "matching_ratio");
        }
        for key in SHARED_KEYS {
            copy(key, key);
        }
        measures.insert(kind.key(), Item::Table(measure));
    }
}

/// `# rent_subsidy_pct = 0.0 (format 1, a dial at zero: no measure)  # its comment`
fn zero_dial_comment(table: &dyn TableLike, field: LeverField, first_key: Option<&str>) -> String {
    let key = field.spec().key;
    let Some((leaf, item)) = table.get_key_value(key) else {
        return String::new();
    };
    let mut text = String::new();
    if first_key != Some(key) {
        text.push_str(&prefix_of(leaf.leaf_decor()).unwrap_or_default());
    }
    let value = item.as_value();
    let shown = value.map_or_else(String::new, |v| {
        let mut bare = v.clone();
        bare.decor_mut().clear();
        bare.to_string()
    });
    let comment = value
        .and_then(|v| v.decor().suffix())
        .and_then(|s| s.as_str())
        .unwrap_or("")
        .trim();
    let comment = comment.strip_prefix('#').map_or(comment, str::trim);
    text.push_str(&format!(
        "# {key} = {shown} (format 1; a dial at zero is no measure)"
    ));
    if !comment.is_empty() {
        text.push_str(&format!(": {comment}"));
    }
    text.push('\n');
    text
}

fn prefix_of(decor: &toml_edit::Decor) -> Option<String> {
    decor.prefix().and_then(|p| p.as_str()).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_comment_after_a_group_written_inline_is_kept() {
        let baseline = crate::baseline_file::embedded().unwrap_or_else(|e| panic!("{e:?}"));
        let source = "format = 1\nname = \"x\"\n\n[levers]\nland = { rent_subsidy_pct = 20.0, start = 2025 } # PA 2024, para. 57\n";
        let migrated =
            migrate_policy("p.toml", source, &baseline).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(migrated.contains("# PA 2024, para. 57"), "{migrated}");
    }
}
