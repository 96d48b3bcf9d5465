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
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
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

/// `30,000.5` — `value` with `decimals` and thousands separators (a whole
/// number as [`thousands`]).
pub fn thousands_with(value: f64, decimals: usize) -> String {
    if decimals == 0 || !value.is_finite() {
        return thousands(value);
    }
    let text = format!("{:.decimals$}", value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole = thousands(whole.parse::<f64>().unwrap_or(0.0));
    let sign = if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        "-"
    } else {
        ""
    };
    format!("{sign}{whole}.{fraction}")
}

/// A number as the user could have typed it, short: `1e308`, not its 309
/// digits; `0.5` stays `0.5`. For messages that echo a number from a file or
/// the command line.
pub fn as_typed(value: f64) -> String {
    let size = value.abs();
    if size.is_finite() && size != 0.0 && !(1e-6..1e15).contains(&size) {
        format!("{value:e}")
    } else {
        format!("{value}")
    }
}

/// `value` as typed, with at least one decimal: `5.0`, `0.9`, `0.93`, the way
/// a target share reads in a sentence that has always said "5.0%".
pub fn as_typed_one_decimal(value: f64) -> String {
    let one = format!("{value:.1}");
    if one.parse::<f64>().ok() == Some(value) {
        one
    } else {
        as_typed(value)
    }
}

/// `share` (0 to 1) as a percentage without its sign, whole above 1% and below
/// 99%, and otherwise with the decimals that keep it from reading as 0 or 100:
/// `3`, `0.06`, `0.5`, `99.94`, `100`. A rare case is then never "0% of draws".
pub fn percent(share: f64) -> String {
    let pct = 100.0 * share;
    if !pct.is_finite() {
        return "–".to_string();
    }
    // Distance from the nearer end that whole numbers would hide.
    let from_end = pct.min(100.0 - pct);
    if from_end >= 1.0 || from_end <= 0.0 {
        return format!("{pct:.0}");
    }
    let decimals = (-from_end.log10()).ceil() as usize;
    format!("{pct:.decimals$}")
}

/// Money in `lang`, so a language writes money one way everywhere (every
/// sentence and table that states an amount goes through here or
/// [`money_bn`]): `HK$1.2 bn`, `HK$350 m`, `HK$12,400` in English; in
/// Chinese as Hong Kong writes it, in 億 (10^8) and 萬 (10^4): `12億港元`,
/// `3.5億港元`, `420萬港元`, `9,800港元`. (Column headers give amounts in
/// 十億港元, the unit of the series; prose uses 億 and 萬.)
pub fn money(lang: crate::i18n::Lang, value: f64) -> String {
    match lang {
        crate::i18n::Lang::En => english_money(value),
        crate::i18n::Lang::ZhHant => chinese_money(value),
    }
}

/// [`money`] from a value already in HK$ bn.
pub fn money_bn(lang: crate::i18n::Lang, value_bn: f64) -> String {
    money(lang, value_bn * 1e9)
}

/// `12億港元`, `3.5億港元`, `420萬港元`, `-9,800港元`.
fn chinese_money(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let magnitude = value.abs();
    // Three significant figures, as the English `HK$27.1 bn`.
    let scaled = |unit: f64, name: &str| {
        let amount = magnitude / unit;
        if amount >= 100.0 {
            format!("{}{name}", thousands(amount))
        } else {
            // `10億港元`, not `10.0億港元`: a whole number is written whole.
            let text = format!("{amount:.1}");
            format!("{}{name}", text.strip_suffix(".0").unwrap_or(&text))
        }
    };
    let amount = if magnitude >= 1e8 {
        scaled(1e8, "億")
    } else if magnitude >= 1e4 {
        scaled(1e4, "萬")
    } else {
        thousands(magnitude)
    };
    let sign = minus(value, &amount);
    crate::i18n::Lang::ZhHant.format("money", &[("amount", &format!("{sign}{amount}"))])
}

