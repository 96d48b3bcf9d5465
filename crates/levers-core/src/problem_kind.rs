//! What a validation rule found wrong, as a kind and its arguments, with no
//! words: the catalogues of `levers-report` (`problem-*` in `en.ftl` and
//! `zh-Hant.ftl`) say it in the reader's language, so a rule is written once
//! and read in either language.

use crate::lever::{LeverField, LeverGroup};
use crate::measure::MeasureKind;

/// One kind per rule of the format. Numbers are kept as they were found (the
/// face echoes them short: `1e308`, not its 309 digits); bounds are those the
/// rule applied.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A text (`name`, `description`, a measure's `label`, `source`, `note`) is
    /// longer than allowed.
    TooLong {
        /// The key of the text: `name`, `label`, …
        key: &'static str,
        /// Its length in characters.
        length: usize,
        /// The most characters allowed.
        limit: usize,
    },
    /// The package's `name` is empty or only spaces: reports and the
    /// workbench would title the package with nothing.
    EmptyName,
    /// The horizon lies outside the years the model covers.
    HorizonOutside {
        /// The horizon found.
        horizon: i32,
        /// The first policy year.
        first: i32,
        /// The last year the model projects.
        last: i32,
    },
    /// The target share is not above 0 and at most `max`.
    TargetShareOutOfRange {
        /// The share found (percent of GDP).
        value: f64,
        /// The largest share allowed (percent of GDP).
        max: f64,
    },
    /// The target year lies outside the projection.
    TargetYearOutside {
        /// The year found.
        year: i32,
        /// The first policy year.
        first: i32,
        /// The horizon (the projection's last year).
        last: i32,
    },
    /// The horizon ends before the target year: the target year outside the
    /// projection, put to the horizon when the horizon is what the user set
    /// (see [`ProblemKind::blamed_on_horizon`]).
    HorizonBeforeTarget {
        /// The horizon found.
        horizon: i32,
        /// The target year.
        year: i32,
        /// The first policy year.
        first: i32,
        /// Whether the target year was set by the user; if not, it is the
        /// one a package takes when its `[target]` names none.
        set: bool,
    },
    /// The budget cap is not above 0 and at most `max`.
    BudgetCapOutOfRange {
        /// The cap found (HK$ bn a year).
        value: f64,
        /// The largest cap allowed (HK$ bn a year).
        max: f64,
    },
    /// A lever's value is outside its field's range (or not whole when counted).
    LeverOutOfRange {
        /// The lever field, whose spec gives the range and unit.
        field: LeverField,
        /// The value found.
        value: f64,
    },
    /// A measure's amount (or one scheduled value) is outside its kind's range.
    AmountOutOfRange {
        /// The measure's kind, whose field gives the range and unit.
        kind: MeasureKind,
        /// The value found.
        value: f64,
    },
    /// A `start` year lies outside the projection.
    StartOutsideProjection {
        /// The start found.
        start: i32,
        /// The first policy year.
        first: i32,
        /// The horizon.
        last: i32,
    },
    /// A ramp is longer than any allowed.
    RampTooLong {
        /// The ramp found, in years.
        years: u32,
        /// The longest ramp allowed, in years.
        max: u32,
    },
    /// A ramp ends after the horizon.
    RampPastHorizon {
        /// The start year.
        start: i32,
        /// The ramp, in years.
        years: u32,
        /// The horizon.
        last: i32,
    },
    /// An `end` year comes before the start year.
    EndBeforeStart {
        /// The end found.
        end: i32,
        /// The start year.
        start: i32,
        /// The last year the model projects.
        last: i32,
    },
    /// An `end` year comes after the last year the model projects.
    EndAfterLastYear {
        /// The end found.
        end: i32,
        /// The start year.
        start: i32,
        /// The last year the model projects.
        last: i32,
    },
    /// A sector weight is negative, not finite or above `max`.
    SectorWeightOutOfRange {
        /// The weight found.
        value: f64,
        /// The largest weight allowed.
        max: f64,
    },
    /// Every sector weight is zero: the lever or measure reaches no sector.
    WeightsAllZero,
    /// A format-1 lever group that works through the labour market was given
    /// sector weights.
    GroupCannotTargetSectors {
        /// The group.
        group: LeverGroup,
    },
    /// A measure that works through the labour market was given sector weights.
    MeasureCannotTargetSectors {
        /// The measure's kind.
        kind: MeasureKind,
    },
    /// An assumption override lies outside its parameter's plausible range.
    AssumptionOutOfRange {
        /// The parameter's name in files (`nev.growth`).
        name: String,
        /// The value found.
        value: f64,
        /// The lowest plausible value.
        low: f64,
        /// The highest plausible value.
        high: f64,
        /// The parameter's unit, as the baseline writes it.
        unit: String,
    },
    /// A measure's name is not letters, digits, `_` and `-` (or too long).
    BadMeasureName {
        /// The name found.
        name: String,
        /// The most characters a name may have.
        limit: usize,
    },
    /// Two measures share a name.
    DuplicateMeasure {
        /// The name.
        name: String,
        /// The line where the first of them is defined, when the reader knows it.
        first_line: Option<usize>,
    },
    /// A schedule names no year.
    EmptySchedule,
    /// A schedule year lies outside the projection.
    ScheduleYearOutside {
        /// The year found.
        year: i32,
        /// The first policy year.
        first: i32,
        /// The horizon.
        last: i32,
    },
    /// A schedule year does not follow the year before it.
    ScheduleYearOutOfOrder {
        /// The year found.
        year: i32,
    },
    /// A measure of a kind that asks no private money was given a matching ratio.
    NoMatchingRatio {
        /// The measure's kind.
        kind: MeasureKind,
    },
    /// A measure of a kind that pays no rate on a firm's rent or profit was
    /// limited to new plants.
    CannotLimitToNewPlants {
        /// The measure's kind.
        kind: MeasureKind,
    },
    /// A matching ratio is outside the co-funding ratio's range.
    MatchingRatioOutOfRange {
        /// The ratio found.
        value: f64,
    },
    /// A key the format does not know (found by the file reader).
    UnknownKey {
        /// The key as written.
        key: String,
        /// The dotted path of its table; empty at the top of the file.
        table: String,
        /// The keys allowed there.
        allowed: Vec<String>,
    },
    /// A value of the wrong type (`found text ("2030")`, expected a year).
    WrongType {
        /// What the file holds.
        found: Found,
        /// What it should hold.
        expected: Expected,
    },
    /// A number the file writes as NaN or infinity.
    NotANumber {
        /// The number as written.
        raw: String,
        /// What it should hold.
        expected: Expected,
    },
    /// An integer beyond 64 bits.
    IntegerTooLarge {
        /// What it should hold.
        expected: Expected,
    },
    /// A schedule's key is not a year (`amount = { soon = 10 }`).
    ScheduleKeyNotAYear {
        /// The key as written.
        key: String,
    },
    /// A file format this version does not read.
    UnknownFormat {
        /// The format found.
        format: i64,
        /// The file whose format it is.
        file: DataFile,
    },
    /// An assumption set twice (`"nev.growth"` and `nev.growth` are one).
    AssumptionSetTwice {
        /// The parameter.
        name: String,
        /// Where it was first set (1-based).
        line: usize,
        /// Where it was first set (1-based, in characters).
        column: usize,
    },
    /// An assumption names no baseline parameter.
    UnknownParameter {
        /// The name as written.
        name: String,
    },
    /// A ramp beyond what a whole number of years can be.
    RampOutOfRange {
        /// The ramp found.
        ramp: i64,
    },
    /// A label table that gives no name in a known language.
    LabelWithoutName {
        /// The languages a label can be given in, listed.
        languages: String,
    },
    /// A key that must be present is not.
    MissingKey {
        /// The key.
        key: String,
        /// The dotted path of its table; empty at the top of the file.
        table: String,
        /// What it should hold.
        expected: Expected,
    },
    /// A key that takes one of a fixed list of words (a measure's `kind`,
    /// `eligible`, the settings' `lang`) holds another.
    UnknownChoice {
        /// The word as written.
        found: String,
        /// The words allowed there.
        allowed: Vec<String>,
        /// What the words name.
        of: ChoiceOf,
    },
    /// The file is larger than any package (`limit_kib` KiB).
    FileTooLarge {
        /// The most a file may hold, KiB.
        limit_kib: u64,
    },
    /// The file is not UTF-8 text from byte `byte` on.
    NotUtf8 {
        /// The offset of the first byte that is not UTF-8.
        byte: usize,
    },
    /// The path names a folder, a pipe, a socket or a device, not a file.
    NotAPlainFile {
        /// What it is.
        kind: FileKind,
    },
    /// The file could not be opened: it does not exist, or may not be read.
    CannotOpen {
        /// The operating system's words.
        reason: String,
    },
    /// The file was opened but could not be read to its end.
    CannotRead {
        /// The operating system's words.
        reason: String,
    },
    /// The file is not TOML at all (nothing else in it can be read).
    NotValidToml {
        /// The TOML parser's own detail, in English.
        message: String,
    },
    /// The baseline's base year lies outside the years the model can start from.
    BaseYearOutOfRange {
        /// The year found.
        year: i64,
        /// The earliest base year.
        first: i32,
        /// The latest base year.
        last: i32,
    },
    /// The baseline gives no table for a parameter the model needs.
    MissingParameter {
        /// The parameter's name in files (`nev.growth`, `land_cost_share`).
        name: String,
    },
    /// A baseline parameter gives both or neither of `source` and `assumption`.
    SourceOrAssumption,
    /// A baseline parameter drawn from a normal distribution has no positive `sd`.
    NormalWithoutSd,
    /// A baseline parameter names a distribution the model does not draw from.
    UnknownDistribution {
        /// The name as written.
        found: String,
    },
    /// A baseline parameter's range leaves what the parameter can physically be.
    RangeBeyondPhysical {
        /// The parameter's name in files.
        name: String,
        /// The range's low end.
        low: f64,
        /// The range's high end.
        high: f64,
        /// The least the parameter can physically be.
        floor: f64,
        /// The most the parameter can physically be.
        ceiling: f64,
    },
    /// A baseline parameter's value lies outside its own range.
    ValueOutsideOwnRange {
        /// The value.
        value: f64,
        /// The range's low end.
        low: f64,
        /// The range's high end.
        high: f64,
    },
    /// The baseline gives no lag kernel for a lever group.
    MissingLagKernel {
        /// The group.
        group: LeverGroup,
    },
    /// A lag kernel's weights do not sum to 1 (or there are none, more than
    /// 20, or a negative one).
    LagWeightsSum {
        /// What they sum to.
        sum: f64,
    },
    /// A history series gives two figures for one year.
    DuplicateFigure {
        /// The series' key.
        series: String,
        /// The year.
        year: i32,
    },
    /// A history figure is not a positive, finite number.
    FigureNotPositive {
        /// The series' key.
        series: String,
        /// The figure's year.
        year: i32,
        /// The figure.
        value: f64,
    },
    /// A history figure's year lies outside the file's `first_year..last_year`.
    FigureOutsideYears {
        /// The series' key.
        series: String,
        /// The figure's year.
        year: i32,
        /// The file's first year.
        first: i32,
        /// The file's last year.
        last: i32,
    },
    /// A settings key binding that names no key (`"ctrl-"`).
    NotAKey {
        /// The binding as written.
        text: String,
    },
    /// More problems were found than are shown (the reader's last line).
    MoreProblems {
        /// How many are not shown.
        more: usize,
        /// How many are shown.
        shown: usize,
    },
}

