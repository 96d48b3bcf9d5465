//! The public purse of a package as a budget office scores it, for every face:
//! cash outlay, tax forgone and financing per year and per measure; totals over
//! budget windows; the present value; cost per job with its definition; and the
//! budget cap worded the way the model applies it (to cash outlay and tax
//! forgone, never to financing). The window to the target year (from the
//! first policy year) is shown beside the others, with its own present value
//! and cost per job. The present value discounts cash outlay and tax forgone
//! only; financing is shown beside it (HM Treasury Green Book). Money offered
//! (R&D grants, co-investment) is shown beside the money taken up. Numbers come from
//! `levers_core::analysis::fiscal`; this file only words and lays them out.

use std::fmt::Write;

use levers_core::analysis::fiscal::{
    CostPerJob, FiscalAccounts, OfferTotals, TargetWindow, Window, fiscal_accounts,
};
use levers_core::measure::MeasureKind;
use levers_core::{Baseline, Funding, ParamId, Policy, Projection, Source};
use serde_json::{Value, json};

use super::table::{inert, markdown_table, text_table};
use super::{Evaluated, number, sanitise};
use crate::format::money_bn;
use crate::i18n::Lang;

/// The fiscal accounts of an evaluated package.
pub fn accounts(baseline: &Baseline, evaluated: &Evaluated<'_>) -> FiscalAccounts {
    fiscal_accounts(baseline, evaluated.policy, evaluated.projection)
}

/// "real, 2023 HK$": what every amount of money in the model is, in `lang`
/// (`以 2023 年價格計算的港元`; machine outputs ask for English).
pub fn money_label(lang: Lang, base_year: i32) -> String {
    lang.format("money-real", &[("year", &base_year.to_string())])
}

/// The per-job figures, by key; each one's definition is the catalogue's
/// `per-job-KEY` (English in JSON), said once for every face.
pub const PER_JOB_KEYS: [&str; 5] = [
    "cost_per_gross_job_year_hkd",
    "cost_per_net_job_year_hkd",
    "cost_per_direct_job_hkd",
    "cost_per_gross_job_hkd",
    "cost_per_net_job_hkd",
];

/// The five figures in the order of [`PER_JOB_KEYS`].
fn per_job_values(per_job: &CostPerJob) -> [Option<f64>; 5] {
    [
        per_job.gross_job_year_hkd,
        per_job.net_job_year_hkd,
        per_job.direct_job_hkd,
        per_job.gross_job_hkd,
        per_job.net_job_hkd,
    ]
}

/// The per-job figures as a JSON object keyed as [`PER_JOB_KEYS`].
fn per_job_json(per_job: &CostPerJob) -> Value {
    let values: serde_json::Map<String, Value> = PER_JOB_KEYS
        .iter()
        .zip(per_job_values(per_job))
        .map(|(key, value)| ((*key).to_string(), value.map_or(Value::Null, number)))
        .collect();
    Value::Object(values)
}

/// `value` (a JSON object) with a window's money added, as every window has it.
fn with_window_money(mut value: Value, window: &Window) -> Value {
    if let Value::Object(members) = &mut value {
        for (key, amount) in [
            ("cash_outlay_hkd_bn", window.cash_outlay_hkd_bn),
            ("tax_forgone_hkd_bn", window.tax_forgone_hkd_bn),
            ("financing_cost_hkd_bn", window.financing_cost_hkd_bn),
            ("total_hkd_bn", window.total_hkd_bn),
        ] {
            members.insert(key.to_string(), number(amount));
        }
    }
    value
}

/// What `fiscal.to_target_year` holds, said once for the JSON and the schema.
pub const TO_TARGET_YEAR_DEFINITION: &str = "From the first policy year to the target year (the horizon if it comes first): the same totals as `windows`, the present value of the cash outlay and tax forgone to the target year, and the cost per job with the target year in place of the horizon in `definitions`.";

