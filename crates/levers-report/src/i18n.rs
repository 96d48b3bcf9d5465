//! Words for people in the reader's language: one Fluent message catalogue per
//! language (`i18n/en.ftl`, `i18n/zh-Hant.ftl`), which a translator edits
//! without touching code. A message missing from a translation falls back to
//! English. Economic terms follow the Census and Statistics Department's
//! usage (製造業, 增加價值, 本地生產總值, 就業人數).
//!
//! There is no process-wide language: every function that words something
//! takes a [`Lang`]. The command line parses `--lang` (or the settings file)
//! once and passes it down; the workbench passes its own from its state; so
//! two threads can render two languages at once. Machine outputs (JSON, CSV
//! keys) are worded in [`Lang::En`], passed explicitly.

use std::sync::OnceLock;

use fluent_bundle::FluentArgs;
#[cfg(test)]
use fluent_bundle::{FluentResource, concurrent::FluentBundle};

mod catalogue;
mod problems;
use catalogue::Catalogue;
pub use problems::Worded;

use levers_core::analysis::Contributor;
use levers_core::{LeverField, LeverGroup, Sector};

const ENGLISH: &str = include_str!("i18n/en.ftl");
const TRADITIONAL_CHINESE: &str = include_str!("i18n/zh-Hant.ftl");

/// A language levers speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    /// Traditional Chinese, as written in Hong Kong.
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::ZhHant];

    /// The BCP 47 tag users write (`--lang zh-Hant`, `lang = "zh-Hant"`).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a tag names, ignoring case (`zh-hant`; `zh-HK` and
    /// `zh-TW` write Traditional Chinese too).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        match tag.to_ascii_lowercase().as_str() {
            "en" | "en-gb" | "en-hk" | "en-us" => Some(Lang::En),
            "zh-hant" | "zh-hant-hk" | "zh-hk" | "zh-tw" => Some(Lang::ZhHant),
            _ => None,
        }
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => ENGLISH,
            Lang::ZhHant => TRADITIONAL_CHINESE,
        }
    }

    /// This language's catalogue, indexed on first use (a process that speaks
    /// one language reads one catalogue); each message is parsed when first
    /// asked for (see `catalogue`).
    fn catalogue(self) -> &'static Catalogue {
        static CATALOGUES: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];
        CATALOGUES[self as usize].get_or_init(|| Catalogue::new(self.source(), self.tag()))
    }

    /// Whether this language's catalogue has message `id`.
    pub fn has(self, id: &str) -> bool {
        self.catalogue().with(id, |bundle| bundle.has_message(id))
    }

    /// Message `id` (English if this catalogue lacks it; the id itself if
    /// neither has it, so a missing message shows instead of vanishing).
    pub fn text(self, id: &str) -> String {
        self.format(id, &[])
    }

    /// Message `id` with its placeholders filled from `args` (already formatted).
    pub fn format(self, id: &str, args: &[(&str, &str)]) -> String {
        self.format_counts(id, args, &[])
    }

    /// Message `id` with its placeholders filled from `args` (already
    /// formatted) and from `counts`, passed as numbers so a plural selector on
    /// them (`{ $ramp -> [one] year *[other] years }`)
    /// picks the language's plural form.
    pub fn format_counts(self, id: &str, args: &[(&str, &str)], counts: &[(&str, i64)]) -> String {
        let lang = if self.has(id) { self } else { Lang::En };
        lang.catalogue().with(id, |bundle| {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                return id.to_string();
            };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, (*value).to_string());
            }
            for (name, count) in counts {
                fluent_args.set(*name, *count);
            }
            let mut errors = Vec::new();
            bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned()
        })
    }

    /// The label of a lever group (`Land & rent` → `土地及租金`).
    pub fn lever_group(self, group: LeverGroup) -> String {
        self.text(&format!("lever-group-{}", group.key()))
    }

    /// The label of a lever field (`Rent subsidy` → `租金補貼`).
    pub fn lever_field(self, field: LeverField) -> String {
        self.text(&format!("lever-{}", field.spec().key))
    }

    /// The label of a sector (`Finance` → `金融`).
    pub fn sector(self, sector: Sector) -> String {
        self.text(&format!("sector-{}", sector.key()))
    }

    /// The name of an attribution's contributor: a lever group's or measure kind's label in
    /// this language, or a measure's own label from its file (in this language
    /// when the file gives one).
    pub fn contributor(self, contributor: &Contributor) -> String {
        match contributor {
            Contributor::Kind(kind) => self.lever_field(kind.field()),
            Contributor::Measure { kind, .. } => contributor
                .measure_label(self.tag())
                .map_or_else(|| self.lever_field(kind.field()), str::to_string),
        }
    }

    /// What a lever does, in a sentence (the core's `help` in English).
    pub fn lever_help(self, field: LeverField) -> String {
        self.text(&format!("lever-help-{}", field.spec().key))
    }

    /// The values a lever takes: `a number from 0 to 90 (%)`.
    pub fn lever_range(self, field: LeverField) -> String {
        let spec = field.spec();
        let id = if spec.integer {
            "range-whole-number"
        } else {
            "range-number"
        };
        self.format(
            id,
            &[
                ("min", &spec.min.to_string()),
                ("max", &spec.max.to_string()),
                ("unit", &self.unit(spec.unit)),
            ],
        )
    }

    /// `a, b and c` (`a、b及c`); `empty` (a message id) when there is nothing.
    pub fn and_list(self, items: &[String], empty: &str) -> String {
        match items {
            [] => self.text(empty),
            [one] => one.clone(),
            [rest @ .., last] => self.format(
                "binds-and",
                &[
                    ("rest", &rest.join(&self.text("list-separator"))),
                    ("last", last),
                ],
            ),
        }
    }

    /// `first` followed by the sentence `next`, as this language runs
    /// sentences on: a space in English, nothing after a Chinese full stop.
    pub fn then(self, first: &str, next: &str) -> String {
        format!("{first}{}{next}", self.text("sentence-separator"))
    }

    /// A unit as written in this language (`HK$ bn` → `十億港元`).
    pub fn unit(self, unit: &str) -> String {
        match unit_id(unit) {
            Some(id) => self.text(id),
            None => unit.to_string(),
        }
    }
}

