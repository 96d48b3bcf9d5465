//! How the lines of a chart are told apart — colour, dash pattern and marker —
//! and which line gets which: by package name, not by position, so a package
//! looks the same in every chart (the status quo is always the black solid
//! line with circles; other names take the style their name hashes to).

pub use plotters::style::RGBColor;

/// How one line is told apart: colour, dash, marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineStyle {
    pub color: RGBColor,
    /// Dash length and gap in pixels (at scale 1); `None` is a solid line.
    pub dash: Option<(u32, u32)>,
    pub marker: Marker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Triangle,
    Cross,
    Square,
    Diamond,
    Dot,
    /// No marker (the target line).
    None,
}

/// Okabe–Ito colours (distinct for colour-blind readers), then three darker
/// colours from `ColorBrewer`'s Dark2, each with a dash pattern of its own and
/// a marker (colour, dash and marker together are unique), so eight packages
/// besides the status quo are told apart in colour and in black and white.
/// The first is the status quo's.
pub const STYLES: [LineStyle; 10] = [
    look((0, 0, 0), None, Marker::Circle),
    look((0, 114, 178), Some((10, 5)), Marker::Triangle),
    look((213, 94, 0), Some((3, 4)), Marker::Cross),
    look((0, 158, 115), Some((16, 4)), Marker::Square),
    look((204, 121, 167), Some((6, 3)), Marker::Diamond),
    look((230, 159, 0), Some((2, 8)), Marker::Dot),
    look((86, 180, 233), Some((12, 10)), Marker::Circle),
    look((117, 112, 179), Some((20, 4)), Marker::Triangle),
    look((166, 118, 29), Some((1, 3)), Marker::Square),
    look((102, 102, 102), Some((8, 2)), Marker::Cross),
];

/// A style from its colour (red, green, blue), dash and marker.
const fn look((r, g, b): (u8, u8, u8), dash: Option<(u32, u32)>, marker: Marker) -> LineStyle {
    LineStyle {
        color: RGBColor(r, g, b),
        dash,
        marker,
    }
}

/// The target line's colour (grey, long dashes, labelled).
pub const TARGET_COLOR: RGBColor = RGBColor(120, 120, 120);
pub(super) const TARGET_LOOK: LineStyle = LineStyle {
    color: TARGET_COLOR,
    dash: Some((12, 4)),
    marker: Marker::None,
};

/// Whether `name` is the status quo (however it is capitalised or hyphenated).
fn is_status_quo(name: &str) -> bool {
    let words: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = words.split_whitespace().collect();
    words.starts_with(&["status", "quo"]) || name.contains("現狀")
}

/// FNV-1a: a hash that is the same on every machine and in every version.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The style each name is drawn with, in the order given. The status quo gets
/// the first style; every other name the style its hash picks among the rest,
/// or the next free one if another name in the chart has it (names are taken
/// in hash order, so the list's order does not matter). Beyond nine lines
/// (or eight without the status quo), styles repeat.
pub fn styles_for(names: &[&str]) -> Vec<LineStyle> {
    let mut chosen: Vec<Option<usize>> = vec![None; names.len()];
    let mut used = [false; STYLES.len()];
    for (i, name) in names.iter().enumerate() {
        if is_status_quo(name) {
            chosen[i] = Some(0);
            used[0] = true;
        }
    }
    let mut others: Vec<usize> = (0..names.len()).filter(|i| chosen[*i].is_none()).collect();
    others.sort_by_key(|i| (fnv1a(names[*i]), names[*i]));
    let choices = STYLES.len() - 1;
    for i in others {
        let preferred = (fnv1a(names[i]) % choices as u64) as usize;
        let free = (0..choices)
            .map(|step| 1 + (preferred + step) % choices)
            .find(|index| !used[*index]);
        let index = free.unwrap_or(1 + preferred);
        used[index] = true;
        chosen[i] = Some(index);
    }
    chosen
        .into_iter()
        .map(|index| STYLES[index.unwrap_or(0)])
        .collect()
}

/// The style of a package drawn alone (or with names that do not collide).
pub fn style_for(name: &str) -> LineStyle {
    styles_for(&[name])[0]
}

/// `#RRGGBB`, as the SVG backend writes colours.
pub fn hex(color: RGBColor) -> String {
    format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_packages_without_the_status_quo_get_eight_different_looks() {
        let names = [
            "Option A", "Option B", "Option C", "Option D", "Option E", "Option F", "Option G",
            "Option H",
        ];
        let styles = styles_for(&names);
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a.color, b.color, "two packages share a colour");
                assert_ne!(a.dash, b.dash, "two packages share a dash pattern");
            }
        }
        assert!(
            !styles.contains(&STYLES[0]),
            "only the status quo is black and solid"
        );
    }

    #[test]
    fn a_packages_style_does_not_depend_on_its_position() {
        let names = ["Status quo", "Land-led", "Blueprint 2032", "R&D-led"];
        let forward = styles_for(&names);
        let mut reversed_names = names;
        reversed_names.reverse();
        let mut backward = styles_for(&reversed_names);
        backward.reverse();
        assert_eq!(forward, backward);
        assert_eq!(forward[0], STYLES[0]);
        let distinct: std::collections::BTreeSet<String> =
            forward.iter().map(|s| hex(s.color)).collect();
        assert_eq!(distinct.len(), names.len());
    }

    #[test]
    fn the_status_quo_is_recognised_however_it_is_written() {
        for name in ["Status quo", "status-quo", "STATUS QUO (2024)", "現狀"] {
            assert_eq!(style_for(name), STYLES[0], "{name}");
        }
        assert_ne!(style_for("Statue quota"), STYLES[0]);
    }
}