/// One member of `fiscal.to_target_year`: its key, label, unit and definition,
/// for the data dictionary and the JSON Schema.
pub struct Member {
    pub key: &'static str,
    pub label: &'static str,
    pub unit: &'static str,
    pub definition: &'static str,
}

/// Every member of `fiscal.to_target_year`, in the JSON's order.
pub const TO_TARGET_YEAR_MEMBERS: [Member; 8] = [
    Member {
        key: "from",
        label: "First year of the window to the target year",
        unit: "year",
        definition: "The first year any measure of the package acts.",
    },
    Member {
        key: "to",
        label: "Target year",
        unit: "year",
        definition: "The package's target year, or the horizon if it comes first.",
    },
    Member {
        key: "cash_outlay_hkd_bn",
        label: "Cash outlay to the target year",
        unit: "HK$ bn",
        definition: "Cash paid out from the first policy year to the target year, undiscounted.",
    },
    Member {
        key: "tax_forgone_hkd_bn",
        label: "Tax forgone to the target year",
        unit: "HK$ bn",
        definition: "Profits tax given up from the first policy year to the target year, undiscounted.",
    },
    Member {
        key: "financing_cost_hkd_bn",
        label: "Financing to the target year",
        unit: "HK$ bn",
        definition: "Interest or reserve return forgone from the first policy year to the target year, undiscounted.",
    },
    Member {
        key: "total_hkd_bn",
        label: "Fiscal cost to the target year",
        unit: "HK$ bn",
        definition: "Cash outlay, tax forgone and financing together from the first policy year to the target year: the yearly fiscal cost summed over those years.",
    },
    Member {
        key: "present_value_hkd_bn",
        label: "Present value of the outlays to the target year",
        unit: "HK$ bn (real, present value)",
        definition: "The yearly cash outlay and tax forgone to the target year discounted to the base year at the `discount_rate` assumption; financing is not discounted into it (HM Treasury Green Book) and is reported beside it.",
    },
    Member {
        key: "per_job",
        label: "Cost per job to the target year",
        unit: "HK$",
        definition: "The five figures of `per_job`, with the cash outlay and tax forgone to the target year and the jobs added to (and in) the target year.",
    },
];

/// Every member of each `fiscal.money_offered` entry, for the data dictionary.
pub const MONEY_OFFERED_MEMBERS: [Member; 5] = [
    Member {
        key: "kind",
        label: "Kind of money offered",
        unit: "text",
        definition: "`rd_grants` or `coinvestment`: the kinds whose amount is money offered to firms.",
    },
    Member {
        key: "offered_hkd_bn",
        label: "Money offered",
        unit: "HK$ bn",
        definition: "Each year, the package's amounts of the kind with their timing (start, ramp, end), as the plan reads them.",
    },
    Member {
        key: "taken_up_hkd_bn",
        label: "Money taken up",
        unit: "HK$ bn",
        definition: "Each year, the projection's outlay on the kind: what firms take up of the offer, after the budget cap.",
    },
    Member {
        key: "to_target_year.offered_hkd_bn",
        label: "Money offered to the target year",
        unit: "HK$ bn",
        definition: "Money offered summed from the first policy year to the target year.",
    },
    Member {
        key: "to_target_year.taken_up_hkd_bn",
        label: "Money taken up to the target year",
        unit: "HK$ bn",
        definition: "Money taken up summed from the first policy year to the target year.",
    },
];

/// `fiscal.to_target_year`: the window, its present value and cost per job.
fn to_target_json(to_target: &TargetWindow) -> Value {
    let window = &to_target.window;
    let mut value = with_window_money(json!({ "from": window.from, "to": window.to }), window);
    value["present_value_hkd_bn"] = number(to_target.present_value_hkd_bn);
    value["per_job"] = per_job_json(&to_target.cost_per_job);
    value
}

/// The catalogue key of a money kind's name (`offer-rd_grants`).
fn offer_kind_text(lang: Lang, kind: MeasureKind) -> String {
    lang.text(&format!("offer-{}", kind.key()))
}