/// The catalogue id of each unit the series use.
pub(crate) fn unit_id(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "%" => "unit-percent",
        "HK$ bn" => "unit-hkd-bn",
        "HK$ bn/yr" => "unit-hkd-bn-per-year",
        "HK$" => "unit-hkd",
        "jobs" => "unit-jobs",
        "persons" => "unit-persons",
        "sectors" => "unit-sectors",
        "base year = 1" => "unit-base-year-1",
        "0-10,000" => "unit-hhi-scale",
        "0-1" => "unit-zero-one",
        "ratio" => "unit-ratio",
        "share" => "unit-share",
        "share of offer" => "unit-share-of-offer",
        "m2" => "unit-m2",
        "ha" => "unit-ha",
        "ha/yr" => "unit-ha-per-year",
        "HK$ per HK$" => "unit-hkd-per-hkd",
        "people/yr" => "unit-people-per-year",
        "places/yr" => "unit-places-per-year",
        "pp" => "unit-pp",
        "fraction/yr" => "unit-fraction-per-year",
        "fraction" => "unit-fraction",
        "elasticity" => "unit-elasticity",
        "workers/yr" => "unit-workers-per-year",
        "m2/worker" => "unit-m2-per-worker",
        "m2 floor per m2 site" => "unit-floor-per-site",
        "jobs per job" => "unit-jobs-per-job",
        "fraction per pp" => "unit-fraction-per-pp",
        "HK$/place" => "unit-hkd-per-place",
        "HK$/person" => "unit-hkd-per-person",
        "HK$/m2/yr" => "unit-hkd-per-m2-year",
        "HK$ bn/ha" => "unit-hkd-bn-per-ha",
        "HK$ VA per HK$ capital per yr" => "unit-va-per-capital",
        "HK$/worker/yr" => "unit-hkd-per-worker-year",
        "HK$/job/yr" => "unit-hkd-per-job-year",
        "jobs/ha" => "unit-jobs-per-ha",
        "log points" => "unit-log-points",
        _ => return None,
    })
}

