//! Text on PNG charts, laid out glyph by glyph.
//!
//! plotters' own `ab_glyph` text drawing (0.3.7) puts each glyph's ink at
//! the pen position and drops the glyph's left side bearing, so narrow
//! glyphs and full-width brackets leave their blank room on the wrong side:
//! "製造業佔本地生產總值百分比（%）" came out as `百分比(  %)` and file
//! names in the CJK font as "op tion-a.toml". It also draws every character
//! in one font, so a character that font lacks is a missing-glyph box.
//!
//! [`Lettering`] wraps a bitmap backend and lays text out itself: each
//! glyph placed at the pen with its own bearings (`ab_glyph`'s outline bounds),
//! advances and kerning as the font gives them, and a character the chart's
//! font lacks taken from the other embedded font. The layout box (width from
//! the advances, height and baseline as plotters has them) is the same one
//! used to measure text, so labels are placed where they are drawn. SVG
//! charts do not use it: a browser lays their `<text>` out.

use ab_glyph::{Font, FontRef, Glyph, PxScale, ScaleFont, point};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

use super::font;

/// A drawing backend whose text is laid out by [`lay_out`]; everything else
/// is drawn by the wrapped backend.
pub struct Lettering<DB> {
    inner: DB,
}

impl<DB> Lettering<DB> {
    pub fn new(inner: DB) -> Lettering<DB> {
        Lettering { inner }
    }
}

/// One glyph of a laid-out line: the font it comes from and where its
/// origin sits on the baseline.
pub struct Placed<'f> {
    pub font: &'f FontRef<'static>,
    pub glyph: Glyph,
}

/// A line of text laid out at a pixel size.
pub struct Line<'f> {
    pub glyphs: Vec<Placed<'f>>,
    /// The sum of the advances (and kerning), in pixels.
    pub width: f32,
}

/// Lays `text` out in `primary` at `size` pixels, taking each character the
/// primary font lacks from `fallback` (when that font has it).
pub fn lay_out<'f>(
    text: &str,
    size: f32,
    primary: &'f FontRef<'static>,
    fallback: &'f FontRef<'static>,
) -> Line<'f> {
    let scale = PxScale::from(size);
    let mut pen = 0.0f32;
    let mut glyphs: Vec<Placed<'f>> = Vec::with_capacity(text.len());
    for c in text.chars() {
        let font = if primary.glyph_id(c).0 == 0 && fallback.glyph_id(c).0 != 0 {
            fallback
        } else {
            primary
        };
        let scaled = font.as_scaled(scale);
        let id = font.glyph_id(c);
        if let Some(previous) = glyphs.last()
            && std::ptr::eq(previous.font, font)
        {
            pen += scaled.kern(previous.glyph.id, id);
        }
        glyphs.push(Placed {
            font,
            glyph: id.with_scale_and_position(scale, point(pen, 0.0)),
        });
        pen += scaled.h_advance(id);
    }
    Line { glyphs, width: pen }
}

/// The layout box's height for text of `size` pixels, as plotters measures
/// it (so label areas keep their size).
fn line_height(size: f64) -> i32 {
    (size / 1.24) as i32
}

/// The fonts for text styled with `family`: the chart's font first, the
/// other embedded font for characters it lacks.
fn fonts_for(
    family: &str,
) -> Result<(&'static FontRef<'static>, &'static FontRef<'static>), font::MissingFonts> {
    let faces = font::faces()?;
    Ok(if family == font::CJK {
        (&faces.cjk, &faces.latin)
    } else {
        (&faces.latin, &faces.cjk)
    })
}

fn font_error<E: std::error::Error + Send + Sync>(
    error: font::MissingFonts,
) -> DrawingErrorKind<E> {
    DrawingErrorKind::FontError(Box::new(error))
}

