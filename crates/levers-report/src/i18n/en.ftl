# levers' words for people, in English (the source language).
#
# Translators: copy this file to <language tag>.ftl (zh-Hant.ftl is Traditional
# Chinese) and translate the text right of each `=`; keep the ids and the
# { $placeholders }. Numbers arrive already formatted. A message missing from a
# translation is shown in English. Syntax: https://projectfluent.org/fluent/guide/

## Charts

chart-year = year
chart-target = target { $share }% of GDP by { $year }
chart-band = shaded: p10–p90 over uncertain assumptions
chart-source = Source: levers { $version } projection of { $files }; baseline data for { $year } (C&SD figures, see levers assumptions).

## Yearly series (the labels must match crates/levers-report/src/series.rs)

series-manufacturing_share_pct = Manufacturing share of GDP
series-manufacturing_value_added_hkd_bn = Manufacturing value added
series-real_manufacturing_share_pct = Manufacturing share of GDP at base-year prices
series-manufacturing_relative_price = Manufacturing prices relative to all prices
series-gdp_hkd_bn = GDP
series-manufacturing_jobs = Manufacturing jobs (direct)
series-direct_jobs_added = Direct jobs added
series-induced_jobs = Induced jobs
series-services_jobs_drawn = Services jobs drawn into manufacturing
series-gross_jobs_added = Gross jobs added
series-net_jobs_added = Net jobs added
series-effective_sectors = Effective number of sectors
series-hhi = Herfindahl-Hirschman index
series-shannon_evenness = Shannon evenness
series-labour_force = Labour force
series-unemployment_rate_pct = Unemployment rate
series-fiscal_cost_hkd_bn = Fiscal cost
series-cash_outlay_hkd_bn = Cash outlay
series-tax_forgone_hkd_bn = Tax forgone
series-financing_cost_hkd_bn = Financing cost
series-cumulative_fiscal_cost_hkd_bn = Cumulative fiscal cost
series-cost_per_net_job_hkd = Cost per net job
series-gba_value_added_hkd_bn = Value added placed in Guangdong
series-crowding_out_hkd_bn = Crowding-out
series-knowledge_stock_added_hkd_bn = R&D knowledge stock added
series-cost_ratio_to_shenzhen = Manufacturing cost vs Shenzhen
series-new_capacity_hkd_bn = New capacity before ceilings
series-labour_ceiling_jobs = Labour ceiling
series-floor_space_ceiling_m2 = Floor space ceiling
series-floor_space_used_m2 = Floor space used
series-capacity_utilisation = New capacity in use
series-land_released_ha = Industrial land released
series-coinvestment_take_up = Co-investment taken up
series-rd_grant_take_up = R&D grants taken up
series-budget_scale = Budget scale

## Units

unit-percent = %
unit-hkd-bn = HK$ bn
unit-hkd-bn-per-year = HK$ bn/yr
unit-hkd = HK$
unit-jobs = jobs
unit-persons = persons
unit-sectors = sectors
unit-base-year-1 = base year = 1
unit-hhi-scale = 0-10,000
unit-zero-one = 0-1
unit-ratio = ratio
unit-share = share
unit-share-of-offer = share of offer
unit-m2 = m2
unit-ha = ha

## Tables (eval --format table|markdown)

table-year = year
table-share = mfg % GDP
table-value-added = mfg VA HK$bn
table-jobs = mfg jobs
table-net-jobs = net jobs added
table-sectors = eff. sectors
table-cost = cost HK$bn/yr
table-cumulative = cum. HK$bn
table-limit = limit
target-met = met (+{ $pp } pp)
target-short = short by { $pp } pp
target-first-met = first met in { $year }
target-never-met = not met within the horizon
target-sentence = Target { $share }% of GDP by { $year }: projected { $projected }%, { $verdict }; { $first }.
needs-sentence = The target needs { $value_added } of manufacturing value added in { $year }: { $jobs } workers at projected productivity ({ $base_jobs } at base-year productivity), { $floor_space } m2 of floor space ({ $land } ha of land beyond what is available).

## Summary (levers summary)

summary-no-target-year = { $name } does not reach its target year { $year }.
summary-spends = This package spends about { $per_year } a year from { $start } to { $year } ({ $total } in all) on { $groups }.
summary-free = This package uses { $groups } from { $start }, at no public cost to { $year }.
summary-no-levers = This package uses no policy levers.
summary-from = {" "}(from { $share }% in { $year })
summary-meets = meeting the { $target }% target
summary-meets-first = meeting the { $target }% target, first in { $first }
summary-short-never = short of the { $target }% target by { $gap } pp, not reaching it within the horizon
summary-short-later = short of the { $target }% target by { $gap } pp, reaching it only in { $first }
summary-status-quo-share = Manufacturing is projected at { $share }% of GDP in { $year }{ $from }, { $verdict }
summary-package-share = It takes manufacturing to { $share }% of GDP by { $year }{ $from }, against { $without }% without the package, { $verdict }
summary-jobs = , adding { $jobs } net jobs
summary-jobs-cost = , adding { $jobs } net jobs at { $per_job } per job
summary-end = .
summary-largest = The largest contribution comes from { $lever } ({ $part } pp of { $change } pp).
summary-no-binding = No capacity ceiling or budget cap binds in { $year }.
summary-binding = In { $year } the binding constraint is { $list }.
binding-labour = labour: new plants need more workers than the { $ceiling } the labour market and talent schemes supply
binding-land = land: new plants need more industrial floor space than is available
binding-absorption = absorption: a target industry already grows as fast as any comparable economy has
binding-budget = the budget cap, which scales the levers down
summary-and = and
group-land = land and rent support
group-rd = R&D grants
group-talent = talent schemes
group-zone = cooperation-zone incentives
group-set-to-zero = set to zero

## Report headings (levers report)

report-in-brief = In brief
report-levers = The levers
report-headline = Headline outcomes
report-compared-with = Compared with { $name }
report-sectors = Sectors
report-attribution = Which lever gave what
report-charts = Charts
report-year-by-year = Year by year
report-assumptions = Assumptions in force
