//! The measure list of a format-2 package: measures grouped by kind, in the
//! order they are listed, and names for new ones. The app handles its keys
//! (`app/measure_list.rs`); a package of dials' measures (as a format-1 file
//! is read) keeps the lever panel ([`super::edit`]).

use levers_core::measure::{Measure, MeasureKind};

use super::action::Action;
use super::editor::Reply;

/// The measures in the order they are listed: by kind (in
/// [`MeasureKind::ALL`] order), then as in the file. Indices into
/// `Policy::measures`.
pub fn listed_order(measures: &[Measure]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..measures.len()).collect();
    order.sort_by_key(|i| measures[*i].kind.index());
    order
}

/// The measure listed first (index into `Policy::measures`; 0 when there is
/// none): where the selection starts when a package is opened.
pub fn first_listed(measures: &[Measure]) -> usize {
    listed_order(measures).first().copied().unwrap_or(0)
}

/// `base`, or `base_2`, `base_3`… — the first not used by a measure.
pub fn unused_name(measures: &[Measure], base: &str) -> String {
    let taken = |name: &str| measures.iter().any(|m| m.name == name);
    if !taken(base) {
        return base.to_string();
    }
    // Of these n + 1 names at most n are taken.
    (2..=measures.len() + 2)
        .map(|n| format!("{base}_{n}"))
        .find(|name| !taken(name))
        .unwrap_or_else(|| base.to_string())
}

/// The kind picker's answer to `action`, `selected` an index into
/// [`MeasureKind::ALL`]: ↑/↓ choose, Enter asks for a measure of that kind,
/// Esc closes.
pub fn pick_kind(selected: &mut usize, action: Action) -> Reply<MeasureKind> {
    let last = MeasureKind::ALL.len() - 1;
    match action {
        Action::SelectPrevious => *selected = selected.saturating_sub(1),
        Action::SelectNext => *selected = (*selected + 1).min(last),
        Action::Confirm => return Reply::Effect(MeasureKind::ALL[(*selected).min(last)]),
        Action::Cancel => return Reply::Close,
        _ => {}
    }
    Reply::Stay
}

#[cfg(test)]
mod tests {
    use super::*;
    use levers_core::measure::{Amount, MeasureKind};

    /// One measure of each kind, named by its key.
    fn measures() -> Vec<Measure> {
        MeasureKind::ALL
            .into_iter()
            .map(|kind| Measure::new(kind.key(), kind, Amount::Constant(0.0), 2026))
            .collect()
    }

    #[test]
    fn measures_are_listed_by_kind_keeping_file_order_within_a_kind() {
        let mut list = measures();
        list.reverse();
        let order = listed_order(&list);
        let kinds: Vec<usize> = order.iter().map(|i| list[*i].kind.index()).collect();
        let mut sorted = kinds.clone();
        sorted.sort_unstable();
        assert_eq!(kinds, sorted);
        assert_eq!(order.len(), list.len());
    }

    #[test]
    fn the_kind_picker_stays_in_the_list_and_asks_for_the_kind_chosen() {
        let mut selected = 0;
        assert_eq!(
            pick_kind(&mut selected, Action::SelectPrevious),
            Reply::Stay
        );
        assert_eq!(selected, 0);
        for _ in 0..MeasureKind::ALL.len() + 3 {
            assert_eq!(pick_kind(&mut selected, Action::SelectNext), Reply::Stay);
        }
        assert_eq!(selected, MeasureKind::ALL.len() - 1, "the last kind stays");
        assert_eq!(
            pick_kind(&mut selected, Action::Confirm),
            Reply::Effect(MeasureKind::ALL[MeasureKind::ALL.len() - 1])
        );
        assert_eq!(pick_kind(&mut selected, Action::Cancel), Reply::Close);
    }

    #[test]
    fn new_names_never_collide() {
        let mut list = measures();
        list[0].name = "rd_grants".into();
        list[1].name = "rd_grants_2".into();
        assert_eq!(unused_name(&list, "rd_grants"), "rd_grants_3");
        assert_eq!(unused_name(&list, "land_release"), "land_release");
    }
}
