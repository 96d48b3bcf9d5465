//! The data dictionary (`levers outputs`): every column of the year-by-year
//! outputs (JSON `series` and `sectors`, CSV, spreadsheet), of `levers sweep`
//! and of the per-draw outputs (`eval --uncertainty --each-draw` and
//! `--draws-out`) and the JSON's fiscal window to the target year, each with
//! the output it belongs to, its label, unit,
//! definition and the section of docs/MODEL.md that explains it. The labels
//! and units come from [`crate::series`]; the definitions are here.

use levers_core::Sector;
use serde_json::{Value, json};

use crate::OutputFormat;
use crate::series::{SECTOR_JOBS_UNIT, SECTOR_VALUE_ADDED_UNIT, SERIES};
use crate::table::{aligned_table, markdown_table};

/// One output column.
pub struct Entry {
    /// The output the column belongs to: `eval` (the CSV columns, also the
    /// JSON series), `eval-json` (members only the JSON has, by path),
    /// `sweep`, `each-draw` or `draws-out`.
    pub output: &'static str,
    pub name: String,
    pub label: String,
    pub unit: String,
    pub definition: String,
    /// The section of docs/MODEL.md, by number (`3.8`).
    pub section: &'static str,
}

/// Definition and MODEL.md section of each series, by key.
const DEFINITIONS: &[(&str, &str, &str)] = &[
    (
        "manufacturing_share_pct",
        "Manufacturing value added as a share of nominal GDP, the official measure the target uses.",
        "1.2",
    ),
    (
        "manufacturing_value_added_hkd_bn",
        "Value added of the five manufacturing sectors booked in Hong Kong, at current prices.",
        "3.5",
    ),
    (
        "real_manufacturing_share_pct",
        "Manufacturing share of GDP at base-year prices (before the relative price of manufacturing moves).",
        "1.2",
    ),
    (
        "manufacturing_relative_price",
        "Manufacturing prices relative to all prices; 1 in the base year.",
        "1.2",
    ),
    (
        "gdp_hkd_bn",
        "Gross domestic product, net of crowding-out.",
        "3.9",
    ),
    (
        "manufacturing_jobs",
        "Direct jobs in the five manufacturing sectors.",
        "3.7",
    ),
    (
        "direct_jobs_added",
        "Direct manufacturing jobs above the status quo.",
        "3.8",
    ),
    (
        "induced_jobs",
        "Jobs added outside manufacturing: local services jobs induced by manufacturing and admitted talent, admitted talent's own jobs, and the trained who found work.",
        "3.8",
    ),
    (
        "services_jobs_drawn",
        "Workers drawn from other employers to fill the new jobs (the part not met by new labour supply or fewer unemployed).",
        "3.8",
    ),
    ("gross_jobs_added", "Direct plus induced jobs added.", "3.8"),
    (
        "net_jobs_added",
        "Change in total employment: direct and other jobs added less the workers drawn from other employers.",
        "3.8",
    ),
    (
        "effective_sectors",
        "10,000 / HHI: the number of equal sectors that would give the same concentration of GDP.",
        "1.2",
    ),
    (
        "hhi",
        "Herfindahl-Hirschman index of the sectors' shares of GDP (0 to 10,000; higher is more concentrated).",
        "1.2",
    ),
    (
        "shannon_evenness",
        "Shannon entropy of the sectors' shares of GDP over its maximum (1 = perfectly even).",
        "1.2",
    ),
    (
        "labour_force",
        "Labour force: the trend plus admitted talent.",
        "3.8",
    ),
    (
        "unemployment_rate_pct",
        "Unemployed as a share of the labour force.",
        "3.8",
    ),
    (
        "fiscal_cost_hkd_bn",
        "Public cost in the year: cash outlays, tax forgone and financing cost.",
        "3.10",
    ),
    (
        "cash_outlay_hkd_bn",
        "Money paid out in the year (grants, co-investment, rent, land servicing, talent schemes), at base-year prices.",
        "3.10",
    ),
    (
        "tax_forgone_hkd_bn",
        "Profits tax not collected because of concessions.",
        "3.10",
    ),
    (
        "financing_cost_hkd_bn",
        "Return forgone on reserves, or interest on borrowing, for what was spent before (not subject to the budget cap).",
        "3.10",
    ),
    (
        "cumulative_fiscal_cost_hkd_bn",
        "Fiscal cost summed from the base year to this year.",
        "3.10",
    ),
    (
        "cost_per_net_job_hkd",
        "Cumulative fiscal cost per net job added; empty (null) while no job is added.",
        "3.10",
    ),
    (
        "gba_value_added_hkd_bn",
        "Production value added placed in Guangdong by Hong Kong firms (not in Hong Kong's GDP).",
        "3.6",
    ),
    (
        "crowding_out_hkd_bn",
        "GDP lost in the year to crowding-out by public spending.",
        "3.10",
    ),
    (
        "knowledge_stock_added_hkd_bn",
        "R&D knowledge stock added by policy (depreciating).",
        "3.3",
    ),
    (
        "cost_ratio_to_shenzhen",
        "Manufacturing cost in Hong Kong relative to Shenzhen (= 1), averaged over the manufacturing sectors by base-year value added.",
        "3.5",
    ),
    (
        "new_capacity_hkd_bn",
        "New production capacity in Hong Kong before the labour and land ceilings, as value added.",
        "3.6",
    ),
    (
        "labour_ceiling_jobs",
        "Most manufacturing workers the labour market can supply.",
        "3.7",
    ),
    (
        "floor_space_ceiling_m2",
        "Industrial floor space available to manufacturing.",
        "3.7",
    ),
    (
        "floor_space_used_m2",
        "Industrial floor space manufacturing uses.",
        "3.7",
    ),
    (
        "capacity_utilisation",
        "Share of the new production capacity that could be staffed and housed (0 to 1).",
        "3.7",
    ),
    (
        "land_released_ha",
        "Industrial land released so far, within the planned pipeline.",
        "3.3",
    ),
    (
        "coinvestment_take_up",
        "Share of the budgeted co-investment firms took up in the year (1 when none was offered).",
        "3.2",
    ),
    (
        "rd_grant_take_up",
        "Share of the budgeted R&D grants firms took up in the year (1 when none was offered).",
        "3.2",
    ),
    (
        "budget_scale",
        "1 when the budget cap does not bind; below 1 every lever was scaled down to fit it.",
        "3.2",
    ),
];