/// What a path that is not a plain file names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A folder (directory).
    Folder,
    /// A FIFO (named pipe).
    Pipe,
    /// A Unix socket.
    Socket,
    /// A character or block device.
    Device,
}

impl FileKind {
    /// Its key, as the catalogues word it (`file-kind-KEY`).
    pub const fn key(self) -> &'static str {
        match self {
            FileKind::Folder => "folder",
            FileKind::Pipe => "pipe",
            FileKind::Socket => "socket",
            FileKind::Device => "device",
        }
    }
}

impl ProblemKind {
    /// The catalogue's name of this kind: the message `problem-{id}` says what
    /// is wrong, `problem-{id}-expected` what would be right.
    pub fn id(&self) -> &'static str {
        match self {
            ProblemKind::TooLong { .. } => "too-long",
            ProblemKind::EmptyName => "empty-name",
            ProblemKind::HorizonOutside { .. } => "horizon-outside",
            ProblemKind::TargetShareOutOfRange { .. } => "target-share-out-of-range",
            ProblemKind::TargetYearOutside { .. } => "target-year-outside",
            ProblemKind::HorizonBeforeTarget { set: true, .. } => "horizon-before-target",
            ProblemKind::HorizonBeforeTarget { set: false, .. } => "horizon-before-default-target",
            ProblemKind::BudgetCapOutOfRange { .. } => "budget-cap-out-of-range",
            ProblemKind::LeverOutOfRange { .. } => "lever-out-of-range",
            ProblemKind::AmountOutOfRange { .. } => "amount-out-of-range",
            ProblemKind::StartOutsideProjection { .. } => "start-outside-projection",
            ProblemKind::RampTooLong { .. } => "ramp-too-long",
            ProblemKind::RampPastHorizon { .. } => "ramp-past-horizon",
            ProblemKind::EndBeforeStart { .. } => "end-before-start",
            ProblemKind::EndAfterLastYear { .. } => "end-after-last-year",
            ProblemKind::SectorWeightOutOfRange { .. } => "sector-weight-out-of-range",
            ProblemKind::WeightsAllZero => "weights-all-zero",
            ProblemKind::GroupCannotTargetSectors { .. } => "group-cannot-target-sectors",
            ProblemKind::MeasureCannotTargetSectors { .. } => "measure-cannot-target-sectors",
            ProblemKind::AssumptionOutOfRange { .. } => "assumption-out-of-range",
            ProblemKind::BadMeasureName { .. } => "bad-measure-name",
            ProblemKind::DuplicateMeasure {
                first_line: None, ..
            } => "duplicate-measure",
            ProblemKind::DuplicateMeasure {
                first_line: Some(_),
                ..
            } => "duplicate-measure-at",
            ProblemKind::EmptySchedule => "empty-schedule",
            ProblemKind::ScheduleYearOutside { .. } => "schedule-year-outside",
            ProblemKind::ScheduleYearOutOfOrder { .. } => "schedule-year-out-of-order",
            ProblemKind::NoMatchingRatio { .. } => "no-matching-ratio",
            ProblemKind::CannotLimitToNewPlants { .. } => "cannot-limit-to-new-plants",
            ProblemKind::MatchingRatioOutOfRange { .. } => "matching-ratio-out-of-range",
            ProblemKind::UnknownKey { table, .. } if table.is_empty() => "unknown-key",
            ProblemKind::UnknownKey { .. } => "unknown-key-in",
            ProblemKind::UnknownChoice { of, .. } => match of {
                ChoiceOf::Value => "unknown-choice",
                ChoiceOf::OutputFormat => "unknown-output-format",
                ChoiceOf::Language => "unknown-language",
            },
            ProblemKind::WrongType { .. } => "wrong-type",
            ProblemKind::ScheduleKeyNotAYear { .. } => "schedule-key-not-a-year",
            ProblemKind::UnknownFormat {
                file: DataFile::Policy,
                ..
            } => "unknown-format",
            ProblemKind::UnknownFormat { .. } => "unknown-data-format",
            ProblemKind::AssumptionSetTwice { .. } => "assumption-set-twice",
            ProblemKind::UnknownParameter { .. } => "unknown-parameter",
            ProblemKind::RampOutOfRange { .. } => "ramp-out-of-range",
            ProblemKind::LabelWithoutName { .. } => "label-without-name",
            ProblemKind::NotANumber { .. } => "not-a-number",
            ProblemKind::IntegerTooLarge { .. } => "integer-too-large",
            ProblemKind::MissingKey { table, .. } if table.is_empty() => "missing-key",
            ProblemKind::MissingKey { .. } => "missing-key-in",
            ProblemKind::MoreProblems { .. } => "more-problems",
            ProblemKind::NotValidToml { .. } => "not-valid-toml",
            ProblemKind::FileTooLarge { .. } => "file-too-large",
            ProblemKind::NotUtf8 { .. } => "not-utf8",
            ProblemKind::NotAPlainFile { .. } => "not-a-plain-file",
            ProblemKind::CannotOpen { .. } => "cannot-open",
            ProblemKind::CannotRead { .. } => "cannot-read",
            ProblemKind::BaseYearOutOfRange { .. } => "base-year-out-of-range",
            ProblemKind::MissingParameter { .. } => "missing-parameter",
            ProblemKind::SourceOrAssumption => "source-or-assumption",
            ProblemKind::NormalWithoutSd => "normal-without-sd",
            ProblemKind::UnknownDistribution { .. } => "unknown-distribution",
            ProblemKind::RangeBeyondPhysical { .. } => "range-beyond-physical",
            ProblemKind::ValueOutsideOwnRange { .. } => "value-outside-own-range",
            ProblemKind::MissingLagKernel { .. } => "missing-lag-kernel",
            ProblemKind::LagWeightsSum { .. } => "lag-weights-sum",
            ProblemKind::DuplicateFigure { .. } => "duplicate-figure",
            ProblemKind::FigureNotPositive { .. } => "figure-not-positive",
            ProblemKind::FigureOutsideYears { .. } => "figure-outside-years",
            ProblemKind::NotAKey { .. } => "not-a-key",
        }
    }

    /// A target year after the horizon as the horizon's mistake, for when
    /// the horizon is what the user set (a horizon edited, or a file that
    /// writes a horizon and no target year: `target_set` false); any other
    /// problem as it is.
    #[must_use]
    pub fn blamed_on_horizon(self, horizon: i32, target_set: bool) -> ProblemKind {
        match self {
            ProblemKind::TargetYearOutside { year, first, last }
                if year > last && last == horizon =>
            {
                ProblemKind::HorizonBeforeTarget {
                    horizon,
                    year,
                    first,
                    set: target_set,
                }
            }
            other => other,
        }
    }

    /// Whether the kind says what would be right (`problem-{id}-expected`):
    /// every kind but the count of problems not shown and a syntax error
    /// (whose detail, from the parser, says it).
    pub fn has_expected(&self) -> bool {
        !matches!(
            self,
            ProblemKind::MoreProblems { .. }
                | ProblemKind::NotValidToml { .. }
                | ProblemKind::FileTooLarge { .. }
                | ProblemKind::NotUtf8 { .. }
                | ProblemKind::NotAPlainFile { .. }
                | ProblemKind::CannotOpen { .. }
                | ProblemKind::CannotRead { .. }
        )
    }

    /// Whether the rule compares with the horizon: when the horizon could
    /// not be read, such a rule would report a mistake the user did not make.
    pub fn reads_horizon(&self) -> bool {
        matches!(
            self,
            ProblemKind::TargetYearOutside { .. }
                | ProblemKind::HorizonBeforeTarget { .. }
                | ProblemKind::StartOutsideProjection { .. }
                | ProblemKind::RampPastHorizon { .. }
                | ProblemKind::ScheduleYearOutside { .. }
        )
    }
}

