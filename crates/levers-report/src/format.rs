//! Number formatting shared by the reports and the workbench, so a number reads
//! the same on screen and on paper.

/// `82,600` — a count rounded to a whole number with thousands separators.
pub fn thousands(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let rounded = value.round();
    let digits = format!("{:.0}", rounded.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if rounded < 0.0 {
        format!("-{out}")
    } else {
        out
    }
}

/// `HK$1.2 bn`, `HK$350 m`, `HK$12,400` — money in HK$ at a readable scale.
pub fn hkd(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let magnitude = value.abs();
    let amount = if magnitude >= 1e9 {
        format!("{:.1} bn", magnitude / 1e9)
    } else if magnitude >= 1e8 {
        format!("{:.0} m", magnitude / 1e6)
    } else if magnitude >= 1e6 {
        format!("{:.1} m", magnitude / 1e6)
    } else {
        thousands(magnitude)
    };
    // The sign goes before the currency: -HK$11.7 m, never HK$-11.7 m.
    let sign = if value < 0.0 && amount.chars().any(|c| matches!(c, '1'..='9')) {
        "-"
    } else {
        ""
    };
    format!("{sign}HK${amount}")
}

/// `HK$31.2 bn` from a value already in HK$ bn.
pub fn hkd_bn(value_bn: f64) -> String {
    hkd(value_bn * 1e9)
}

/// `+1.23` / `-0.50`: a signed difference with `decimals` decimals.
pub fn signed(value: f64, decimals: usize) -> String {
    format!("{value:+.decimals$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_groups_digits_and_rounds() {
        assert_eq!(thousands(82_600.4), "82,600");
        assert_eq!(thousands(999.6), "1,000");
        assert_eq!(thousands(-1_234_567.0), "-1,234,567");
        assert_eq!(thousands(0.0), "0");
    }

    #[test]
    fn money_picks_a_readable_scale() {
        assert_eq!(hkd_bn(31.2), "HK$31.2 bn");
        assert_eq!(hkd(354_000.0), "HK$354,000");
        assert_eq!(hkd(2.5e8), "HK$250 m");
        assert_eq!(hkd(2.69e6), "HK$2.7 m");
        assert_eq!(hkd(-11.7e6), "-HK$11.7 m");
        assert_eq!(hkd_bn(-0.00001), "-HK$10,000");
        assert_eq!(hkd(-0.2), "HK$0");
    }
}

/// `text` in exactly `width` terminal columns: cut with `…` when it is wider,
/// padded with spaces when narrower. Wide (CJK) characters count two columns.
pub fn fit(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return format!("{text}{}", " ".repeat(width - text.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
        used += 1;
    }
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod fit_tests {
    use super::fit;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn fits_to_the_column_width_with_an_ellipsis() {
        assert_eq!(fit("NIAS", 6), "NIAS  ");
        assert_eq!(fit("Re-industrialisation", 8), "Re-indu…");
        for text in ["新型工業化 方案A", "abc", "土地主導"] {
            for width in 1..12 {
                assert_eq!(fit(text, width).width(), width, "{text} in {width}");
            }
        }
    }
}
