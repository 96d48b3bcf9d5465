//! Validation problems in words: the core reports a [`ProblemKind`] and its
//! arguments; the catalogue's `problem-{id}` and `problem-{id}-expected` say
//! it in the reader's language.

use levers_core::policy::{MAX_BUDGET_CAP_HKD_BN, MAX_TARGET_SHARE_PCT};
use levers_core::problem_kind::{DataFile, Expected, Found, Term, Words, echoed};
use levers_core::{LeverField, ProblemKind};

use super::Lang;

/// A problem in words: what is wrong, and what would be right.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Worded {
    pub message: String,
    pub expected: String,
}

impl Lang {
    /// `kind` in this language: `Rent subsidy 95 is out of range`, expected
    /// `a number from 0 to 90 (%)`.
    pub fn problem(self, kind: &ProblemKind) -> Worded {
        let args: Vec<(&str, String)> =
            self.problem_args(kind)
                .into_iter()
                .map(|(name, value)| match name {
                    // Text from the file: a key may be as long as the file.
                    "key" | "table" | "name" | "raw" | "text" | "series" | "found"
                    | "languages" => (name, echoed(&value)),
                    _ => (name, value),
                })
                .collect();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let id = format!("problem-{}", kind.id());
        let expected = if kind.has_expected() {
            self.format(&format!("{id}-expected"), &args)
        } else {
            String::new()
        };
        Worded {
            message: self.format(&id, &args),
            expected,
        }
    }