/// A file with a `format` key: the policy packages users write, and the
/// baseline and history data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    /// A policy package (formats 1 and 2).
    Policy,
    /// The baseline's parameters (format 1).
    Baseline,
    /// The observed history (format 1).
    History,
}

impl DataFile {
    /// The file's name in the catalogue's selectors: `policy`, `baseline`, `history`.
    pub fn key(self) -> &'static str {
        match self {
            DataFile::Policy => "policy",
            DataFile::Baseline => "baseline",
            DataFile::History => "history",
        }
    }
}

/// What a fixed list of words names, for the wording of a word not on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceOf {
    /// A value of a package (a measure's kind, an eligibility, a funding source).
    Value,
    /// An output format (the settings' `default_format`).
    OutputFormat,
    /// A language (the settings' `lang`).
    Language,
}

/// Most characters of a key, a name or other text from a file that a
/// problem's message echoes: a TOML key may be as long as the file, and the
/// excerpt under the message already shows the line cut. Longer than any name
/// levers accepts (a measure's name has at most 64 characters).
pub const ECHO_CHARS: usize = 80;

/// `text` as a problem echoes it: whole when short, else its start and end
/// with `…` in the middle (the end of a dotted key, `.amount`, stays shown).
pub fn echoed(text: &str) -> String {
    let count = text.chars().count();
    if count <= ECHO_CHARS {
        return text.to_string();
    }
    let tail = ECHO_CHARS / 4;
    let head = ECHO_CHARS - tail - 1;
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{start}…{end}")
}