/// "R&D grants HK$12.0 bn a year offered, HK$4.5 bn a year taken up (HK$96.0
/// bn and HK$36.1 bn in all, 38%)": one money kind over a window of `years`
/// years; a kind offered in fewer of them is said so ("HK$1.5 bn offered in 3
/// of the 8 years (HK$500 m a year on average)"), not averaged over years it
/// is not offered.
pub fn offer_phrase(lang: Lang, totals: &OfferTotals, years: i32) -> String {
    let share = if totals.offered_hkd_bn > 0.0 {
        format!(
            "{:.0}",
            100.0 * totals.taken_up_hkd_bn / totals.offered_hkd_bn
        )
    } else {
        "–".to_string()
    };
    let offered_years = i32::try_from(totals.offered_years).unwrap_or(i32::MAX);
    let id = if offered_years > 0 && offered_years < years {
        "offer-phrase-some-years"
    } else {
        "offer-phrase"
    };
    let per_year = |v: f64| crate::format::money(lang, totals.per_offered_year(v) * 1e9);
    lang.format(
        id,
        &[
            ("kind", &offer_kind_text(lang, totals.kind)),
            ("offered_per_year", &per_year(totals.offered_hkd_bn)),
            ("taken_per_year", &per_year(totals.taken_up_hkd_bn)),
            ("offered", &money_bn(lang, totals.offered_hkd_bn)),
            ("taken", &money_bn(lang, totals.taken_up_hkd_bn)),
            ("share", &share),
            ("years", &offered_years.to_string()),
            ("window", &years.to_string()),
        ],
    )
}

/// Between two kinds' phrases, which have commas of their own.
fn offer_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::ZhHant => "；",
    }
}

/// Every money kind's offer to the target year, in words, joined; `None` when
/// the package offers no money.
pub fn offers_sentence(lang: Lang, to_target: &TargetWindow) -> Option<String> {
    if to_target.money_offered.is_empty() {
        return None;
    }
    let window = &to_target.window;
    let years = window.to - window.from + 1;
    let phrases: Vec<String> = to_target
        .money_offered
        .iter()
        .map(|totals| offer_phrase(lang, totals, years))
        .collect();
    Some(lang.format(
        "offer-sentence",
        &[
            ("from", &window.from.to_string()),
            ("to", &window.to.to_string()),
            ("offers", &phrases.join(offer_separator(lang))),
        ],
    ))
}

/// `fiscal.money_offered`: per money kind, offered and taken up year by year
/// and summed to the target year.
fn offers_json(accounts: &FiscalAccounts) -> Value {
    let numbers = |values: &[f64]| values.iter().map(|v| number(*v)).collect::<Vec<_>>();
    let offers: Vec<Value> = accounts
        .money_offers
        .iter()
        .zip(&accounts.to_target.money_offered)
        .map(|(offer, totals)| {
            json!({
                "kind": offer.kind.key(),
                "offered_hkd_bn": numbers(&offer.offered_hkd_bn),
                "taken_up_hkd_bn": numbers(&offer.taken_up_hkd_bn),
                "to_target_year": {
                    "offered_hkd_bn": number(totals.offered_hkd_bn),
                    "taken_up_hkd_bn": number(totals.taken_up_hkd_bn),
                },
            })
        })
        .collect();
    Value::Array(offers)
}

/// What financing is under the package's funding, in `lang` (machine outputs
/// ask for English).
pub fn financing_words(lang: Lang, funding: Funding) -> String {
    lang.text(&format!("financing-{}", funding.key()))
}