    /// The placeholders of `kind`'s messages, formatted: numbers echoed as the
    /// user could have typed them, labels and units in this language.
    fn problem_args(self, kind: &ProblemKind) -> Vec<(&'static str, String)> {
        let echo = crate::format::as_typed;
        let field = |field: LeverField| {
            vec![
                ("label", self.lever_field(field)),
                ("range", self.lever_range(field)),
            ]
        };
        let years =
            |first: i32, last: i32| vec![("first", first.to_string()), ("last", last.to_string())];
        match kind {
            ProblemKind::TooLong { key, length, limit } => vec![
                ("key", (*key).to_string()),
                ("length", length.to_string()),
                ("limit", limit.to_string()),
            ],
            ProblemKind::HorizonOutside {
                horizon,
                first,
                last,
            } => {
                let mut args = years(*first, *last);
                args.push(("horizon", horizon.to_string()));
                args
            }
            ProblemKind::TargetShareOutOfRange { value, max }
            | ProblemKind::BudgetCapOutOfRange { value, max }
            | ProblemKind::SectorWeightOutOfRange { value, max } => {
                vec![("value", echo(*value)), ("max", max.to_string())]
            }
            ProblemKind::TargetYearOutside { year, first, last }
            | ProblemKind::ScheduleYearOutside { year, first, last } => {
                let mut args = years(*first, *last);
                args.push(("year", year.to_string()));
                args
            }
            ProblemKind::HorizonBeforeTarget {
                horizon,
                year,
                first,
                ..
            } => vec![
                ("horizon", horizon.to_string()),
                ("year", year.to_string()),
                ("first", first.to_string()),
            ],
            ProblemKind::LeverOutOfRange { field: f, value } => {
                let mut args = field(*f);
                args.push(("value", echo(*value)));
                args
            }
            ProblemKind::AmountOutOfRange { kind, value } => {
                let mut args = field(kind.field());
                args.push(("value", echo(*value)));
                args.push(("kind", kind.key().to_string()));
                args
            }
            ProblemKind::StartOutsideProjection { start, first, last } => {
                let mut args = years(*first, *last);
                args.push(("start", start.to_string()));
                args
            }
            ProblemKind::RampTooLong { years, max } => {
                vec![("years", years.to_string()), ("max", max.to_string())]
            }
            ProblemKind::RampPastHorizon { start, years, last } => vec![
                ("start", start.to_string()),
                ("years", years.to_string()),
                ("last", last.to_string()),
                ("most", (last - start).max(0).to_string()),
            ],
            ProblemKind::EndBeforeStart { end, start, last }
            | ProblemKind::EndAfterLastYear { end, start, last } => vec![
                ("end", end.to_string()),
                ("start", start.to_string()),
                ("last", last.to_string()),
            ],
            ProblemKind::WeightsAllZero
            | ProblemKind::EmptyName
            | ProblemKind::EmptySchedule
            | ProblemKind::SourceOrAssumption
            | ProblemKind::NormalWithoutSd => Vec::new(),
            ProblemKind::GroupCannotTargetSectors { group } => {
                vec![("group", group.key().to_string())]
            }
            ProblemKind::MeasureCannotTargetSectors { kind }
            | ProblemKind::NoMatchingRatio { kind }
            | ProblemKind::CannotLimitToNewPlants { kind } => {
                vec![("kind", kind.key().to_string())]
            }
            ProblemKind::AssumptionOutOfRange {
                name,
                value,
                low,
                high,
                unit,
            } => vec![
                ("name", name.clone()),
                ("value", echo(*value)),
                ("low", low.to_string()),
                ("high", high.to_string()),
                ("unit", self.unit(unit)),
            ],
            ProblemKind::BadMeasureName { name, limit } => {
                vec![("name", name.clone()), ("limit", limit.to_string())]
            }
            ProblemKind::DuplicateMeasure { name, first_line } => vec![
                ("name", name.clone()),
                ("line", first_line.unwrap_or(0).to_string()),
            ],
            ProblemKind::ScheduleYearOutOfOrder { year } => vec![("year", year.to_string())],
            ProblemKind::MatchingRatioOutOfRange { value } => {
                let mut args = field(LeverField::CofundingRatio);
                args.push(("value", echo(*value)));
                args
            }
            ProblemKind::UnknownKey {
                key,
                table,
                allowed,
            } => vec![
                ("key", key.clone()),
                ("table", table.clone()),
                ("allowed", allowed.join(", ")),
            ],
            ProblemKind::WrongType { found, expected } => vec![
                ("found", self.found(found)),
                ("expected", self.expected(expected)),
            ],
            ProblemKind::ScheduleKeyNotAYear { key } => vec![("key", key.clone())],
            ProblemKind::UnknownFormat { format, file } => {
                let mut args = format_args();
                args.push(("format", format.to_string()));
                args.push(("file", file.key().to_string()));
                args
            }
            ProblemKind::AssumptionSetTwice { name, line, column } => vec![
                ("name", name.clone()),
                ("line", line.to_string()),
                ("column", column.to_string()),
            ],
            ProblemKind::UnknownParameter { name } | ProblemKind::MissingParameter { name } => {
                vec![("name", name.clone())]
            }
            ProblemKind::RampOutOfRange { ramp } => vec![("ramp", ramp.to_string())],
            ProblemKind::LabelWithoutName { languages } => vec![("languages", languages.clone())],
            ProblemKind::NotANumber { raw, expected } => {
                vec![("raw", raw.clone()), ("expected", self.expected(expected))]
            }
            ProblemKind::IntegerTooLarge { expected } => {
                vec![("expected", self.expected(expected))]
            }
            ProblemKind::MissingKey {
                key,
                table,
                expected,
            } => vec![
                ("key", key.clone()),
                ("table", table.clone()),
                ("expected", self.expected(expected)),
            ],
            ProblemKind::UnknownChoice { found, allowed, .. } => {
                vec![("found", found.clone()), ("allowed", allowed.join(", "))]
            }
            ProblemKind::MoreProblems { more, shown } => {
                vec![("more", more.to_string()), ("shown", shown.to_string())]
            }
            ProblemKind::NotValidToml { message } => vec![("message", message.clone())],
            ProblemKind::FileTooLarge { limit_kib } => vec![("limit", limit_kib.to_string())],
            ProblemKind::NotUtf8 { byte } => vec![("byte", byte.to_string())],
            ProblemKind::NotAPlainFile { kind } => {
                vec![("kind", self.text(&format!("file-kind-{}", kind.key())))]
            }
            ProblemKind::CannotOpen { reason } | ProblemKind::CannotRead { reason } => {
                vec![("reason", reason.clone())]
            }
            ProblemKind::BaseYearOutOfRange { year, first, last } => {
                let mut args = years(*first, *last);
                args.push(("year", year.to_string()));
                args
            }
            ProblemKind::UnknownDistribution { found } => vec![("found", found.clone())],
            ProblemKind::RangeBeyondPhysical {
                name,
                low,
                high,
                floor,
                ceiling,
            } => vec![
                ("name", name.clone()),
                ("low", echo(*low)),
                ("high", echo(*high)),
                ("floor", echo(*floor)),
                ("ceiling", echo(*ceiling)),
            ],
            ProblemKind::ValueOutsideOwnRange { value, low, high } => vec![
                ("value", echo(*value)),
                ("low", echo(*low)),
                ("high", echo(*high)),
            ],
            ProblemKind::MissingLagKernel { group } => vec![("group", group.key().to_string())],
            ProblemKind::LagWeightsSum { sum } => vec![("sum", echo(*sum))],
            ProblemKind::DuplicateFigure { series, year } => {
                vec![("series", series.clone()), ("year", year.to_string())]
            }
            ProblemKind::FigureNotPositive {
                series,
                year,
                value,
            } => vec![
                ("series", series.clone()),
                ("year", year.to_string()),
                ("value", echo(*value)),
            ],
            ProblemKind::FigureOutsideYears {
                series,
                year,
                first,
                last,
            } => {
                let mut args = years(*first, *last);
                args.push(("series", series.clone()));
                args.push(("year", year.to_string()));
                args
            }
            ProblemKind::NotAKey { text } => vec![("text", text.clone())],
        }
    }
}