/// A value as a file holds it, for a problem that says what was found: its
/// TOML type and, for a scalar, the value as written (text cut to 40
/// characters and marked `…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// Text in quotes.
    Text(String),
    /// A whole number.
    Integer(String),
    /// A number with a decimal point or an exponent.
    Float(String),
    /// `true` or `false`.
    Boolean(bool),
    /// A TOML date or time.
    DateTime(String),
    /// `[...]`.
    Array,
    /// `{...}` or `[table]`.
    Table,
}

impl Found {
    /// The catalogue's name for the type (`found-float`) and the value shown.
    pub fn id_and_value(&self) -> (&'static str, String) {
        match self {
            Found::Text(text) => ("found-text", text.clone()),
            Found::Integer(value) => ("found-integer", value.clone()),
            Found::Float(value) => ("found-float", value.clone()),
            Found::Boolean(value) => ("found-boolean", value.to_string()),
            Found::DateTime(value) => ("found-date-time", value.clone()),
            Found::Array => ("found-array", String::new()),
            Found::Table => ("found-table", String::new()),
        }
    }
}

/// What a value in a file should hold, for the catalogue to word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A number in a dial's range (`a number from 0 to 90 (%)`).
    Dial(LeverField),
    /// A measure's amount: a number in its kind's range, or a schedule.
    Amount(MeasureKind),
    /// A year from `first` to `last`.
    Year {
        /// The first year allowed.
        first: i32,
        /// The last year allowed.
        last: i32,
    },
    /// A year from `first` to the package's horizon.
    YearToHorizon {
        /// The first year allowed.
        first: i32,
    },
    /// A year on or after a measure's start.
    YearFromStart,
    /// A year within the projection.
    YearInProjection,
    /// A whole number of years from 0 to 10 (a ramp).
    RampYears,
    /// A number from `low` to `high`, as written.
    Number {
        /// The lowest value, as written.
        low: String,
        /// The highest value, as written.
        high: String,
    },
    /// A format this version reads, of the file given.
    Format(DataFile),
    /// Any finite number.
    AnyNumber,
    /// A year (a whole number).
    AnyYear,
    /// A key binding, or a list of them.
    Key,
    /// A lag kernel's weights.
    LagWeights,
    /// A history series' points.
    Points,
    /// Text in quotes.
    Text,
    /// A table.
    Table,
    /// One of these words.
    OneOf(Vec<String>),
    /// A package's target share: above 0 and at most its largest.
    TargetShare,
    /// A package's budget cap: above 0 and at most its largest.
    BudgetCap,
}