/// The budget cap as the model applies it: "Budget cap: HK$60 bn a year on
/// cash outlay and tax forgone (never binds); financing HK$9.1 bn in 2032 on top."
pub fn cap_sentence(lang: Lang, policy: &Policy, projection: &Projection) -> String {
    let year = projection
        .year(policy.target.year)
        .or_else(|| projection.last());
    let financing = year.map_or(String::new(), |y| {
        lang.format(
            "cap-financing",
            &[
                ("how", &financing_words(lang, policy.budget.funding)),
                ("money", &money_bn(lang, y.financing_cost_hkd_bn)),
                ("year", &y.year.to_string()),
            ],
        )
    });
    let Some(cap) = policy.budget.cap_hkd_bn_per_year else {
        return lang.format("cap-none", &[("financing", &financing)]);
    };
    let bound: Vec<i32> = projection
        .years
        .iter()
        .filter(|y| y.budget_scale < 1.0)
        .map(|y| y.year)
        .collect();
    let binds = match (bound.first(), bound.last()) {
        (Some(first), Some(last)) if first == last => {
            lang.format("cap-binds-year", &[("year", &first.to_string())])
        }
        (Some(first), Some(last)) => lang.format(
            "cap-binds-years",
            &[
                ("count", &bound.len().to_string()),
                ("first", &first.to_string()),
                ("last", &last.to_string()),
            ],
        ),
        _ => lang.text("cap-never-binds"),
    };
    lang.format(
        "cap-sentence",
        &[
            ("money", &money_bn(lang, cap)),
            ("binds", &binds),
            ("financing", &financing),
        ],
    )
}

/// The discount rate's source as the baseline states it, in `lang`. The
/// cited text is the baseline's words, which may come from a
/// `--baseline-data` file: `clean` makes it inert for the medium it is
/// written to (`sanitise::markdown`, `sanitise::xml`; JSON, which escapes it
/// itself, passes `str::to_string`).
fn discount_source(lang: Lang, baseline: &Baseline, clean: impl Fn(&str) -> String) -> String {
    let id = ParamId::all().find(|id| baseline.spec(*id).name == "discount_rate");
    match id.map(|id| &baseline.spec(id).source) {
        Some(Source::Cited(text)) => lang.format("fiscal-source", &[("text", &clean(text))]),
        Some(Source::Assumption(text)) => {
            lang.format("fiscal-assumption", &[("text", &clean(text))])
        }
        None => String::new(),
    }
}

fn window_label(lang: Lang, window: &Window) -> String {
    match window.length {
        Some(length) => lang.format("fiscal-window-years", &[("length", &length.to_string())]),
        None => lang.text("fiscal-to-horizon"),
    }
}

fn window_note(lang: Lang, window: &Window) -> String {
    match window.length {
        Some(length) if window.truncated() => lang.format(
            "fiscal-truncated",
            &[
                ("years", &(window.to - window.from + 1).to_string()),
                ("length", &length.to_string()),
            ],
        ),
        _ => String::new(),
    }
}