/// `HK$1.2 bn`, `HK$350 m`, `HK$12,400` — money in HK$ at a readable scale.
fn english_money(value: f64) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let magnitude = value.abs();
    // Halves round away from zero, as the Chinese amounts do (`thousands`):
    // HK$32.25 bn is HK$32.3 bn as it is 323億港元 (formatting alone would
    // round the tie to even, 32.2).
    let tenths = |amount: f64| (amount * 10.0).round() / 10.0;
    let amount = if magnitude >= 1e9 {
        format!("{} bn", grouped(&format!("{:.1}", tenths(magnitude / 1e9))))
    } else if magnitude >= 1e8 {
        format!("{:.0} m", (magnitude / 1e6).round())
    } else if magnitude >= 1e6 {
        format!("{:.1} m", tenths(magnitude / 1e6))
    } else {
        thousands(magnitude)
    };
    // The sign goes before the currency: -HK$11.7 m, never HK$-11.7 m.
    let sign = minus(value, &amount);
    format!("{sign}HK${amount}")
}

/// A number as printed (`2418.0`) with its whole part in groups of three
/// (`2,418.0`).
fn grouped(number: &str) -> String {
    let (whole, rest) = number.split_at(number.find('.').unwrap_or(number.len()));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, digit) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*digit);
    }
    out + rest
}

/// `-` before the amount of a negative `value`, unless the amount shows as
/// zero (no `-0`).
fn minus(value: f64, amount: &str) -> &'static str {
    if value < 0.0 && amount.chars().any(|c| matches!(c, '1'..='9')) {
        "-"
    } else {
        ""
    }
}

/// `1.23` / `-0.50` / `0.00`: `value` with `decimals` decimals, a minus only
/// before an amount that shows (never `-0.00`).
pub fn fixed(value: f64, decimals: usize) -> String {
    let amount = format!("{:.decimals$}", value.abs());
    format!("{}{amount}", minus(value, &amount))
}

/// `+1.23` / `-0.50`: a signed difference with `decimals` decimals; see
/// [`signed_as`] for the rule at zero.
pub fn signed(value: f64, decimals: usize) -> String {
    signed_as(|v| format!("{v:.decimals$}"), value)
}

/// `+12,300` / `-HK$1.2 m` / `0.00`: a signed difference whose size is shown
/// by `show` (given the absolute value), the sign before any currency. The
/// one formatter of differences, so every face agrees at zero: a change that
/// shows as nothing (no digit 1–9, e.g. `0.00`, `HK$0`) has no direction and
/// no sign, never `-0.00` or `+0.00`, whether it is 0, -0 or a tiny change
/// either way.
pub fn signed_as(show: impl Fn(f64) -> String, value: f64) -> String {
    let text = show(value.abs());
    if !text.chars().any(|c| matches!(c, '1'..='9')) {
        text
    } else if value < 0.0 {
        format!("-{text}")
    } else {
        format!("+{text}")
    }
}

/// What limits a year, for the year table and the workbench: the binding
/// capacity constraint and, when the budget cap scales the levers down, the
/// cap with the share of the levers that still applies (`budget 55%`,
/// `labour, budget 55%`). A cap that binds is never shown as `none`.
pub fn limits(lang: crate::i18n::Lang, year: &levers_core::YearOutcome) -> String {
    let constraint = lang.text(&format!("limit-{}", year.binding_constraint.key()));
    // Below 99.95 % it would print as less than 100 %.
    if year.budget_scale >= 0.9995 {
        return constraint;
    }
    let percent = format!("{:.0}", (year.budget_scale * 100.0).floor());
    let budget = lang.format("limit-budget", &[("pct", &percent)]);
    if year.binding_constraint == levers_core::Constraint::None {
        budget
    } else {
        format!("{constraint}, {budget}")
    }
}