/// The fixed words of a shown problem, besides the problem's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    /// `error:` in `file:1:2: error: …`.
    Error,
    /// `expected:` before what would be right.
    Expected,
    /// `help:` before a suggestion.
    Help,
}

/// What a face supplies to show problems and name things in its reader's
/// language: words for each kind of problem and the parts around it, and the
/// labels of lever groups, dials and sectors. The core and the file reader
/// have no words of their own (the core keeps keys, units, ranges and
/// decimals); `levers-report`'s language, worded by its catalogues, is one
/// implementation, and machine outputs (the package schema) ask it in English.
pub trait Words {
    /// What is wrong, and what would be right (when the kind says).
    fn problem(&self, kind: &ProblemKind) -> (String, Option<String>);
    /// A fixed word of a diagnostic.
    fn term(&self, term: Term) -> String;
    /// `did you mean `x`?`
    fn did_you_mean(&self, suggestion: &str) -> String;
    /// A lever group's label (`Land & rent`).
    fn lever_group(&self, group: LeverGroup) -> String;
    /// A dial's, and so a measure kind's, label (`Rent subsidy`).
    fn lever_field(&self, field: LeverField) -> String;
    /// A sector's label (`AI & robotics`).
    fn sector(&self, sector: crate::Sector) -> String;
    /// What a dial does, in a sentence (the comment beside a measure's kind
    /// in a package file, the schema's description of a dial).
    fn lever_help(&self, field: LeverField) -> String;
}

#[cfg(test)]
mod echo_tests {
    use super::*;

    #[test]
    fn a_long_text_is_echoed_cut_in_the_middle_and_a_short_one_whole() {
        assert_eq!(echoed("measures.nias"), "measures.nias");
        let exact = "x".repeat(ECHO_CHARS);
        assert_eq!(echoed(&exact), exact);
        let long = format!("measures.{}.amount", "k".repeat(5000));
        let shown = echoed(&long);
        assert_eq!(shown.chars().count(), ECHO_CHARS);
        assert!(shown.starts_with("measures.kkk") && shown.ends_with("kk.amount"));
        assert!(shown.contains('…'));
        assert_eq!(echoed(&"土".repeat(200)).chars().count(), ECHO_CHARS);
    }
}
