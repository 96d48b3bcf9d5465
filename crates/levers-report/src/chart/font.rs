//! The fonts charts are drawn with. Both are embedded, so no system font
//! library is needed to build or run: `DejaVu` Sans (assets/fonts, Bitstream
//! Vera licence) for Latin text, and a subset of Noto Sans CJK TC (SIL Open
//! Font License; Latin, punctuation, the 5,401 common characters of Big5
//! level 1 and every character of the message catalogues; made by
//! assets/fonts/make-cjk-subset.sh) for charts with Chinese text.
//!
//! The family names are CSS fallback lists, written as they are into SVG
//! `font-family`, so a viewer uses the system's own CJK font when it has one;
//! PNG rendering looks the same names up among the embedded fonts.

use std::sync::OnceLock;

use ab_glyph::FontRef;

use crate::RenderError;

use plotters::style::FontStyle;

const LATIN_FONT: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
const CJK_FONT: &[u8] = include_bytes!("../../../../assets/fonts/NotoSansTC-subset.otf");

/// The family of charts whose text is all Latin.
pub const LATIN: &str = "'DejaVu Sans', Verdana, sans-serif";
/// The family of charts with Chinese text: the embedded subset's name first,
/// then the CJK fonts of the usual systems.
pub const CJK: &str = "'Noto Sans TC', 'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";

/// Registers the embedded fonts with plotters, once.
pub fn register() -> Result<(), RenderError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let registered = REGISTERED.get_or_init(|| {
        plotters::style::register_font(LATIN, FontStyle::Normal, LATIN_FONT)
            .and_then(|()| plotters::style::register_font(CJK, FontStyle::Normal, CJK_FONT))
            .is_ok()
    });
    if *registered {
        Ok(())
    } else {
        Err(RenderError::Fonts)
    }
}

/// The embedded fonts, read once, for laying text out on PNG charts.
pub struct Faces {
    pub latin: FontRef<'static>,
    pub cjk: FontRef<'static>,
}

/// The embedded fonts could not be read (a broken build).
#[derive(Debug)]
pub struct MissingFonts;

impl std::fmt::Display for MissingFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the fonts embedded in levers could not be read")
    }
}

impl std::error::Error for MissingFonts {}

/// The embedded fonts, read on first use.
pub fn faces() -> Result<&'static Faces, MissingFonts> {
    static FACES: OnceLock<Option<Faces>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            Some(Faces {
                latin: FontRef::try_from_slice(LATIN_FONT).ok()?,
                cjk: FontRef::try_from_slice(CJK_FONT).ok()?,
            })
        })
        .as_ref()
        .ok_or(MissingFonts)
}

/// Whether `text` needs the CJK font (ideographs, kana, CJK punctuation,
/// full-width forms).
pub fn needs_cjk(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(u32::from(c), 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF))
}

#[cfg(test)]
mod tests {
    use ab_glyph::Font;

    use super::*;

    #[test]
    fn the_embedded_cjk_font_has_every_character_of_the_catalogues() {
        let font = FontRef::try_from_slice(CJK_FONT).expect("the font reads");
        let catalogues = [
            include_str!("../i18n/zh-Hant.ftl"),
            include_str!("../i18n/en.ftl"),
        ];
        let missing: std::collections::BTreeSet<char> = catalogues
            .iter()
            .flat_map(|text| text.chars())
            .filter(|c| !c.is_control() && font.glyph_id(*c).0 == 0)
            .collect();
        assert!(missing.is_empty(), "no glyph for {missing:?}");
        // And the common characters of the package named in issue 14.
        assert!("新型工業化方案".chars().all(|c| font.glyph_id(c).0 != 0));
        assert!(needs_cjk("新型工業化 方案A") && !needs_cjk("Land-led"));
    }
}