impl Lang {
    /// A value as a file holds it: `a float (3.5)`, `text ("abc")`.
    fn found(self, found: &Found) -> String {
        let (id, value) = found.id_and_value();
        self.format(id, &[("value", &value)])
    }

    /// What a value should hold: `a year from 2024 to 2060`.
    fn expected(self, expected: &Expected) -> String {
        match expected {
            Expected::Dial(field) => self.lever_range(*field),
            Expected::Amount(kind) => self.format(
                "expected-amount",
                &[("range", &self.lever_range(kind.field()))],
            ),
            Expected::Year { first, last } => self.format(
                "expected-year",
                &[("first", &first.to_string()), ("last", &last.to_string())],
            ),
            Expected::YearToHorizon { first } => {
                self.format("expected-year-to-horizon", &[("first", &first.to_string())])
            }
            Expected::YearFromStart => self.text("expected-year-from-start"),
            Expected::YearInProjection => self.text("expected-year-in-projection"),
            Expected::RampYears => self.text("expected-ramp-years"),
            Expected::Number { low, high } => {
                self.format("expected-number", &[("low", low), ("high", high)])
            }
            Expected::Format(DataFile::Policy) => {
                let args = format_args();
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                self.format("problem-unknown-format-expected", &args)
            }
            Expected::Format(_) => self.text("problem-unknown-data-format-expected"),
            Expected::AnyNumber => self.text("expected-any-number"),
            Expected::AnyYear => self.text("expected-any-year"),
            Expected::Key => self.text("expected-key"),
            Expected::LagWeights => self.text("expected-lag-weights"),
            Expected::Points => self.text("expected-points"),
            Expected::Text => self.text("expected-text"),
            Expected::Table => self.text("expected-table"),
            Expected::OneOf(words) => {
                self.format("expected-one-of", &[("words", &words.join(", "))])
            }
            Expected::TargetShare => self.format(
                "problem-target-share-out-of-range-expected",
                &[("max", &MAX_TARGET_SHARE_PCT.to_string())],
            ),
            Expected::BudgetCap => self.format(
                "problem-budget-cap-out-of-range-expected",
                &[("max", &MAX_BUDGET_CAP_HKD_BN.to_string())],
            ),
        }
    }
}

/// The current policy format and the ones this version reads.
fn format_args() -> Vec<(&'static str, String)> {
    vec![
        ("current", levers_core::policy::CURRENT_FORMAT.to_string()),
        (
            "known",
            levers_core::policy::SUPPORTED_FORMATS
                .map(|f| f.to_string())
                .join(", "),
        ),
    ]
}