/// The bundle of one language parsed as a whole file, as it was built before
/// the catalogue parsed message by message: the tests compare the two.
#[cfg(test)]
fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let resource = FluentResource::try_new(lang.source().to_string())
        .unwrap_or_else(|(resource, _errors)| resource);
    let mut bundle = catalogue::empty_bundle(lang.tag());
    let _ = bundle.add_resource(resource);
    bundle
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with(' ') && l.contains(" = "))
            .filter_map(|l| l.split(" = ").next().map(str::to_string))
            .collect()
    }

    #[test]
    fn each_message_parsed_alone_reads_as_in_the_whole_file() {
        for lang in Lang::ALL {
            let whole = build(lang);
            let ids = ids(lang.source());
            assert!(ids.len() > 700, "{}: {} messages", lang.tag(), ids.len());
            for id in &ids {
                assert!(whole.has_message(id), "{id}");
                assert!(lang.has(id), "{} {id}", lang.tag());
                // Every variable the entry names, set; then none set.
                let source = lang.source();
                let entry_start = if source.starts_with(&format!("{id} =")) {
                    0
                } else {
                    source.find(&format!("\n{id} =")).map_or(0, |at| at + 1)
                };
                let entry: String = source[entry_start..]
                    .lines()
                    .enumerate()
                    .take_while(|(i, line)| *i == 0 || line.is_empty() || line.starts_with(' '))
                    .map(|(_, line)| line)
                    .collect::<Vec<_>>()
                    .join("\n");
                let names: Vec<String> = entry
                    .split('$')
                    .skip(1)
                    .map(|rest| {
                        rest.chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect()
                    })
                    .collect();
                for value in ["1", "many"] {
                    let args: Vec<(&str, &str)> =
                        names.iter().map(|n| (n.as_str(), value)).collect();
                    let mut fluent_args = FluentArgs::new();
                    for (name, value) in &args {
                        fluent_args.set(*name, (*value).to_string());
                    }
                    let pattern = whole.get_message(id).and_then(|m| m.value());
                    let expected = pattern.map_or_else(
                        || id.clone(),
                        |p| {
                            whole
                                .format_pattern(p, Some(&fluent_args), &mut Vec::new())
                                .into_owned()
                        },
                    );
                    assert_eq!(lang.format(id, &args), expected, "{} {id}", lang.tag());
                }
            }
            assert!(!lang.has("no-such-message"));
        }
    }

    #[test]
    fn both_catalogues_parse_and_have_the_same_messages() {
        for lang in Lang::ALL {
            assert!(
                FluentResource::try_new(lang.source().to_string()).is_ok(),
                "{} does not parse",
                lang.tag()
            );
        }
        // Parameter descriptions are the one exception: their English is the
        // baseline's own (see `param_words`), only other languages key them.
        let translated = |id: &String| !id.starts_with("param-description-");
        let chinese: Vec<String> = ids(TRADITIONAL_CHINESE)
            .into_iter()
            .filter(translated)
            .collect();
        assert_eq!(ids(ENGLISH), chinese);
        assert!(ids(ENGLISH).iter().all(translated));
    }

    /// Labels and help live only in the catalogues: each language has its own.
    #[test]
    fn labels_and_help_differ_by_language() {
        for group in LeverGroup::ALL {
            assert_ne!(Lang::ZhHant.lever_group(group), Lang::En.lever_group(group));
        }
        for sector in Sector::ALL {
            assert_ne!(Lang::ZhHant.sector(sector), Lang::En.sector(sector));
        }
        for field in LeverField::ALL {
            assert_ne!(Lang::ZhHant.lever_help(field), Lang::En.lever_help(field));
            assert!(Lang::En.lever_range(field).starts_with("a "), "{field:?}");
            assert_ne!(Lang::ZhHant.lever_range(field), Lang::En.lever_range(field));
            assert!(
                unit_id(field.spec().unit).is_some(),
                "{}",
                field.spec().unit
            );
            assert_ne!(Lang::ZhHant.lever_field(field), Lang::En.lever_field(field));
        }
    }

    #[test]
    fn placeholders_are_filled_without_isolation_marks() {
        let text = Lang::ZhHant.format("chart-target", &[("share", "5"), ("year", "2032")]);
        assert_eq!(text, "目標：2032年前製造業佔本地生產總值 5%");
        assert!(!text.contains('\u{2068}'));
        assert_eq!(Lang::En.text("no-such-message"), "no-such-message");
        assert_eq!(Lang::from_tag("ZH-hant"), Some(Lang::ZhHant));
        assert_eq!(Lang::from_tag("fr"), None);
    }
}
