//! What the last frame drew where, for the mouse. Drawing returns it (as
//! television's `draw` returns its layout) and the app keeps it until the next
//! frame, so a click is resolved against the screen the user saw, and the app
//! never calls into the view.

use levers_core::LeverField;
use ratatui::layout::{Position, Rect};

/// A thing a click or a scroll can land on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A lever's row on the lever panel.
    Lever(LeverField),
    /// A measure's row on the measure list (its index in the package).
    Measure(usize),
}

/// The clickable areas of one frame, each with what it shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hits {
    areas: Vec<(Rect, Target)>,
    /// How far the help overlay can scroll on this screen (rows), when drawn.
    help_scroll_limit: Option<u16>,
    /// How far the Detail panel drawn can scroll (rows) and its page (the
    /// rows of text it shows), when drawn.
    detail_scroll: Option<(u16, u16)>,
}

impl Hits {
    /// Records that `area` shows `target`.
    pub fn push(&mut self, area: Rect, target: Target) {
        self.areas.push((area, target));
    }

    /// Records how far the help overlay drawn can scroll.
    pub fn set_help_scroll_limit(&mut self, limit: u16) {
        self.help_scroll_limit = Some(limit);
    }

    /// Records how far the Detail panel drawn can scroll, and its page.
    pub fn set_detail_scroll(&mut self, limit: u16, page: u16) {
        self.detail_scroll = Some((limit, page));
    }

    /// How far the Detail panel can scroll and its page, if it was drawn.
    pub fn detail_scroll(&self) -> Option<(u16, u16)> {
        self.detail_scroll
    }

    /// How far the help overlay can scroll, if it was drawn.
    pub fn help_scroll_limit(&self) -> Option<u16> {
        self.help_scroll_limit
    }

    /// What is drawn at `column`, `row`, if anything clickable.
    pub fn at(&self, column: u16, row: u16) -> Option<Target> {
        let position = Position::new(column, row);
        self.areas
            .iter()
            .find(|(area, _)| area.contains(position))
            .map(|(_, target)| *target)
    }

    /// The lever drawn at `column`, `row`.
    pub fn lever_at(&self, column: u16, row: u16) -> Option<LeverField> {
        match self.at(column, row)? {
            Target::Lever(field) => Some(field),
            Target::Measure(_) => None,
        }
    }

    /// The measure drawn at `column`, `row`.
    pub fn measure_at(&self, column: u16, row: u16) -> Option<usize> {
        match self.at(column, row)? {
            Target::Measure(index) => Some(index),
            Target::Lever(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_position_finds_the_area_that_holds_it_and_nothing_elsewhere() {
        let mut hits = Hits::default();
        hits.push(
            Rect::new(1, 3, 10, 1),
            Target::Lever(LeverField::RentSubsidyPct),
        );
        hits.push(Rect::new(1, 4, 10, 1), Target::Measure(2));
        assert_eq!(hits.lever_at(1, 3), Some(LeverField::RentSubsidyPct));
        assert_eq!(hits.lever_at(10, 3), Some(LeverField::RentSubsidyPct));
        assert_eq!(hits.lever_at(11, 3), None, "one past the right edge");
        assert_eq!(hits.lever_at(1, 4), None, "a measure is not a lever");
        assert_eq!(hits.measure_at(5, 4), Some(2));
        assert_eq!(hits.at(0, 3), None, "the border");
        assert_eq!(Hits::default().at(1, 3), None);
    }
}