impl<DB: DrawingBackend> DrawingBackend for Lettering<DB> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.blit_bitmap(pos, size, src)
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let (primary, fallback) = fonts_for(style.family().as_str()).map_err(font_error)?;
        let line = lay_out(text, style.size() as f32, primary, fallback);
        Ok((
            line.width.round().max(0.0) as u32,
            line_height(style.size()).max(0) as u32,
        ))
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (primary, fallback) = fonts_for(style.family().as_str()).map_err(font_error)?;
        let size = style.size();
        let line = lay_out(text, size as f32, primary, fallback);
        let width = line.width.round() as i32;
        let height = line_height(size);
        let dx = match style.anchor().h_pos {
            HPos::Left => 0,
            HPos::Right => -width,
            HPos::Center => -width / 2,
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        // plotters puts the baseline half the size below the box's top.
        let baseline = (size / 2.0) as f32;
        let transform = style.transform();
        let (w, h) = self.get_size();
        let mut ink = Vec::new();
        for placed in line.glyphs {
            let Some(outline) = placed.font.outline_glyph(placed.glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            let left = bounds.min.x as i32;
            // Floor, not truncation: every glyph moved the same way, or those
            // whose top is above the box (most) would sit a pixel lower than
            // the rest (a full stop, a hyphen).
            let top = (baseline + bounds.min.y).floor() as i32;
            outline.draw(|x, y, coverage| {
                if coverage > 0.0 {
                    ink.push((left + x as i32, top + y as i32, coverage));
                }
            });
        }
        for (x, y, coverage) in ink {
            let (x, y) = transform.transform(x + dx, y + dy);
            let (x, y) = (pos.0 + x, pos.1 + y);
            if x >= 0 && x < w as i32 && y >= 0 && y < h as i32 {
                self.inner
                    .draw_pixel((x, y), color.mix(f64::from(coverage)))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use plotters::prelude::*;
    use plotters::style::text_anchor::Pos;

    use super::*;

    const WIDTH: u32 = 700;
    const HEIGHT: u32 = 80;
    /// Label sizes of charts at scale 1 and 2 (footnote to title).
    const SIZES: [f64; 4] = [11.0, 14.0, 22.0, 28.0];
    /// Darker than this counts as ink.
    const INK: u8 = 160;

    /// `text` drawn black on white in `family` at `size` pixels, by
    /// [`Lettering`] (or by plotters itself, to show the fault), as a grey
    /// bitmap.
    fn render(text: &str, family: &str, size: f64, lettering: bool) -> Vec<u8> {
        font::register().expect("fonts");
        let mut pixels = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
        {
            let bitmap = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT));
            let style = TextStyle::from((family, size).into_font())
                .color(&BLACK)
                .pos(Pos::new(HPos::Left, VPos::Top));
            if lettering {
                let root = Lettering::new(bitmap).into_drawing_area();
                root.draw_text(text, &style, (10, 25)).expect("drawn");
                root.present().expect("presented");
            } else {
                let root = bitmap.into_drawing_area();
                root.draw_text(text, &style, (10, 25)).expect("drawn");
                root.present().expect("presented");
            }
        }
        pixels.chunks(3).map(|rgb| rgb[0]).collect()
    }

    /// The widths of the blank column runs between the first and the last
    /// inked column.
    fn ink_gaps(grey: &[u8]) -> Vec<u32> {
        let inked: Vec<bool> = (0..WIDTH as usize)
            .map(|x| (0..HEIGHT as usize).any(|y| grey[y * WIDTH as usize + x] < INK))
            .collect();
        let first = inked.iter().position(|i| *i).expect("some ink");
        let last = inked.iter().rposition(|i| *i).expect("some ink");
        let mut gaps = Vec::new();
        let mut run = 0;
        for &ink in &inked[first..=last] {
            if ink {
                if run > 0 {
                    gaps.push(run);
                }
                run = 0;
            } else {
                run += 1;
            }
        }
        gaps
    }

    /// The widest blank the fonts themselves put between the ink of two
    /// neighbouring glyphs of `text` (right bearing of one, left bearing and
    /// kerning of the next), from the fonts' metrics.
    fn designed_widest_gap(text: &str, family: &str, size: f64) -> f32 {
        let (primary, fallback) = fonts_for(family).expect("fonts");
        let scale = PxScale::from(size as f32);
        let ink = |c: char| {
            let font = if primary.glyph_id(c).0 == 0 {
                fallback
            } else {
                primary
            };
            let glyph = font.glyph_id(c).with_scale(scale);
            let bounds = font.outline_glyph(glyph.clone()).expect("ink").px_bounds();
            let advance = font.as_scaled(scale).h_advance(glyph.id);
            (bounds.min.x, advance - bounds.max.x)
        };
        let chars: Vec<char> = text.chars().collect();
        chars
            .windows(2)
            .map(|pair| ink(pair[0]).1 + ink(pair[1]).0)
            .fold(0.0, f32::max)
    }

    /// Whether every blank between glyphs of `text` is no wider than the
    /// fonts' widest (one pixel allowed for rounding), at every size.
    fn gaps_as_designed(text: &str, family: &str, lettering: bool) -> Result<(), String> {
        for size in SIZES {
            let widest = designed_widest_gap(text, family, size);
            let gaps = ink_gaps(&render(text, family, size, lettering));
            if gaps.iter().any(|g| *g as f32 > widest.ceil() + 1.0) {
                return Err(format!(
                    "{text} at {size}px: gaps {gaps:?}, designed ≤ {widest}"
                ));
            }
        }
        Ok(())
    }

    #[test]
    fn a_file_name_has_no_gap_wider_than_its_fonts_put_between_letters() {
        for family in [font::CJK, font::LATIN] {
            assert_eq!(gaps_as_designed("option-a.toml", family, true), Ok(()));
        }
        // plotters' own drawing opens wider gaps ("op tion-a.toml").
        assert!(gaps_as_designed("option-a.toml", font::LATIN, false).is_err());
    }

    #[test]
    fn full_width_brackets_sit_around_what_they_enclose() {
        // The blank half of "（" goes before it, so "%" sits close inside.
        for text in ["（%）", "百分比（%）"] {
            assert_eq!(gaps_as_designed(text, font::CJK, true), Ok(()));
        }
        // plotters' own drawing leaves the blank half inside: `百分比(  %)`.
        assert!(gaps_as_designed("（%）", font::CJK, false).is_err());
        // And no gap in the label is as wide as a character's advance.
        let em = 22.0;
        let gaps = ink_gaps(&render("百分比（%）", font::CJK, em, true));
        assert!(gaps.iter().all(|g| f64::from(*g) < em), "{gaps:?}");
    }

    /// The lowest inked row of `text` drawn alone.
    fn bottom_row(text: &str, family: &str, size: f64, lettering: bool) -> usize {
        let grey = render(text, family, size, lettering);
        (0..HEIGHT as usize)
            .rev()
            .find(|y| (0..WIDTH as usize).any(|x| grey[y * WIDTH as usize + x] < INK))
            .expect("some ink")
    }

    #[test]
    fn short_and_tall_glyphs_sit_on_one_baseline() {
        for family in [font::CJK, font::LATIN] {
            for size in SIZES {
                let tall = bottom_row("H", family, size, true);
                for short in [".", "a", "x"] {
                    assert_eq!(
                        bottom_row(short, family, size, true),
                        tall,
                        "{short} against H at {size}px"
                    );
                }
            }
        }
    }

    #[test]
    fn a_character_the_chart_font_lacks_comes_from_the_other_font() {
        // Chinese in a chart whose family is the Latin one: drawn, not boxes.
        let drawn = render("方案", font::LATIN, 22.0, true);
        let boxes = render("\u{e000}\u{e001}", font::LATIN, 22.0, true);
        assert_ne!(drawn, boxes, "drawn as missing-glyph boxes");
        let faces = font::faces().expect("fonts");
        let line = lay_out("a方", 20.0, &faces.latin, &faces.cjk);
        assert!(std::ptr::eq(
            line.glyphs[0].font,
            std::ptr::from_ref(&faces.latin)
        ));
        assert!(std::ptr::eq(
            line.glyphs[1].font,
            std::ptr::from_ref(&faces.cjk)
        ));
    }

    #[test]
    fn measured_width_is_the_drawn_width() {
        // A right-anchored label ends where it was measured to end.
        font::register().expect("fonts");
        let text = "Share (%)";
        let mut pixels = vec![255u8; (WIDTH * HEIGHT * 3) as usize];
        let measured = {
            let bitmap = BitMapBackend::with_buffer(&mut pixels, (WIDTH, HEIGHT));
            let root = Lettering::new(bitmap).into_drawing_area();
            let style = TextStyle::from((font::LATIN, 28.0).into_font())
                .color(&BLACK)
                .pos(Pos::new(HPos::Right, VPos::Top));
            let (measured, _) = root.estimate_text_size(text, &style).expect("measured");
            root.draw_text(text, &style, (600, 25)).expect("drawn");
            root.present().expect("presented");
            measured
        };
        let grey: Vec<u8> = pixels.chunks(3).map(|rgb| rgb[0]).collect();
        let inked = |x: usize| (0..HEIGHT as usize).any(|y| grey[y * WIDTH as usize + x] < INK);
        let first = (0..WIDTH as usize).find(|x| inked(*x)).expect("ink");
        let last = (0..WIDTH as usize).rev().find(|x| inked(*x)).expect("ink");
        assert!((596..=600).contains(&last), "ends at {last}");
        let drawn = (600 - first) as u32;
        assert!(
            drawn <= measured && measured - drawn <= 4,
            "{first}..{last} against {measured}"
        );
    }
}