/// The definition and section of a series (empty when not written yet: a
/// test sees that every series has one).
pub fn definition(key: &str) -> (&'static str, &'static str) {
    DEFINITIONS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map_or(("", ""), |(_, definition, section)| (definition, section))
}

/// Every column, in the order of the CSV output.
pub fn entries() -> Vec<Entry> {
    let mut entries = vec![
        entry(
            "file",
            "Package file",
            "",
            "The package file as given on the command line.",
            "2.4",
        ),
        entry(
            "name",
            "Package name",
            "",
            "The `name` in the package file.",
            "2.4",
        ),
        entry(
            "year",
            "Year",
            "year",
            "Calendar year, from the base year to the horizon.",
            "1.1",
        ),
    ];
    entries.extend(SERIES.iter().map(|s| {
        let (definition, section) = definition(s.key);
        entry(s.key, s.label, s.unit, definition, section)
    }));
    entries.push(entry(
        "binding_constraint",
        "Binding constraint",
        "none/labour/land/absorption",
        "What held new manufacturing capacity back in the year, if anything.",
        "3.7",
    ));
    for sector in Sector::ALL {
        entries.push(Entry {
            output: "eval",
            name: format!("va_{}_hkd_bn", sector.key()),
            label: format!("Value added: {}", sector.label()),
            unit: SECTOR_VALUE_ADDED_UNIT.to_string(),
            definition: format!("Value added of {} booked in Hong Kong.", sector.label()),
            section: "3.5",
        });
    }
    for sector in Sector::MANUFACTURING {
        entries.push(Entry {
            output: "eval",
            name: format!("jobs_{}_persons", sector.key()),
            label: format!("Jobs: {}", sector.label()),
            unit: SECTOR_JOBS_UNIT.to_string(),
            definition: format!("Direct jobs in {}.", sector.label()),
            section: "3.7",
        });
    }
    entries.push(entry(
        "discounted_outlay_hkd_bn",
        "Outlay, discounted",
        "HK$ bn (real, present value)",
        "The year's cash outlay and tax forgone (financing excluded, HM Treasury Green Book) discounted to the base year at the `discount_rate` assumption; the column sums to the present value `eval --format json` gives in `fiscal`.",
        "3.10",
    ));
    entries.extend(
        crate::fiscal::TO_TARGET_YEAR_MEMBERS
            .iter()
            .map(|member| Entry {
                output: "eval-json",
                name: format!("fiscal.to_target_year.{}", member.key),
                label: member.label.to_string(),
                unit: member.unit.to_string(),
                definition: member.definition.to_string(),
                section: "3.10",
            }),
    );
    entries.extend(
        crate::fiscal::MONEY_OFFERED_MEMBERS
            .iter()
            .map(|member| Entry {
                output: "eval-json",
                name: format!("fiscal.money_offered[].{}", member.key),
                label: member.label.to_string(),
                unit: member.unit.to_string(),
                definition: member.definition.to_string(),
                section: "3.10",
            }),
    );
    entries.extend(super::dictionary_runs::sweep_entries());
    entries.extend(super::dictionary_runs::draw_entries());
    entries
}

pub(crate) fn entry(
    name: &str,
    label: &str,
    unit: &str,
    definition: &str,
    section: &'static str,
) -> Entry {
    Entry {
        output: "eval",
        name: name.to_string(),
        label: label.to_string(),
        unit: unit.to_string(),
        definition: definition.to_string(),
        section,
    }
}

/// The dictionary as a table, JSON (an array of objects), CSV or Markdown.
pub fn render(format: OutputFormat) -> Result<String, crate::RenderError> {
    let entries = entries();
    let titles = [
        "output",
        "name",
        "label",
        "unit",
        "definition",
        "model_section",
    ]
    .map(String::from);
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|e| {
            vec![
                e.output.to_string(),
                e.name.clone(),
                e.label.clone(),
                e.unit.clone(),
                e.definition.clone(),
                format!("docs/MODEL.md §{}", e.section),
            ]
        })
        .collect();
    match format {
        OutputFormat::Json => {
            let items: Vec<Value> = entries
                .iter()
                .map(|e| {
                    json!({"output": e.output, "name": e.name, "label": e.label, "unit": e.unit,
                           "definition": e.definition, "model_section": e.section})
                })
                .collect();
            crate::pretty_json(&Value::Array(items))
        }
        OutputFormat::Csv => crate::analysis::csv_text(&titles, &rows),
        OutputFormat::Markdown => Ok(markdown_table(&titles, &rows)),
        OutputFormat::Table => Ok(aligned_table(&titles, &rows, &[true; 6])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_series_has_a_definition_and_a_section() {
        for series in SERIES {
            let (definition, section) = definition(series.key);
            assert!(!definition.is_empty(), "{}", series.key);
            assert!(!section.is_empty(), "{}", series.key);
        }
        assert_eq!(DEFINITIONS.len(), SERIES.len());
    }
}