/// A share beside the target it is compared with (`4.9967` for 4.9967 against
/// 5): shown with two decimals, or with as many more (up to four) as it takes
/// for rounding not to carry it onto or across the target; a miss closer than
/// that is "just below". Never a missed target shown as reached.
pub fn share_near_target(share_pct: f64, target_pct: f64) -> String {
    let reached = share_pct >= target_pct;
    for decimals in 2..=4 {
        let text = format!("{share_pct:.decimals$}");
        if text
            .parse::<f64>()
            .is_ok_and(|shown| (shown >= target_pct) == reached)
        {
            return text;
        }
    }
    format!("just below {target_pct}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_number_never_shows_minus_zero() {
        assert_eq!(fixed(-0.001, 2), "0.00");
        assert_eq!(fixed(-0.0, 2), "0.00");
        assert_eq!(fixed(-0.005_1, 2), "-0.01");
        assert_eq!(fixed(0.08, 2), "0.08");
        assert_eq!(fixed(-1.5, 1), "-1.5");
    }

    #[test]
    fn thousands_with_keeps_the_decimals_asked_for() {
        assert_eq!(thousands_with(45.5, 1), "45.5");
        assert_eq!(thousands_with(30_000.25, 2), "30,000.25");
        assert_eq!(thousands_with(-1_234.5, 1), "-1,234.5");
        assert_eq!(thousands_with(82_600.4, 0), "82,600");
    }

    #[test]
    fn thousands_groups_digits_and_rounds() {
        assert_eq!(thousands(82_600.4), "82,600");
        assert_eq!(thousands(999.6), "1,000");
        assert_eq!(thousands(-1_234_567.0), "-1,234,567");
        assert_eq!(thousands(0.0), "0");
    }

    #[test]
    fn a_target_share_reads_as_typed_with_at_least_one_decimal() {
        assert_eq!(as_typed_one_decimal(5.0), "5.0");
        assert_eq!(as_typed_one_decimal(0.9), "0.9");
        // Not "0.9": one decimal would round the target the user set.
        assert_eq!(as_typed_one_decimal(0.93), "0.93");
        assert_eq!(as_typed_one_decimal(1.25), "1.25");
    }

    #[test]
    fn everyday_numbers_read_as_typed_and_extreme_ones_stay_short() {
        assert_eq!(as_typed(1.5), "1.5");
        assert_eq!(as_typed(150.0), "150");
        assert_eq!(as_typed(1e9), "1000000000");
        assert_eq!(as_typed(-0.25), "-0.25");
        assert_eq!(as_typed(1e308), "1e308");
        assert_eq!(as_typed(1e-300), "1e-300");
        assert_eq!(as_typed(f64::NAN), "NaN");
    }

    #[test]
    fn a_rare_share_keeps_the_decimals_that_show_it() {
        assert_eq!(percent(0.03), "3");
        assert_eq!(percent(0.5), "50");
        assert_eq!(percent(0.0), "0");
        assert_eq!(percent(1.0), "100");
        assert_eq!(percent(0.000_6), "0.06");
        assert_eq!(percent(0.005), "0.5");
        assert_eq!(percent(0.999_4), "99.94");
        assert_eq!(percent(0.000_001), "0.0001");
        assert_eq!(percent(f64::NAN), "–");
    }

    #[test]
    fn a_change_that_rounds_to_nothing_has_no_sign() {
        assert_eq!(signed(0.0, 2), "0.00");
        assert_eq!(signed(-0.0, 2), "0.00");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(0.001, 2), "0.00");
        assert_eq!(signed(-0.004_9, 2), "0.00");
        assert_eq!(signed(-0.005_1, 2), "-0.01");
        assert_eq!(signed(1.5, 1), "+1.5");
        assert_eq!(signed(-1.5, 0), "-2");
    }

    #[test]
    fn a_signed_amount_puts_the_sign_before_the_currency_and_none_on_nothing() {
        assert_eq!(signed_as(thousands, 12_300.0), "+12,300");
        assert_eq!(signed_as(thousands, -800.0), "-800");
        assert_eq!(signed_as(thousands, -0.4), "0");
        assert_eq!(signed_as(thousands, -0.0), "0");
        assert_eq!(
            signed_as(|v| money_bn(crate::i18n::Lang::En, v), -1.5),
            "-HK$1.5 bn"
        );
        assert_eq!(
            signed_as(|v| money_bn(crate::i18n::Lang::En, v), 0.0),
            "HK$0"
        );
        assert_eq!(
            signed_as(|v| money_bn(crate::i18n::Lang::En, v), -1e-12),
            "HK$0"
        );
        assert_eq!(
            signed_as(|v| money(crate::i18n::Lang::ZhHant, v), -0.2),
            "0港元"
        );
    }

    #[test]
    fn a_missed_target_is_never_rounded_onto_it() {
        assert_eq!(share_near_target(4.9967, 5.0), "4.997");
        assert_eq!(share_near_target(4.94, 5.0), "4.94");
        assert_eq!(share_near_target(4.999_999, 5.0), "just below 5");
        assert_eq!(share_near_target(5.0001, 5.0), "5.00");
    }

    #[test]
    fn money_picks_a_readable_scale() {
        assert_eq!(money_bn(crate::i18n::Lang::En, 31.2), "HK$31.2 bn");
        assert_eq!(money_bn(crate::i18n::Lang::En, 2418.0), "HK$2,418.0 bn");
        assert_eq!(
            money_bn(crate::i18n::Lang::En, -12_345.67),
            "-HK$12,345.7 bn"
        );
        assert_eq!(money_bn(crate::i18n::Lang::En, 999.96), "HK$1,000.0 bn");
        // A half rounds away from zero in both languages.
        assert_eq!(money_bn(crate::i18n::Lang::En, 32.25), "HK$32.3 bn");
        assert_eq!(money_bn(crate::i18n::Lang::ZhHant, 32.25), "323億港元");
        assert_eq!(money(crate::i18n::Lang::En, 354_000.0), "HK$354,000");
        assert_eq!(money(crate::i18n::Lang::En, 2.5e8), "HK$250 m");
        assert_eq!(money(crate::i18n::Lang::En, 2.69e6), "HK$2.7 m");
        assert_eq!(money(crate::i18n::Lang::En, -11.7e6), "-HK$11.7 m");
        assert_eq!(money_bn(crate::i18n::Lang::En, -0.00001), "-HK$10,000");
        assert_eq!(money(crate::i18n::Lang::En, -0.2), "HK$0");
    }

    #[test]
    fn chinese_money_is_in_yi_and_wan() {
        use crate::i18n::Lang::ZhHant;
        assert_eq!(money_bn(ZhHant, 27.1), "271億港元");
        assert_eq!(money_bn(ZhHant, 174.5), "1,745億港元");
        assert_eq!(money_bn(ZhHant, 0.35), "3.5億港元");
        assert_eq!(money(ZhHant, 4.2e6), "420萬港元");
        assert_eq!(money(ZhHant, 354_000.0), "35.4萬港元");
        assert_eq!(money(ZhHant, -9_800.0), "-9,800港元");
        assert_eq!(money(ZhHant, -0.2), "0港元");
        assert_eq!(money(ZhHant, f64::NAN), "–");
    }

    #[test]
    fn whole_chinese_amounts_have_no_decimal_zero() {
        use crate::i18n::Lang::ZhHant;
        assert_eq!(money_bn(ZhHant, 1.0), "10億港元");
        assert_eq!(money(ZhHant, 5e4), "5萬港元");
        assert_eq!(money_bn(ZhHant, 1.05), "10.5億港元");
    }
}

/// `text` in exactly `width` terminal columns: cut with `…` when it is wider,
/// padded with spaces when narrower. Wide (CJK) characters count two columns.
pub fn fit(text: &str, width: usize) -> String {
    fit_marked(text, width, Some('…'))
}

/// `text` in exactly `width` terminal columns, cut without a mark (where the
/// layout shows a cut by itself) or padded.
pub fn columns(text: &str, width: usize) -> String {
    fit_marked(text, width, None)
}

fn fit_marked(text: &str, width: usize, mark: Option<char>) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return format!("{text}{}", " ".repeat(width - text.width()));
    }
    let room = width.saturating_sub(usize::from(mark.is_some()));
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        out.push(c);
        used += w;
    }
    if let Some(mark) = mark.filter(|_| width > 0) {
        out.push(mark);
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