/// `eval --format json` / the report's `fiscal` object.
pub fn json(baseline: &Baseline, policy: &Policy, accounts: &FiscalAccounts) -> Value {
    let numbers = |values: &[f64]| values.iter().map(|v| number(*v)).collect::<Vec<_>>();
    let windows: Vec<Value> = accounts
        .windows
        .iter()
        .map(|w| {
            let years = json!({
                "length_years": w.length,
                "from": w.from,
                "to": w.to,
                "truncated": w.truncated(),
            });
            with_window_money(years, w)
        })
        .collect();
    let measures: Vec<Value> = accounts
        .measures
        .iter()
        .map(|m| {
            json!({
                "name": m.name,
                "kind": m.kind.key(),
                "outlay_is": if m.is_tax_forgone() { "tax_forgone" } else { "cash_outlay" },
                "outlay_hkd_bn": number(m.outlay_hkd_bn),
                "financing_hkd_bn": number(m.financing_hkd_bn),
                "total_hkd_bn": number(m.total_hkd_bn),
                "cost_hkd_bn": numbers(&m.cost_hkd_bn),
            })
        })
        .collect();
    let definitions: serde_json::Map<String, Value> = PER_JOB_KEYS
        .iter()
        .map(|key| {
            let text = Lang::En.text(&format!("per-job-{key}"));
            ((*key).to_string(), json!(text))
        })
        .collect();
    json!({
        "money": money_label(Lang::En, baseline.base_year),
        "undiscounted": "every amount except present_value_hkd_bn",
        "present_value_of": "cash outlay and tax forgone; financing is reported beside it, not discounted into it (HM Treasury Green Book)",
        "budget_cap_hkd_bn_per_year": policy.budget.cap_hkd_bn_per_year,
        "budget_cap_applies_to": "cash outlay and tax forgone (not financing)",
        "funding": policy.budget.funding.key(),
        "financing_is": financing_words(Lang::En, policy.budget.funding),
        "years": accounts.years,
        "cash_outlay_hkd_bn": numbers(&accounts.cash_outlay_hkd_bn),
        "tax_forgone_hkd_bn": numbers(&accounts.tax_forgone_hkd_bn),
        "financing_cost_hkd_bn": numbers(&accounts.financing_cost_hkd_bn),
        "total_hkd_bn": numbers(&accounts.total_hkd_bn),
        "windows": windows,
        "measures": measures,
        "discount_rate": accounts.discount_rate,
        "discount_rate_source": discount_source(Lang::En, baseline, str::to_string),
        "present_value_hkd_bn": number(accounts.present_value_hkd_bn),
        "present_value_year": baseline.base_year,
        "per_job": per_job_json(&accounts.cost_per_job),
        "definitions": definitions,
        "to_target_year": to_target_json(&accounts.to_target),
        "to_target_year_is": TO_TARGET_YEAR_DEFINITION,
        "money_offered": offers_json(accounts),
        "money_offered_is": "per kind paid as money (R&D grants, co-investment): the amounts the package offers and the projection's outlay on the kind (what firms take up, after the budget cap), year by year and summed from the first policy year to the target year",
    })
}