/// The catalogue words problems for the file reader's diagnostics too.
impl Words for Lang {
    fn problem(&self, kind: &ProblemKind) -> (String, Option<String>) {
        let Worded { message, expected } = Lang::problem(*self, kind);
        (message, kind.has_expected().then_some(expected))
    }

    fn term(&self, term: Term) -> String {
        self.text(match term {
            Term::Error => "diagnostic-error",
            Term::Expected => "diagnostic-expected",
            Term::Help => "diagnostic-help",
        })
    }

    fn did_you_mean(&self, suggestion: &str) -> String {
        self.format("diagnostic-did-you-mean", &[("suggestion", suggestion)])
    }

    fn lever_group(&self, group: levers_core::LeverGroup) -> String {
        Lang::lever_group(*self, group)
    }

    fn lever_field(&self, field: levers_core::LeverField) -> String {
        Lang::lever_field(*self, field)
    }

    fn sector(&self, sector: levers_core::Sector) -> String {
        Lang::sector(*self, sector)
    }

    fn lever_help(&self, field: levers_core::LeverField) -> String {
        Lang::lever_help(*self, field)
    }
}

/// One problem of every kind (a `match` with no wildcard, so a new kind
/// cannot be added without a sample here, and so without the tests below
/// asking both catalogues for its words).
#[cfg(test)]
pub(crate) fn one_of_each_kind() -> Vec<ProblemKind> {
    use levers_core::measure::MeasureKind;
    use levers_core::policy::MAX_HORIZON;
    use levers_core::problem_kind::ChoiceOf;
    let samples = vec![
        ProblemKind::TooLong {
            key: "name",
            length: 300,
            limit: 200,
        },
        ProblemKind::HorizonOutside {
            horizon: 2099,
            first: 2025,
            last: MAX_HORIZON,
        },
        ProblemKind::TargetShareOutOfRange {
            value: -1.0,
            max: 100.0,
        },
        ProblemKind::TargetYearOutside {
            year: 2040,
            first: 2025,
            last: 2035,
        },
        ProblemKind::HorizonBeforeTarget {
            horizon: 2030,
            year: 2032,
            first: 2025,
            set: false,
        },
        ProblemKind::HorizonBeforeTarget {
            horizon: 2028,
            year: 2032,
            first: 2025,
            set: true,
        },
        ProblemKind::BudgetCapOutOfRange {
            value: 1e308,
            max: 1000.0,
        },
        ProblemKind::LeverOutOfRange {
            field: LeverField::RentSubsidyPct,
            value: 95.0,
        },
        ProblemKind::AmountOutOfRange {
            kind: MeasureKind::RentSubsidy,
            value: 95.0,
        },
        ProblemKind::StartOutsideProjection {
            start: 2020,
            first: 2025,
            last: 2035,
        },
        ProblemKind::RampTooLong { years: 40, max: 20 },
        ProblemKind::RampPastHorizon {
            start: 2030,
            years: 10,
            last: 2035,
        },
        ProblemKind::EndBeforeStart {
            end: 2026,
            start: 2028,
            last: MAX_HORIZON,
        },
        ProblemKind::EndAfterLastYear {
            end: 2090,
            start: 2028,
            last: MAX_HORIZON,
        },
        ProblemKind::SectorWeightOutOfRange {
            value: -1.0,
            max: 10.0,
        },
        ProblemKind::WeightsAllZero,
        ProblemKind::EmptyName,
        ProblemKind::GroupCannotTargetSectors {
            group: levers_core::LeverGroup::Talent,
        },
        ProblemKind::MeasureCannotTargetSectors {
            kind: MeasureKind::TalentAdmissions,
        },
        ProblemKind::AssumptionOutOfRange {
            name: "nev.growth".into(),
            value: 9.0,
            low: 0.0,
            high: 0.2,
            unit: "fraction/yr".into(),
        },
        ProblemKind::BadMeasureName {
            name: "土地".into(),
            limit: 40,
        },
        ProblemKind::DuplicateMeasure {
            name: "nias".into(),
            first_line: None,
        },
        ProblemKind::DuplicateMeasure {
            name: "nias".into(),
            first_line: Some(4),
        },
        ProblemKind::EmptySchedule,
        ProblemKind::ScheduleYearOutside {
            year: 2090,
            first: 2025,
            last: 2035,
        },
        ProblemKind::ScheduleYearOutOfOrder { year: 2027 },
        ProblemKind::NoMatchingRatio {
            kind: MeasureKind::RentSubsidy,
        },
        ProblemKind::MatchingRatioOutOfRange { value: 50.0 },
        ProblemKind::CannotLimitToNewPlants {
            kind: MeasureKind::RdGrants,
        },
        ProblemKind::UnknownKey {
            key: "amout".into(),
            table: String::new(),
            allowed: vec!["format".into(), "name".into()],
        },
        ProblemKind::UnknownKey {
            key: "amout".into(),
            table: "measures.rent".into(),
            allowed: vec!["kind".into(), "amount".into()],
        },
        ProblemKind::UnknownChoice {
            found: "rd_grant".into(),
            allowed: vec!["rent_subsidy".into(), "rd_grants".into()],
            of: ChoiceOf::Value,
        },
        ProblemKind::UnknownChoice {
            found: "yaml".into(),
            allowed: vec!["table".into(), "json".into()],
            of: ChoiceOf::OutputFormat,
        },
        ProblemKind::UnknownChoice {
            found: "zh".into(),
            allowed: vec!["en".into(), "zh-Hant".into()],
            of: ChoiceOf::Language,
        },
        ProblemKind::WrongType {
            found: Found::Text("2030".into()),
            expected: Expected::Year {
                first: 2024,
                last: 2060,
            },
        },
        ProblemKind::ScheduleKeyNotAYear { key: "soon".into() },
        ProblemKind::UnknownFormat {
            format: 9,
            file: DataFile::Policy,
        },
        ProblemKind::UnknownFormat {
            format: 2,
            file: DataFile::Baseline,
        },
        ProblemKind::AssumptionSetTwice {
            name: "nev.growth".into(),
            line: 7,
            column: 1,
        },
        ProblemKind::UnknownParameter {
            name: "nev.grwth".into(),
        },
        ProblemKind::RampOutOfRange { ramp: -1 },
        ProblemKind::LabelWithoutName {
            languages: "en, zh-Hant".into(),
        },
        ProblemKind::NotANumber {
            raw: "nan".into(),
            expected: Expected::Dial(LeverField::RentSubsidyPct),
        },
        ProblemKind::IntegerTooLarge {
            expected: Expected::Year {
                first: 2024,
                last: 2060,
            },
        },
        ProblemKind::MissingKey {
            key: "kind".into(),
            table: "measures.m".into(),
            expected: Expected::OneOf(vec!["rent_subsidy".into()]),
        },
        ProblemKind::MissingKey {
            key: "name".into(),
            table: String::new(),
            expected: Expected::Text,
        },
        ProblemKind::MoreProblems {
            more: 900,
            shown: 100,
        },
        ProblemKind::NotValidToml {
            message: "invalid string\nexpected `\"`".into(),
        },
        ProblemKind::FileTooLarge { limit_kib: 1024 },
        ProblemKind::NotUtf8 { byte: 80 },
        ProblemKind::NotAPlainFile {
            kind: levers_core::problem_kind::FileKind::Folder,
        },
        ProblemKind::CannotOpen {
            reason: "No such file or directory (os error 2)".into(),
        },
        ProblemKind::CannotRead {
            reason: "Input/output error (os error 5)".into(),
        },
        ProblemKind::BaseYearOutOfRange {
            year: 1999,
            first: 2000,
            last: 2059,
        },
        ProblemKind::MissingParameter {
            name: "nev.growth".into(),
        },
        ProblemKind::SourceOrAssumption,
        ProblemKind::NormalWithoutSd,
        ProblemKind::UnknownDistribution {
            found: "lognormal".into(),
        },
        ProblemKind::RangeBeyondPhysical {
            name: "land_cost_share".into(),
            low: 0.0,
            high: 2.0,
            floor: 0.0,
            ceiling: 1.0,
        },
        ProblemKind::ValueOutsideOwnRange {
            value: 0.5,
            low: 0.1,
            high: 0.2,
        },
        ProblemKind::MissingLagKernel {
            group: levers_core::LeverGroup::Land,
        },
        ProblemKind::LagWeightsSum { sum: 0.9 },
        ProblemKind::DuplicateFigure {
            series: "labour_force".into(),
            year: 2016,
        },
        ProblemKind::FigureNotPositive {
            series: "labour_force".into(),
            year: 2016,
            value: -1.0,
        },
        ProblemKind::FigureOutsideYears {
            series: "labour_force".into(),
            year: 2030,
            first: 2008,
            last: 2024,
        },
        ProblemKind::NotAKey {
            text: "ctrl-".into(),
        },
    ];
    for sample in &samples {
        // No wildcard: a new kind fails to compile until it has a sample above.
        match sample {
            ProblemKind::TooLong { .. }
            | ProblemKind::HorizonOutside { .. }
            | ProblemKind::TargetShareOutOfRange { .. }
            | ProblemKind::TargetYearOutside { .. }
            | ProblemKind::HorizonBeforeTarget { .. }
            | ProblemKind::BudgetCapOutOfRange { .. }
            | ProblemKind::LeverOutOfRange { .. }
            | ProblemKind::AmountOutOfRange { .. }
            | ProblemKind::StartOutsideProjection { .. }
            | ProblemKind::RampTooLong { .. }
            | ProblemKind::RampPastHorizon { .. }
            | ProblemKind::EndBeforeStart { .. }
            | ProblemKind::EndAfterLastYear { .. }
            | ProblemKind::SectorWeightOutOfRange { .. }
            | ProblemKind::WeightsAllZero
            | ProblemKind::EmptyName
            | ProblemKind::GroupCannotTargetSectors { .. }
            | ProblemKind::MeasureCannotTargetSectors { .. }
            | ProblemKind::AssumptionOutOfRange { .. }
            | ProblemKind::BadMeasureName { .. }
            | ProblemKind::DuplicateMeasure { .. }
            | ProblemKind::EmptySchedule
            | ProblemKind::ScheduleYearOutside { .. }
            | ProblemKind::ScheduleYearOutOfOrder { .. }
            | ProblemKind::NoMatchingRatio { .. }
            | ProblemKind::CannotLimitToNewPlants { .. }
            | ProblemKind::MatchingRatioOutOfRange { .. }
            | ProblemKind::UnknownKey { .. }
            | ProblemKind::UnknownChoice { .. }
            | ProblemKind::WrongType { .. }
            | ProblemKind::ScheduleKeyNotAYear { .. }
            | ProblemKind::UnknownFormat { .. }
            | ProblemKind::AssumptionSetTwice { .. }
            | ProblemKind::UnknownParameter { .. }
            | ProblemKind::RampOutOfRange { .. }
            | ProblemKind::LabelWithoutName { .. }
            | ProblemKind::NotANumber { .. }
            | ProblemKind::IntegerTooLarge { .. }
            | ProblemKind::MissingKey { .. }
            | ProblemKind::MoreProblems { .. }
            | ProblemKind::NotValidToml { .. }
            | ProblemKind::FileTooLarge { .. }
            | ProblemKind::NotUtf8 { .. }
            | ProblemKind::NotAPlainFile { .. }
            | ProblemKind::CannotOpen { .. }
            | ProblemKind::CannotRead { .. }
            | ProblemKind::BaseYearOutOfRange { .. }
            | ProblemKind::MissingParameter { .. }
            | ProblemKind::SourceOrAssumption
            | ProblemKind::NormalWithoutSd
            | ProblemKind::UnknownDistribution { .. }
            | ProblemKind::RangeBeyondPhysical { .. }
            | ProblemKind::ValueOutsideOwnRange { .. }
            | ProblemKind::MissingLagKernel { .. }
            | ProblemKind::LagWeightsSum { .. }
            | ProblemKind::DuplicateFigure { .. }
            | ProblemKind::FigureNotPositive { .. }
            | ProblemKind::FigureOutsideYears { .. }
            | ProblemKind::NotAKey { .. } => {}
        }
    }
    samples
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_kind_has_words_in_both_catalogues() {
        let samples = one_of_each_kind();
        let mut ids: Vec<&str> = samples.iter().map(ProblemKind::id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), samples.len(), "two samples share an id: {ids:?}");
        for kind in &samples {
            for lang in Lang::ALL {
                let id = format!("problem-{}", kind.id());
                let expected = format!("{id}-expected");
                assert!(lang.has(&id), "{} lacks {id}", lang.tag());
                assert_eq!(lang.has(&expected), kind.has_expected(), "{expected}");
                let worded = lang.problem(kind);
                let texts = [&worded.message, &worded.expected];
                for text in &texts[..if kind.has_expected() { 2 } else { 1 }] {
                    assert!(!text.is_empty() && !text.contains("problem-"), "{text}");
                    // Fluent shows a placeholder it was given no value for as `{$name}`.
                    assert!(!text.contains("{$"), "unfilled placeholder: {text}");
                }
            }
            assert_ne!(
                Lang::En.problem(kind).message,
                Lang::ZhHant.problem(kind).message,
                "{} is not translated",
                kind.id()
            );
        }
    }

    #[test]
    fn a_rent_subsidy_of_95_is_worded_in_each_language() {
        let kind = ProblemKind::LeverOutOfRange {
            field: LeverField::RentSubsidyPct,
            value: 95.0,
        };
        assert_eq!(
            Lang::En.problem(&kind),
            Worded {
                message: "Rent subsidy 95 is out of range".into(),
                expected: "a number from 0 to 90 (%)".into(),
            }
        );
        let chinese = Lang::ZhHant.problem(&kind);
        assert!(chinese.message.starts_with("租金補貼 95"), "{chinese:?}");
        assert!(chinese.message.contains("超出範圍"), "{chinese:?}");
        assert!(!chinese.expected.contains("a number"), "{chinese:?}");
    }

    #[test]
    fn huge_values_are_echoed_short() {
        let kind = ProblemKind::BudgetCapOutOfRange {
            value: 1e308,
            max: 1000.0,
        };
        assert_eq!(
            Lang::En.problem(&kind).message,
            "budget cap 1e308 is out of range"
        );
    }

    /// Every way a file's value can be found and every expectation the reader
    /// states has words in both catalogues (the samples above show one each).
    #[test]
    fn every_found_and_expected_is_worded_in_both_languages() {
        use levers_core::measure::MeasureKind;
        let found = [
            Found::Text("2030".into()),
            Found::Integer("3".into()),
            Found::Float("2025.5".into()),
            Found::Boolean(true),
            Found::DateTime("2025-01-01".into()),
            Found::Array,
            Found::Table,
        ];
        let expected = [
            Expected::Dial(LeverField::RentSubsidyPct),
            Expected::Amount(MeasureKind::RentSubsidy),
            Expected::Year {
                first: 2024,
                last: 2060,
            },
            Expected::YearToHorizon { first: 2024 },
            Expected::YearFromStart,
            Expected::YearInProjection,
            Expected::RampYears,
            Expected::Number {
                low: "0".into(),
                high: "100".into(),
            },
            Expected::Format(DataFile::Policy),
            Expected::Format(DataFile::History),
            Expected::AnyNumber,
            Expected::AnyYear,
            Expected::Key,
            Expected::LagWeights,
            Expected::Points,
            Expected::TargetShare,
            Expected::BudgetCap,
            Expected::Text,
            Expected::Table,
            Expected::OneOf(vec!["a".into(), "b".into()]),
        ];
        let words = |lang: Lang| -> Vec<String> {
            found
                .iter()
                .map(|f| lang.found(f))
                .chain(expected.iter().map(|e| lang.expected(e)))
                .collect()
        };
        for (english, chinese) in words(Lang::En).iter().zip(words(Lang::ZhHant)) {
            assert!(!english.is_empty() && !chinese.is_empty());
            assert_ne!(*english, chinese);
            assert!(
                !chinese.contains("a year") && !chinese.contains("number"),
                "{chinese}"
            );
        }
    }
}
