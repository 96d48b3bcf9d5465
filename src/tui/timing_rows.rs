//! The rows of a timing and its targeting — start year, ramp, end year and
//! the sector weights — as the group editor and the measure editor show, step
//! and read them. Neither editor owns them, so both import them from here.

use levers_core::dials::GroupTiming;
use levers_core::policy::{MAX_RAMP_YEARS, MAX_SECTOR_WEIGHT};
use levers_core::{MANUFACTURING_COUNT, Sector, Timing};
use levers_report::i18n::Lang;

use super::numbers::{parse_number, stepped};

/// One line of the group editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupRow {
    Start,
    Ramp,
    End,
    Weight(usize),
}

impl GroupRow {
    pub const ALL: [GroupRow; 3 + MANUFACTURING_COUNT] = [
        GroupRow::Start,
        GroupRow::Ramp,
        GroupRow::End,
        GroupRow::Weight(0),
        GroupRow::Weight(1),
        GroupRow::Weight(2),
        GroupRow::Weight(3),
        GroupRow::Weight(4),
    ];

    /// The rows of a group or measure that `targets_sectors` or not: the
    /// sector weights only where they steer something (the file reader
    /// refuses them on talent admissions and training places).
    pub fn rows_for(targets_sectors: bool) -> &'static [GroupRow] {
        if targets_sectors {
            &GroupRow::ALL
        } else {
            &GroupRow::ALL[..3]
        }
    }

    /// Whether the kinds of `group` use sector weights.
    pub fn group_targets_sectors(group: levers_core::LeverGroup) -> bool {
        group.fields().any(|field| {
            levers_core::measure::MeasureKind::from_field(field)
                .is_some_and(levers_core::measure::MeasureKind::targets_sectors)
        })
    }

    /// The key of this row in a measure's table, which the validator names
    /// problems by (`start`, `sectors.nev`).
    pub fn key(self) -> String {
        match self {
            GroupRow::Start => "start".to_string(),
            GroupRow::Ramp => "ramp_years".to_string(),
            GroupRow::End => "end".to_string(),
            GroupRow::Weight(i) => format!("sectors.{}", Sector::MANUFACTURING[i].key()),
        }
    }

    /// The row's value as text, in `lang`: `2025`, `none`, `1 (all equal)`.
    pub fn value_text(self, lang: Lang, lever: Option<&GroupTiming>) -> String {
        let Some(lever) = lever else {
            return "–".into();
        };
        self.text_of(lang, &lever.timing, lever.sector_weights)
    }

    /// The row's value for a timing and targeting, in `lang`: `2025`, `none`,
    /// `1 (all equal)`.
    pub fn text_of(
        self,
        lang: Lang,
        timing: &Timing,
        weights: Option<[f64; MANUFACTURING_COUNT]>,
    ) -> String {
        match self {
            GroupRow::Start => timing.start.to_string(),
            GroupRow::Ramp => timing.ramp_years.to_string(),
            GroupRow::End => timing
                .end
                .map_or_else(|| lang.text("editor-no-end"), |e| e.to_string()),
            GroupRow::Weight(i) => {
                weights.map_or_else(|| lang.text("editor-all-equal"), |w| format!("{}", w[i]))
            }
        }
    }
}

/// One press of ←/→ (±1), big or small.
#[derive(Clone, Copy, Debug)]
pub struct Steps {
    pub steps: i32,
    pub big: bool,
}

/// Steps a timing or targeting row, keeping start, ramp and end inside
/// `(first, horizon)` and in order.
pub fn step_row(
    row: GroupRow,
    timing: &mut Timing,
    sector_weights: &mut Option<[f64; MANUFACTURING_COUNT]>,
    Steps { steps, big }: Steps,
    (first, horizon): (i32, i32),
) {
    let years = if big { 5 } else { 1 };
    match row {
        GroupRow::Start => {
            timing.start = (timing.start + steps * years).clamp(first, horizon);
            let room = u32::try_from(horizon - timing.start).unwrap_or(0);
            timing.ramp_years = timing.ramp_years.min(room);
            if let Some(end) = timing.end {
                timing.end = Some(end.max(timing.start));
            }
        }
        GroupRow::Ramp => {
            let room = u32::try_from(horizon - timing.start).unwrap_or(0);
            let ramp = i64::from(timing.ramp_years) + i64::from(steps * years);
            let ramp = u32::try_from(ramp.max(0)).unwrap_or(0);
            timing.ramp_years = ramp.min(MAX_RAMP_YEARS).min(room);
        }
        GroupRow::End => {
            timing.end = match timing.end {
                // "none" sits past the horizon: ← comes back to the
                // horizon, → goes round to the first year possible.
                None if steps < 0 => Some(horizon),
                None => Some(timing.start),
                Some(end) => {
                    let end = end + steps * years;
                    if end > horizon {
                        None
                    } else {
                        Some(end.max(timing.start))
                    }
                }
            };
        }
        GroupRow::Weight(i) => {
            let mut weights = sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
            let step = if big { 1.0 } else { 0.25 };
            let delta = f64::from(steps) * step;
            weights[i] = stepped(weights[i], delta, 0.25, 0.0, MAX_SECTOR_WEIGHT);
            *sector_weights = Some(weights);
        }
    }
}

/// Sets a timing or targeting row from typed text; the core's rules judge the
/// result, this only reads the number.
pub fn type_row(
    lang: Lang,
    row: GroupRow,
    text: &str,
    timing: &mut Timing,
    sector_weights: &mut Option<[f64; MANUFACTURING_COUNT]>,
) -> Result<(), String> {
    let whole = |refusal: &str, args: &[(&str, &str)]| {
        text.parse::<i64>().map_err(|_| lang.format(refusal, args))
    };
    let a_year = |year: i64| i32::try_from(year).map_err(|_| lang.text("refusal-not-a-year"));
    let max_ramp = MAX_RAMP_YEARS.to_string();
    let max_ramp = [("max", max_ramp.as_str())];
    match row {
        GroupRow::Start => timing.start = a_year(whole("refusal-start-year", &[])?)?,
        GroupRow::Ramp => {
            let years = whole("refusal-ramp-years", &max_ramp)?;
            timing.ramp_years =
                u32::try_from(years).map_err(|_| lang.format("refusal-ramp-range", &max_ramp))?;
        }
        GroupRow::End => {
            timing.end = if text.is_empty() || text.eq_ignore_ascii_case("none") {
                None
            } else {
                Some(a_year(whole("refusal-end-year", &[])?)?)
            };
        }
        GroupRow::Weight(i) => {
            let weight = parse_number(text).ok_or_else(|| {
                let max = MAX_SECTOR_WEIGHT.to_string();
                lang.format("refusal-weight", &[("max", &max)])
            })?;
            let mut weights = sector_weights.unwrap_or([1.0; MANUFACTURING_COUNT]);
            weights[i] = weight;
            *sector_weights = Some(weights);
        }
    }
    Ok(())
}