/// The accounts as text (or Markdown): windows, measures, present value, cost
/// per job with definitions, then the yearly split.
pub fn render(
    lang: Lang,
    baseline: &Baseline,
    policy: &Policy,
    projection: &Projection,
    accounts: &FiscalAccounts,
    markdown: bool,
) -> String {
    // Column titles from the catalogue's `fiscal-*` messages.
    let table = |titles: &[&str], rows: &[Vec<String>]| {
        let titles: Vec<String> = titles
            .iter()
            .map(|t| lang.text(&format!("fiscal-{t}")))
            .collect();
        if markdown {
            format!("\n{}", markdown_table(&titles, rows))
        } else {
            text_table(&titles, rows)
        }
    };
    let name = |text: &str| {
        if markdown {
            sanitise::markdown(text)
        } else {
            sanitise::terminal(text).into_owned()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        lang.format(
            "fiscal-heading",
            &[
                ("money", &money_label(lang, baseline.base_year)),
                ("cap", &cap_sentence(lang, policy, projection)),
            ],
        )
    );
    let money = |v: f64| format!("{v:.2}");
    let row = |label: String, w: &Window| {
        vec![
            label,
            format!("{}–{}", w.from, w.to),
            money(w.cash_outlay_hkd_bn),
            money(w.tax_forgone_hkd_bn),
            money(w.financing_cost_hkd_bn),
            money(w.total_hkd_bn),
            window_note(lang, w),
        ]
    };
    let mut windows: Vec<Vec<String>> = accounts
        .windows
        .iter()
        .map(|w| row(window_label(lang, w), w))
        .collect();
    let to_target = &accounts.to_target;
    windows.push(row(lang.text("fiscal-to-target"), &to_target.window));
    out.push_str(&table(
        &[
            "window",
            "years",
            "cash-outlay",
            "tax-forgone",
            "financing",
            "total",
            "note",
        ],
        &windows,
    ));
    let measures: Vec<Vec<String>> = accounts
        .measures
        .iter()
        .filter(|m| m.total_hkd_bn != 0.0)
        .map(|m| {
            // The name people know the measure by (its label), else its key.
            let known = policy
                .measures
                .iter()
                .find(|measure| measure.name == m.name)
                .map_or(std::borrow::Cow::Borrowed(m.name.as_str()), |measure| {
                    crate::describe::measure_label(lang, measure)
                });
            vec![
                name(&known),
                lang.text(if m.is_tax_forgone() {
                    "fiscal-tax-forgone"
                } else {
                    "fiscal-cash-outlay"
                }),
                money(m.outlay_hkd_bn),
                money(m.financing_hkd_bn),
                money(m.total_hkd_bn),
            ]
        })
        .collect();
    if !measures.is_empty() {
        let _ = writeln!(out, "\n{}", lang.text("fiscal-by-measure"));
        out.push_str(&table(
            &["measure", "outlay-is", "outlay", "financing", "total"],
            &measures,
        ));
    }
    let _ = writeln!(
        out,
        "\n{}",
        lang.format(
            "fiscal-pv",
            &[
                ("year", &baseline.base_year.to_string()),
                ("rate", &format!("{:.1}", accounts.discount_rate * 100.0)),
                (
                    "source",
                    // One line of the section: no line break or escape from
                    // the baseline file acts on the terminal or the Markdown.
                    &discount_source(lang, baseline, |text| inert(text, markdown)),
                ),
                ("money", &money_bn(lang, accounts.present_value_hkd_bn)),
                (
                    "financing",
                    &money_bn(
                        lang,
                        accounts
                            .windows
                            .last()
                            .map_or(0.0, |w| w.financing_cost_hkd_bn)
                    ),
                ),
            ],
        )
    );
    if let Some(offers) = offers_sentence(lang, &accounts.to_target) {
        // Our own words and numbers only: nothing from the file to escape.
        let _ = writeln!(out, "\n{offers}");
    }
    let bullet = if markdown { "" } else { "  " };
    let per_job = |value: Option<f64>| {
        value.map_or(lang.text("fiscal-per-job-none"), |v| {
            crate::format::money(lang, v)
        })
    };
    let to_target_line = lang.format(
        "fiscal-to-target-line",
        &[
            ("from", &to_target.window.from.to_string()),
            ("to", &to_target.window.to.to_string()),
            ("year", &baseline.base_year.to_string()),
            ("money", &money_bn(lang, to_target.present_value_hkd_bn)),
            (
                "job_year",
                &per_job(to_target.cost_per_job.net_job_year_hkd),
            ),
            ("job", &per_job(to_target.cost_per_job.net_job_hkd)),
        ],
    );
    for (key, value) in PER_JOB_KEYS
        .iter()
        .zip(per_job_values(&accounts.cost_per_job))
    {
        let definition = lang.text(&format!("per-job-{key}"));
        let (label, rest) = definition
            .split_once(": ")
            .or_else(|| definition.split_once('：'))
            .unwrap_or((&definition, ""));
        let line = lang.format(
            "fiscal-per-job-line",
            &[
                ("label", label),
                ("value", &per_job(value)),
                ("definition", rest),
            ],
        );
        let _ = writeln!(out, "{bullet}- {line}");
    }
    let _ = writeln!(out, "{bullet}- {to_target_line}");
    let years: Vec<Vec<String>> = accounts
        .years
        .iter()
        .enumerate()
        .map(|(i, year)| {
            let at = |series: &[f64]| series.get(i).map_or("–".to_string(), |v| money(*v));
            vec![
                year.to_string(),
                at(&accounts.cash_outlay_hkd_bn),
                at(&accounts.tax_forgone_hkd_bn),
                at(&accounts.financing_cost_hkd_bn),
                at(&accounts.total_hkd_bn),
            ]
        })
        .collect();
    let _ = writeln!(out, "\n{}", lang.text("fiscal-year-by-year"));
    out.push_str(&table(
        &["year", "cash-outlay", "tax-forgone", "financing", "total"],
        &years,
    ));
    out
}
