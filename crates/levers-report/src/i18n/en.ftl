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
chart-target-above = { $target }: above this scale
chart-target-below = { $target }: below this scale
chart-source = Source: levers { $version } projection of { $files }; baseline data for { $year } (C&SD figures, see levers assumptions).

## Yearly series (the labels must match crates/levers-report/src/series.rs)

series-manufacturing_share_pct = Manufacturing share of GDP
series-manufacturing_value_added_hkd_bn = Manufacturing value added
series-real_manufacturing_share_pct = Manufacturing share of GDP at base-year prices
series-manufacturing_relative_price = Manufacturing prices relative to all prices
series-gdp_hkd_bn = GDP
series-manufacturing_jobs = Manufacturing jobs (all plants)
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
series-sites_taken_up_ha = Land taken up for sites
series-sites_vacant_ha = Serviced land vacant
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
target-short-tiny = short by less than 0.01 pp
target-first-met = first met in { $year }
target-never-met = not met within the horizon
target-fell-below = below it from { $year }
target-sentence = Target { $share }% of GDP by { $year }: projected { $projected }%, { $verdict }; { $first }.
sites-sentence = Land by { $year }: { $released } ha released, { $taken } ha taken up by plants that need a site, { $vacant } ha serviced and waiting for them (the rest still being formed).
needs-sentence = The target needs { $value_added } of manufacturing value added in { $year }: { $jobs } workers at projected productivity ({ $base_jobs } at base-year productivity), { $floor_space } m2 of floor space ({ $land } ha of land beyond what is available).

## Summary (levers summary)

summary-no-target-year = { $name } does not reach its target year { $year }.
summary-pays = This package pays out or forgoes in tax about { $per_year } a year from { $start } to { $year } ({ $total } in all, { $money }) on { $groups }{ $financing }.
summary-financing = ; financing ({ $how }) adds { $amount } on top
summary-free = This package uses { $groups } from { $start }, at no public cost to { $year }.
summary-no-levers = This package uses no policy levers.
summary-from = {" "}(from { $share }% in { $year })
summary-meets = meeting the { $target }% target
summary-meets-first = meeting the { $target }% target, first in { $first }
summary-short-never = short of the { $target }% target by { $gap } pp, not reaching it within the horizon
summary-short-later = short of the { $target }% target by { $gap } pp, reaching it only in { $first }
summary-short-fell = short of the { $target }% target by { $gap } pp, having fallen below it in { $fell }
summary-status-quo-share = Manufacturing is projected at { $share }% of GDP in { $year }{ $from }, { $verdict }
summary-package-share = It takes manufacturing to { $share }% of GDP by { $year }{ $from }, against { $without }% without the package, { $verdict }
summary-jobs = , adding { $jobs } net jobs across the economy (direct manufacturing jobs { $direct })
summary-jobs-cost = , adding { $jobs } net jobs across the economy (direct manufacturing jobs { $direct }) at { $per_job } per net job
summary-end = .
summary-largest = The largest contribution comes from { $lever } ({ $part } pp of { $change } pp).
summary-no-binding = No capacity ceiling or budget cap binds in { $year }.
summary-binding = In { $year } the binding constraint is { $list }.
binding-labour = labour: new plants need more workers than the { $ceiling } the labour market and talent schemes supply
binding-land = land: new plants need more industrial floor space than is available
binding-absorption = absorption: a target industry already grows as fast as any comparable economy has
binding-budget = the budget cap, which scales the levers down
summary-and = and
lever-rent_subsidy_pct = Rent subsidy
lever-land_release_ha_per_year = Land release
lever-grants_hkd_bn_per_year = R&D grants
lever-cofunding_ratio = Private co-funding
lever-admissions_per_year = Talent admissions
lever-training_places_per_year = Training places
lever-profits_tax_concession_pp = Profits-tax cut
lever-coinvestment_hkd_bn_per_year = Co-investment
lever-scaleup_in_gba_share = Scale-up in GBA
sector-microelectronics = Microelectronics
sector-ai_robotics = AI & robotics
sector-nev = New energy vehicles
sector-biotech = Biotech & health
sector-traditional = Traditional mfg
sector-finance = Finance
sector-trading_logistics = Trading & logistics
sector-tourism = Tourism
sector-professional_services = Professional services
sector-other = Other
tui-sectors-title = Sectors: value added HK$ bn, jobs in { $year }
lever-group-land = Land & rent
lever-group-rd = R&D grants
lever-group-talent = Talent
lever-group-zone = Cooperation zone
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

## The workbench (levers tui): panel titles, figures, help and status bar.
## The action-* texts must match src/tui/action.rs.

tui-levers = Levers
tui-share-wide = Manufacturing share of GDP, %
tui-share-narrow = Mfg % of GDP
tui-jobs = Manufacturing jobs
tui-sectors = Effective sectors (1/HHI)
tui-target = (target { $share }% by { $year })
tui-attribution-wide = Share { $year }: parts vs status quo, pp
tui-attribution-kinds-wide = Share { $year }: parts by kind vs status quo, pp
tui-attribution-narrow = Attribution vs status quo, pp
# The last bar of the attribution panel, holding the parts that do not fit.
tui-attribution-others = { $count } others
tui-detail = Detail
tui-detail-more = { $key } more
tui-detail-above = { $key }
tui-not-used = not used
tui-from = {" "}from { $year }
tui-ramp = , ramp { $years }y
tui-to = , to { $year }
tui-targeted = , targeted
tui-sector = Sector
kpi-share = Share { $year }
kpi-jobs = Mfg jobs { $year }
# The same where a KPI cell is too narrow for the year (it is the share's, beside it).
kpi-jobs-short = Mfg jobs
kpi-sectors = Eff. sectors
kpi-cost-year = Cost/yr { $year }
kpi-cost-to = Cost to { $year }
kpi-per-job = Per net job
help-title = Keys
help-workbench = Workbench
help-measures = Measure list (a package of named measures, or after a, d or r on the levers: the lever keys, and)
help-measure-editor = Measure editor (e on a measure)
help-group = Group editor (e)
help-package-editor = Package editor (E)
help-mouse = Mouse
help-mouse-line = click: { $click }; scroll: { $up } / { $down }
help-prompts = In prompts: Enter accepts, Esc cancels, Ctrl-U clears.
help-scroll = ↑/↓ scroll
action-select_previous = select the lever above
action-select_next = select the lever below
action-decrease = lower the lever by one step
action-increase = raise the lever by one step
action-decrease_big = lower the lever by a big step
action-increase_big = raise the lever by a big step
action-type_value = type an exact value
action-zero = set the lever to zero
action-edit_group = edit the group's start, ramp, end and sector weights
action-drop_group = stop using the lever's group
action-undo = undo the last change
action-redo = redo the change undone
action-save = save the package
action-save_as = save the package under a new name
action-open = open a package
action-toggle_pin = pin the package for comparison (up to 6)
action-compare_file = open a file to compare against
action-next_panel = next panel (wide screen: public purse or sectors)
action-toggle_tornado = show / hide the sensitivity tornado
action-tornado_outcome = tornado: next outcome (share, jobs, sectors, cost)
action-toggle_band = show / hide the p10–p90 uncertainty band
action-detail_down = scroll the Detail panel down a page
action-detail_up = scroll the Detail panel up a page
action-seek = propose the cheapest package meeting the target
action-help = show or hide this help
action-quit = quit
action-click = select the lever clicked
action-scroll_up = raise the lever under the mouse
action-scroll_down = lower the lever under the mouse
action-clear_pins = unpin every package compared
action-add_measure = add a measure (pick its kind)
action-remove_measure = remove the selected measure
action-duplicate_measure = duplicate the selected measure
action-rename_measure = rename the selected measure
action-edit_measure = edit the measure (amount, schedule, timing, sectors)
action-edit_package = edit the package's name, target, horizon, budget
action-toggle_attribution_by_kind = attribution per measure / per kind
action-toggle_sobol = show / hide Sobol indices (global sensitivity)
hint-select_previous = select
hint-select_next = select
hint-decrease = adjust
hint-increase = adjust
hint-decrease_big = big step
hint-increase_big = big step
hint-type_value = type
hint-zero = zero
hint-edit_group = timing
hint-drop_group = drop group
hint-undo = undo
hint-redo = redo
hint-save = save
hint-save_as = save as
hint-open = open
hint-toggle_pin = pin
hint-compare_file = compare
hint-next_panel = panel
hint-toggle_tornado = tornado
hint-tornado_outcome = outcome
hint-toggle_band = band
hint-detail_down = more detail
hint-detail_up = detail up
hint-seek = seek
hint-help = help
hint-quit = quit
hint-confirm = ok
hint-cancel = cancel
hint-discard = discard
hint-backspace = delete
hint-clear_input = clear
hint-mouse = mouse
hint-resize = resize
hint-clear_pins = unpin all
hint-add_measure = add
hint-remove_measure = remove
hint-duplicate_measure = duplicate
hint-rename_measure = rename
hint-edit_measure = edit
hint-edit_package = package
hint-toggle_attribution_by_kind = by kind
hint-add_year = add year
hint-remove_year = remove year
hint-toggle_sobol = sobol

## Workbench and money, continued: units

unit-ha-per-year = ha/yr
unit-hkd-per-hkd = HK$ per HK$
unit-people-per-year = people/yr
unit-places-per-year = places/yr
unit-pp = pp
money = HK${ $amount }

## Workbench and money, continued: levers

lever-help-rent_subsidy_pct = share of industrial rent paid by government for targeted manufacturers
lever-help-land_release_ha_per_year = new serviced industrial land released each year
lever-help-grants_hkd_bn_per_year = public R&D grants to firms and universities
lever-help-cofunding_ratio = private HK$ required for each public HK$ of grant
lever-help-admissions_per_year = skilled people admitted each year under talent schemes
lever-help-training_places_per_year = funded advanced-manufacturing training places each year
lever-help-profits_tax_concession_pp = profits-tax concession for firms in the cooperation zone (standard rate 16.5%)
lever-help-coinvestment_hkd_bn_per_year = government co-investment in manufacturing projects
lever-help-scaleup_in_gba_share = share of "10-100" scale-up production placed in Guangdong
range-number = a number from { $min } to { $max } ({ $unit })
range-whole-number = a whole number from { $min } to { $max } ({ $unit })
limit-none = none
limit-labour = labour
limit-land = land
limit-absorption = absorption
limit-budget = budget { $pct }%

## Workbench and money, continued: detail

tui-untitled = untitled (built-in default)
tui-group-not-used = { $group } is not used: move a lever to start it in { $year }.
tui-timing = { $group }: from { $start }, ramp { $ramp } { $ramp ->
        [one] year
       *[other] years
    }, { $end }
tui-measure-timing = From { $start }, ramp { $ramp } { $ramp ->
        [one] year
       *[other] years
    }, { $end }
tui-no-end = no end
tui-until = until { $year }
tui-targets = Targets: { $weights }
tui-all-sectors = all five manufacturing sectors equally
tui-source = Source: { $source }
tui-no-measures = No measures yet: a adds one (its kind picked from a list).
tui-needs-title = { $share }% of GDP in { $year } takes
tui-needs-value-added = { $money } of value added,
tui-needs-workers = { $workers } workers at projected productivity
tui-needs-land = ({ $base } at base-year productivity), { $land } ha more land.
tui-limit = Limit in { $year }: { $limits }
tui-cap-leaves-out-financing = The cap is on outlays and tax forgone; financing ({ $financing } in { $year }) comes on top of it in the cost per year.
tui-sites = Land by { $year }: { $taken } of { $released } ha taken up for plants, { $vacant } ha waiting.
tui-no-attribution = no attribution
tui-this-package = this package
# The package being edited, first in a chart's legend when comparing.
tui-legend-this = this
tui-target-line = target { $share }%
tui-va = VA { $year }
tui-share-of-gdp = % GDP
tui-jobs-in = Jobs { $year }
tui-va-change = VA

## Workbench and money, continued: fiscal

tui-fiscal-title = Public purse, HK$ bn ({ $money })
money-real = real, { $year } HK$
tui-fiscal-years = { $length } yrs
tui-fiscal-to = to { $year }
tui-fiscal-window = window
tui-fiscal-span = years
tui-fiscal-cash-head = cash
tui-fiscal-tax-head = tax
tui-fiscal-financing-head = fin.
tui-fiscal-total-head = total
tui-fiscal-cut-short = * cut short by the horizon
tui-fiscal-by-measure = To { $year }, by measure (outlay + financing):
tui-fiscal-tax = tax
tui-fiscal-cash = cash

## Workbench and money, continued: seek

seek-found = Cheapest package found that reaches { $share }% of GDP by { $year } in { $confidence }% of draws:
seek-title-found = Goal seek: proposal
seek-not-reachable = Not reachable: no package within the lever ranges{ $cap } meets { $share }% by { $year } in { $confidence }% of draws.
seek-and-cap = {" "}and the budget cap
seek-binds = What binds: { $binding }.
seek-closest = The closest package:
seek-title-out = Goal seek: target out of reach
seek-no-change = no change to the levers
seek-and-more = … and { $count } more
seek-share = Share { $year }:
seek-cost = Cost to { $year }:
seek-less = ({ $money } less)
seek-more = ({ $money } more)
seek-accept = Accept to replace the levers (u undoes it).
seek-accept-closest = Accept to use the closest package (u undoes it).

## Workbench and money, continued: sobol

sobol-title = Sobol: share { $year } (N { $samples }, seed { $seed })
sobol-title-narrow = Sobol: share { $year }
sobol-title-shortest = Sobol: share
sobol-stale = package changed: V recomputes
sobol-stale-narrow = changed: V
sobol-close = V close
sobol-alone = alone
sobol-with-interactions = with interactions
sobol-total = total
sobol-p-met = P(met) { $pct }%
sobol-assumption = assumption
sobol-first = first
sobol-total-order = total

## Workbench and money, continued: tornado

tornado-title = Sensitivity: { $outcome } { $year } ({ $detail })
tornado-title-narrow = Sensitivity: { $outcome } { $year }
tornado-keys = T next outcome · t close
tornado-package = package: { $value }
tornado-low-wide = item at its low end
tornado-low = low
tornado-high-wide = at its high end
tornado-high = high
tornado-by-kind = { $count } measures: swung by kind (more than { $limit })
# A bar for every measure of a kind (a package of many measures): in the
# command line's table, and shorter in the workbench's.
tornado-every-kind = { $label } (every { $kind } measure)
tui-tornado-kind = { $kind } (all)

## Workbench and money, continued: popups

popup-set = Set { $lever }
popup-save-as-path = Path of the new file (.toml is added if missing; a name alone is saved in { $folder }):
popup-library = Your library (listed by open): { $folder }
popup-save-as = Save as
popup-unsaved-text = { $file } has unsaved changes.
popup-unsaved = Unsaved changes
popup-replace-text = { $path } exists. Replace it?
popup-replace = Replace file?
popup-restore-text = { $file } has unsaved edits from a session that did not quit cleanly.
popup-recovery-copy = Recovery copy: { $file }
popup-restore-keys = y/Enter: restore them (unsaved) · n/Esc: discard them
popup-restore = Restore unsaved edits?
popup-restore-changed = The file was saved after this copy was made: restoring replaces these values in it (saving then asks before overwriting the newer file):
popup-restore-more = … and { $count } more changes
popup-changed-text = { $path } changed on disk since it was opened or saved.
popup-overwrite = Overwrite it with your version?
popup-changed = File changed on disk
popup-link-text = { $path } is a link to a file in another folder:
popup-link-write = Write the new version there?
popup-link = Save through a link?
popup-group-not-used = Not used yet: a change here starts the group with every lever at zero.
popup-group-title = { $group }: timing and sector weights
popup-group-title-timing = { $group }: timing
popup-picker-path = Path (or pick below):{" "}
popup-no-packages = no packages found: type a path
popup-measure = Measure { $name }
popup-package = Package settings
popup-kind = The new measure's kind:
popup-add-measure = Add a measure
tui-too-small = levers needs a terminal of at least { $min } (now { $now })

## Lever values inside sentences ($value is formatted; $money is the amount as money)

value-rent_subsidy_pct = { $value }% of rent
value-land_release_ha_per_year = { $value } ha a year
value-grants_hkd_bn_per_year = HK${ $value } bn a year
value-coinvestment_hkd_bn_per_year = HK${ $value } bn a year
value-cofunding_ratio = HK${ $value } private per public HK$
value-admissions_per_year = { $value } people a year
value-training_places_per_year = { $value } places a year
value-profits_tax_concession_pp = { $value } pp off profits tax
value-scaleup_in_gba_share = { $value }% of scale-up in Guangdong
amount-from = { $amount } from { $year }
list-separator = {", "}
# Between two sentences of one paragraph.
sentence-separator = {" "}

## Workbench: outcomes, title line, measure editors

outcome-share = share
outcome-jobs = mfg jobs
outcome-effective_sectors = eff. sectors
outcome-cost = cost to
outcome-unit-share = % of GDP
outcome-unit-jobs = jobs
outcome-unit-effective_sectors = sectors
outcome-unit-cost = HK$ bn
tui-unsaved = unsaved
tui-versus = {"  "}vs { $name }{ $more }
tui-versus-more = {" "}+{ $count } more
popup-measure-hint = { $kind } · a adds a year, x removes one; type YEAR=VALUE to set one
popup-seeking = Seeking…
popup-seeking-line-1 = Searching for the cheapest package that meets the target
popup-seeking-line-2 = in most of the drawn futures; the workbench stays live.

## The budget cap sentence (English keeps its longer form in fiscal.rs)

cap-financing = ; financing ({ $how }) { $money } in { $year } on top
cap-none = Budget cap: none{ $financing }.
cap-never-binds = never binds
cap-binds-year = binds in { $year }
cap-binds-years = binds in { $count } years, { $first }–{ $last }
cap-sentence = Budget cap: { $money } a year on cash outlay and tax forgone ({ $binds }){ $financing }.
financing-reserves = return forgone on reserves drawn
financing-borrowing = interest on borrowing
financing-reallocation = none: money moved from other spending
tui-measures = Measures ({ $count })
tui-attribution-updating = (updating…)

## compare

compare-intro = Comparing { $count } packages; differences in brackets are against the first, { $first }, taken before rounding (so one may differ by a last digit from the rounded figures). Money in HK$ bn, { $money }, undiscounted unless said.
compare-file = file
compare-target = target
compare-horizon = horizon
compare-base_year = base year
compare-budget_cap = budget cap (outlays)
compare-funding = funding
compare-measures = levers / measures
compare-target-value = { $share }% of GDP by { $year }
compare-cap-value = { $money } a year
compare-none = none
compare-never = never
compare-measure-count = { $count } measures: { $names }
funding-reserves = reserves
funding-borrowing = borrowing
funding-reallocation = reallocation
compare-share_in_own_target_year_pct = Share of GDP in its own target year (%)
compare-gap_to_own_target_pp = Short of its own target by (pp)
compare-first_year_target_met = First year its target is met
compare-share_in_common_year_pct = Share of GDP in { $to } (%)
compare-manufacturing_jobs_in_common_year = Manufacturing jobs in { $to }
compare-net_jobs_added_in_common_year = Net jobs added across the economy in { $to }
compare-effective_sectors_in_common_year = Effective sectors in { $to }
compare-outlays_common_window_hkd_bn = Cash outlay and tax forgone { $window } (HK$ bn)
compare-financing_common_window_hkd_bn = Financing { $window } (HK$ bn)
compare-total_cost_common_window_hkd_bn = Total cost { $window } (HK$ bn)
compare-present_value_common_window_hkd_bn = Present value of the outlays { $window } (HK$ bn)
compare-cost_per_net_job_common_year_hkd = Outlays { $window } per net job in { $to }
compare-total_cost_own_horizon_hkd_bn = Total cost to its own horizon (HK$ bn)
compare-notes = Notes:
compare-changes = What changes from { $from } to { $to }:
compare-same = nothing: the packages are the same
change-no-cap = no cap
change-cap = { $money } a year
change-line = { $subject }: { $change }
change-not-used = not used
change-used = used
change-used-from = used from { $year }
change-budget-cap = Budget cap

## Public purse in eval and report

fiscal-heading = Public purse, HK$ bn ({ $money }; undiscounted unless said). { $cap }
fiscal-window = window
fiscal-years = years
fiscal-cash-outlay = cash outlay
fiscal-tax-forgone = tax forgone
fiscal-financing = financing
fiscal-total = total
fiscal-note = note
fiscal-measure = measure
fiscal-outlay-is = outlay is
fiscal-outlay = outlay
fiscal-year = year
fiscal-window-years = { $length } years
fiscal-to-horizon = to the horizon
fiscal-truncated = truncated at the horizon: { $years } of { $length } years
fiscal-by-measure = To the horizon, by measure:
fiscal-pv = Present value in { $year } of the cash outlay and tax forgone to the horizon at a real discount rate of { $rate }% (`discount_rate`, overridable in [assumptions]; { $source }): { $money }. Financing ({ $financing } to the horizon, undiscounted) is reported beside it, not discounted into it: discounting already counts the time value of money (HM Treasury Green Book).
offer-sentence = Money offered and taken up, { $from }–{ $to }: { $offers }.
offer-phrase = { $kind } { $offered_per_year } a year offered, { $taken_per_year } a year taken up ({ $offered } and { $taken } in all, { $share }%)
offer-phrase-some-years = { $kind } { $offered } offered in { $years } of the { $window } years ({ $offered_per_year } a year on average), { $taken } taken up ({ $share }%)
offer-rd_grants = R&D grants
offer-coinvestment = co-investment
fiscal-per-job-none = none (no jobs added)
fiscal-year-by-year = Year by year:
per-job-cost_per_gross_job_year_hkd = gross cost per job-year: cash outlay and tax forgone to the horizon / gross jobs added (direct manufacturing plus induced services jobs) summed over the years
per-job-cost_per_net_job_year_hkd = net cost per job-year: cash outlay and tax forgone to the horizon / net jobs added (gross less services jobs drawn into manufacturing) summed over the years
per-job-cost_per_direct_job_hkd = cost per direct job: cash outlay and tax forgone to the horizon / direct manufacturing jobs added in the horizon year
per-job-cost_per_gross_job_hkd = gross cost per job: cash outlay and tax forgone to the horizon / gross jobs added in the horizon year
per-job-cost_per_net_job_hkd = net cost per job: cash outlay and tax forgone to the horizon / net jobs added in the horizon year
fiscal-per-job-line = { $label }: { $value } ({ $definition })

## explain

outcome-label-share = Manufacturing share of GDP, target year
outcome-label-jobs = Manufacturing jobs, target year
outcome-label-effective_sectors = Effective number of sectors, target year
outcome-label-cost = Cumulative fiscal cost to the target year
explain-title = What each lever gives: { $name } ({ $file })
explain-outcome = outcome ({ $year })
explain-status-quo = status quo
explain-package = package
explain-change = change
explain-sentence = { $outcome }: of { $change } from the status quo, { $parts }.
explain-no-levers = The package uses no levers: nothing to attribute.
explain-shapley = Parts are Shapley values: each lever's average contribution over every order of switching the levers on; they add up to the change.
explain-sampled = With { $count } contributors (more than { $limit }) the parts are estimated from { $orders } random orders and their reverses; they still add up to the change, and the largest standard error of a share part is { $error } pp.

## Units of the assumptions

unit-fraction-per-year = fraction/yr
unit-fraction = fraction
unit-elasticity = elasticity
unit-workers-per-year = workers/yr
unit-m2-per-worker = m2/worker
unit-floor-per-site = m2 floor per m2 site
unit-jobs-per-job = jobs per job
unit-fraction-per-pp = fraction per pp
unit-hkd-per-place = HK$/place
unit-hkd-per-person = HK$/person
unit-hkd-per-m2-year = HK$/m2/yr
unit-hkd-bn-per-ha = HK$ bn/ha
unit-va-per-capital = HK$ VA per HK$ capital per yr
unit-hkd-per-worker-year = HK$/worker/yr
unit-hkd-per-job-year = HK$/job/yr
unit-jobs-per-ha = jobs/ha
unit-log-points = log points

## Sensitivity and assumptions tables

sensitivity-item = lever or assumption
sensitivity-range = range
sensitivity-at-low = at low
sensitivity-at-high = at high
sensitivity-swing = swing
sensitivity-low = low
sensitivity-package = package
sensitivity-high = high
sensitivity-title = Sensitivity — { $name } ({ $file })
sensitivity-intro = { $outcome }: { $value } in this package. Each row moves one lever or assumption over its range, all else held.
sensitivity-flat = { $count } more levers or assumptions leave this outcome unchanged.
sensitivity-by-kind = With { $count } measures (more than { $limit }) the measures are swung by kind: each row moves every measure of one kind together over the kind's range, so that the work stays bounded ({ $projections } projections).
assumptions-parameter = parameter
assumptions-value = value
assumptions-unit = unit
assumptions-range = range
assumptions-source = source
assumptions-key = [A] = assumption (not measured for Hong Kong); * = overridden by the package

## levers seek, and what binds

seek-cli-found = Found: { $share }% of GDP in { $year } (target { $target }%), at a cumulative cost of { $money } to { $year }.
seek-cli-budget = {" "}and a budget of { $money } a year
seek-cli-unreachable = Not reachable: no package within the lever ranges{ $budget } reaches { $target }% of GDP by { $year }. The best found reaches { $best }% (short by { $gap } pp); what binds: { $binding }. The closest package is written out.
seek-cli-robust = Robust: the target is met in { $met }% of the { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } sought on (seed { $seed }; asked: at least { $asked }%), and in { $fresh }% of { $draws } fresh { $draw_count ->
        [one] draw
       *[other] draws
    }.
seek-cli-binds = {" "}What binds at the central assumptions: { $binding }.
seek-cli-robust-unreachable = Not reachable in { $confidence }% of draws: the search found no package within the lever ranges and limits that meets { $target }% of GDP by { $year } that often. The closest package found (written out) reaches { $best }% at the central assumptions and meets the target in { $met }% of the { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } (seed { $seed }), { $fresh }% of fresh draws.{ $binds }
binds-labour = the supply of workers (labour ceiling)
binds-land = industrial floor space (land ceiling)
binds-absorption = how fast target industries can grow (absorption limit)
binds-budget = the yearly budget cap
binds-lever-maxima = the lever maxima of { $levers }
binds-demand = firms' demand for { $levers } (they take up less than is offered)
binds-nothing = no single constraint binds (diminishing returns)
binds-and = { $rest } and { $last }

## levers backtest

backtest-title = Back-test from { $year } with the measures in force (observed: assets/history.toml)
backtest-year = year
backtest-error-missing-series = the history has no usable series `{ $series }` (at least two observations are needed)
backtest-error-too-few-before = the history has fewer than two figures of `{ $series }` before { $year }, so no trend can be fitted without reading later years; choose a later base year
backtest-error-no-base-year-figure = the history has no figure for `{ $series }` in { $year }; choose a base year with one (e.g. 2016)
backtest-error-nothing-after = nothing was observed after { $year }: its outcomes end in { $last }; choose a base year before { $last } (e.g. 2016)
backtest-obs-proj = { $series } obs / proj
backtest-short-manufacturing_share_pct = share %
backtest-short-manufacturing_value_added_hkd_bn = VA HK$bn
backtest-short-manufacturing_jobs = jobs
backtest-start = Start ({ $year }): GDP at basic prices { $gdp }, manufacturing value added HK${ $manufacturing } bn, jobs { $jobs }{ $note }.
backtest-start-extrapolated = {" "}(no figure published for { $year }: the last earlier figure carried forward on the trend fitted before { $year })
backtest-errors-title = Mean absolute error over the observed years after { $year } (% of the observed value):
backtest-model = model
backtest-no-change = no change
backtest-trend-forecast = trend
backtest-naive-note = no change: the base-year value every year; trend: the series' own log-linear trend fitted before the base year. Neither is told the observed GDP path the model follows.
backtest-bands-title = Uncertainty: p10 – p90 of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } (seed { $seed }), the trends' errors estimated before the base year:
backtest-p10-p90 = { $series } p10 – p90
backtest-outside-mark = * = the observed figure lies outside the band
backtest-coverage = { $series }: observed inside p10 – p90 in { $inside } of { $observed } years; mean width { $width }% of the median
backtest-coverage-total = All outcomes: { $inside } of { $observed } observed figures inside p10 – p90 ({ $pct }%)
backtest-label-manufacturing_share_pct = manufacturing share of GDP
backtest-label-manufacturing_value_added_hkd_bn = manufacturing value added
backtest-label-manufacturing_jobs = manufacturing jobs
backtest-unit-manufacturing_share_pct = % of GDP at basic prices
backtest-unit-manufacturing_value_added_hkd_bn = HK$ bn at base-year prices
backtest-unit-manufacturing_jobs = persons engaged
backtest-no-observations = no observations
backtest-figures = { $from }–{ $to }, { $count } figures
backtest-no-figures = no figures
backtest-trend = { $name }: { $growth }% a year ({ $years })
backtest-calibration = Calibration (log-linear least squares on the years { $from }–{ $to } only):
backtest-trend-value-added = manufacturing real value added
backtest-trend-jobs = manufacturing persons engaged (annual survey)
backtest-trend-prices = manufacturing prices relative to all prices (fitted, not extrapolated)
backtest-prices-used = the relative price is forecast as a random walk: no drift, drift uncertainty ± { $sd }% a year (standard error of the mean yearly change)
backtest-sets = sets

## Report body (levers report)

doc-intro = A report by levers { $version } on the package in { $file }: a projection of Hong Kong's economy from { $from } to { $to } under the policy levers below. Every number comes from the model described in `docs/MODEL.md`; the assumptions in force, each with its source, are listed at the end.
doc-band = The shaded bands on the share and jobs charts are these ranges.
doc-public-purse = Public purse
doc-assumptions-intro = Every model parameter, its value in this package, its unit, its plausible range and where it comes from. A *source* can be looked up; an *assumption* is a stated judgement where nobody has measured the quantity for Hong Kong. Values this package overrides are marked.
doc-goes-from = Manufacturing goes from { $from_share }% of GDP ({ $from_jobs } jobs) in { $from_year } to { $to_share }% ({ $to_jobs } jobs) in { $to_year }.
doc-no-levers-trend = The package uses no levers: it is the trend the economy follows on its own.
doc-uncertainty-range = ; in 8 draws out of 10 the share in { $year } lies between { $p10 }% and { $p90 }% (median { $p50 }%)
doc-uncertainty = Uncertainty: across { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } of the uncertain assumptions within their plausible ranges (seed { $seed }), the target is met in { $met }% of draws{ $range }.
doc-limit-labour = In { $year } growth is held back by labour: the workers the new plants need cannot all be found.
doc-limit-land = In { $year } growth is held back by land: there is not enough industrial floor space for the new plants.
doc-limit-absorption = In { $year } growth is held back by absorption: a target industry already grows as fast as any comparable economy has.
doc-limit-none = In { $year } neither labour nor land holds growth back.
doc-group = group
doc-lever = lever
doc-value = value
doc-start = start
doc-ramp = ramp (years)
doc-end = end
doc-sectors = sectors
doc-all-five = all five equally
doc-no-levers = No levers: this is the status quo.
doc-target-funding = Target: { $share }% of GDP by { $year }. Funding: { $funding }.
doc-kpi-share = Manufacturing share of GDP (%)
doc-kpi-jobs = Manufacturing jobs
doc-kpi-net-jobs = Net jobs added
doc-kpi-sectors = Effective number of sectors
doc-kpi-cost = Fiscal cost (HK$ bn a year)
doc-kpi-cumulative = Cumulative fiscal cost (HK$ bn)
doc-outcome = outcome
doc-difference = difference ({ $year })
doc-names-and = { $rest } and { $last }
doc-no-years = No projected years.
doc-sector = sector
doc-value-added = value added { $year } (HK$ bn)
doc-growth = growth a year (%)
doc-share-of-gdp = share of GDP { $year } (%)
doc-jobs = jobs { $year }
doc-sectors-note = The first five sectors are manufacturing; jobs are counted for manufacturing only. Value added is at base-year prices; shares of GDP are at current prices, as the official share is.
doc-attribution-none = The package uses no levers, so there is nothing to attribute.
doc-attribution-intro = How much of each outcome's change from the status quo (the same package with no levers) each lever group or measure gave, in { $year }. Where levers interact — sharing a capped budget, competing for the same workers or land — the interaction is split evenly between them (Shapley values), so the parts add up to the total (before rounding: the rounded parts may differ from the rounded total by a last digit).
doc-status-quo = status quo
doc-package = package
fiscal-source = source: { $text }
fiscal-assumption = assumption: { $text }

## Workbench editors

editor-start = Start year
editor-ramp = Ramp (years)
editor-end = End year
editor-weight = Weight: { $sector }
editor-name-key = Name (key in the file)
editor-label = Label
editor-amount = Amount
editor-from-year = from year
editor-matching = Private HK$ per public HK$
editor-eligible = Paid to
eligible-all-firms = every firm
eligible-new-plants = new plants only
refusal-eligible = expected `every firm` (all_firms) or `new plants only` (new_plants)
editor-name = Name
editor-description = Description
editor-target-share = Target share (% of GDP)
editor-target-year = Target year
editor-horizon = Horizon (last year)
editor-budget-cap = Budget cap (HK$ bn a year)
editor-funding = Funding

## compare: notes

compare-note-horizons = Horizons differ ({ $list }): totals, present values and the outcomes dated { $to } cover the common window { $from }–{ $to }; the last row runs to each package's own horizon and is not comparable.
compare-note-target-years = Target years differ ({ $list }): the target rows read each package in its own target year; the rows dated { $to } compare like with like.
compare-note-target-shares = Target shares differ ({ $list }): "met" and the gap are against each package's own target.
compare-note-base-years = Base years differ ({ $list }): money is in each package's base-year prices and the windows start at the latest base year.
compare-note-renamed = Packages with the same name are told apart by file: { $list }.

## eval --uncertainty

bands-probability = Probability the target ({ $share }% of GDP by { $year }) is met: { $pct }% ({ $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }, seed { $seed }).
bands-title = { $name } ({ $file }): uncertainty
bands-explained = Bands: 10th, 50th and 90th percentiles of the draws over the assumption ranges (the package's own [assumptions] held fixed); projected years only (the base year is observed). Cost: fiscal cost in the year, HK$ bn, real. Its band can lie above the cost at the central assumptions (`eval` without --uncertainty): several cost assumptions (what an admission, a hectare's servicing or the demand for grants costs) range further above their central values than below.
bands-year = year
bands-share = share
bands-jobs = jobs
bands-cost = cost
bands-sectors = sectors

## sensitivity --method sobol

sensitivity-chart-needs-sobol = --chart draws Sobol indices: add --method sobol
sensitivity-sobol-outcome = --outcome { $outcome }: --method sobol reports the share in the target year and whether the target is met; --outcome is for the one-at-a-time tornado
sobol-chart-title = Sobol indices: manufacturing share in { $year } — { $name }
sobol-chart-axis = Sobol index (share of the output's variance)
sobol-chart-total = total order (with interactions)
sobol-chart-first = first order (alone)
sobol-chart-form = { $file }: the --chart of Sobol indices is an SVG, not { $extension }; name the file .svg (or give - for standard output)
sobol-cli-named = { $name } (total { $total }, 95% { $low }–{ $high })
sobol-cli-none = none
sobol-cli-met = for meeting the target ({ $target }% by { $year }; met in { $pct }% of the runs), { $names }
sobol-cli-always-met = met
sobol-cli-always-missed = missed
sobol-cli-met-fixed = whether the target ({ $target }% by { $year }) is met depends on none of them: it is { $always } in every run
sobol-cli-met-rare = for meeting the target ({ $target }% by { $year }) the indices are not shown: it is met in { $pct }% of the runs, outside { $limit }%–99%, too few runs differ to apportion a variance
sobol-cli-clamped = Indices are clamped to [0, 1]: { $count } estimates fell outside before the clamp.
sobol-cli-interactions = about { $pct }% of its variance comes from interactions between assumptions
sobol-cli-little-interaction = interactions between assumptions add little
sobol-cli-sentence = The assumptions that matter most for the manufacturing share in { $year } are { $share }; { $met }. First-order indices of the share add up to { $sum }: { $interactions }.
sobol-cli-assumption = assumption
sobol-cli-share-first = share { $year }: first order
sobol-cli-total = total order
sobol-cli-met-first = target met: first order
sobol-cli-runs = { $samples } base samples, { $runs } model runs, seed { $seed }; 95% bootstrap intervals in brackets.
sobol-cli-title-markdown = { $name } ({ $file }): global sensitivity (Sobol)
sobol-cli-title = Global sensitivity (Sobol) — { $name } ({ $file })
sobol-cli-more = { $count } more assumptions, smaller still, are in --format json or csv.
change-starts = starts { $change }
change-ramp = ramp { $change } years
change-no-end = no end
change-ends = ends { $year }
change-weights = sector weights { $change }
change-all-equal = all equal
change-horizon = Horizon
change-funding = Funding
change-baseline = baseline { $value }
change-assumption = Assumption { $name }: { $change } ({ $unit })
change-target = Target
change-target-value = { $share }% by { $year }
measure-new = New measure { $label } ({ $kind }): { $amount }
measure-removed = Measure { $label } removed (was { $amount })
measure-until = { $text } until { $year }
change-kind = kind { $change }
change-matching = private HK$ per public HK$ { $change }
change-eligible = paid to { $change }
change-model-default = the model's default
change-label = label { $change }
change-source = source changed

## Workbench: status notes (the one line under the panels)

note-at-maximum = { $lever } is at its maximum
note-at-minimum = { $lever } is at its minimum
note-group-not-used = { $group } is not used
note-group-dropped = { $group } no longer used (u to undo)
note-group-cancelled = group changes cancelled (u brings them back)
note-saved-format-2 = saved as format 2: each dial a measure named by its kind, comments kept (format 1 is still read, no longer written)
note-saved-whole = saved, written whole: its comments and layout could not be kept (levers migrate keeps them when moving to format 2)
note-opened = opened { $name }
note-comparing = comparing against { $name }; P unpins all
note-saved = saved { $path }
note-no-file-chosen = no file chosen: type a path or pick one from the list
note-not-saved = not saved: { $path } left as it is; your edits are kept
note-restored = unsaved edits restored from the recovery copy: s to save, u to undo
note-recovery-discarded = recovery copy discarded
note-recovery-unusable = recovery copy not usable, left in place: { $problem }
note-recovery-cannot-keep = cannot keep a recovery copy in { $path }: { $problem }
note-settings = settings: { $problem }
note-pins-cleared = every comparison removed
note-attribution-kinds = attribution per kind (each kind one Shapley player)
note-attribution-measures = attribution per measure
note-nothing-to-undo = nothing to undo
note-nothing-to-redo = nothing to redo
note-already-pinned = this package is already pinned; P unpins all
note-pinned = package pinned: move levers to compare, p pins another, P unpins all
# A pinned package as the charts' legend names it.
tui-pinned = pinned: { $name }
tui-compared = { $name } ({ $file })
# The file picker's title, opening a package or one to compare against.
tui-picker-open = Open a package
tui-picker-compare = Compare against a package
# The uncertainty band in the share chart's title (after its shaded swatch).
tui-band = p10–p90 P(target met) = { $pct }%
tui-band-short = P(target met) { $pct }%
tui-band-shortest = P(met) { $pct }%
note-too-many-compared = { $max } packages are compared already: P unpins them all
note-proposal-applied = proposal applied: u undoes it
note-already-proposal = the package is already the proposal
note-proposal-dismissed = proposal dismissed
note-seeking = searching for the cheapest package meeting the target in most draws…
note-seek-cancelled = seek cancelled
note-seek-no-answer = the seek stopped without an answer
note-seek-year-before-measures = no seek: the target year { $year } comes before { $first }, the first year a measure seek sets acts; set a target year from { $first } on
note-no-measures = no measures yet: a adds one
note-measure-added = added { $name }: { $keys } sets its amount, e edits it, r renames it
note-no-measure-to-remove = no measure to remove
note-measure-removed = removed { $name } (u to undo)
note-no-measure-to-duplicate = no measure to duplicate
note-measure-duplicated = duplicated as { $name }: r renames it

doc-measure = measure
doc-kind = kind
doc-amount = amount
doc-source = source
fiscal-to-target = to the target year
fiscal-to-target-line = To the target year ({ $from }–{ $to }): present value in { $year } { $money }; net cost per job-year { $job_year }; net cost per job added in { $to } { $job }.
# Message popups: help and messages only close (a running seek is cancelled).
hint-close = close
tui-cannot-create-folder = cannot create { $folder }: { $reason }
tui-cannot-save = cannot save { $path }: { $reason }
tui-edits-kept = Your edits are kept (still unsaved): fix the problem and save again, or save elsewhere with S.
popup-cannot-open = Cannot open { $path } (package kept)
popup-cannot-save = Cannot save { $path }
popup-settings-not-applied = Settings: some entries not applied
settings-unknown-action = unknown action `keymap.{ $name }`
settings-valid-actions = ; valid actions: { $actions }
settings-key-bound-twice = key "{ $key }" is bound to more than one action ({ $actions }); it does none of them until one binding is removed
settings-key-is-built-in = key "{ $key }" in `keymap.{ $action }` is already the workbench's key for `{ $builtin }`; it keeps doing `{ $builtin }`
settings-unknown-theme = unknown theme "{ $name }"
settings-valid-themes = ; valid themes: { $themes }
settings-workbench-skips = The workbench opens without these entries (and says so); the other commands do not read them.

# The measure editor's refusals (and the timing rows it shares with the group editor).
refusal-measure-gone = the measure is gone
refusal-name-in-use = another measure is named `{ $name }`: pick a name not in use
refusal-year-of-schedule = `{ $text }` is not a year: expected a number, or YEAR=VALUE (e.g. 2028=20)
refusal-amount = not a number: expected a number, or YEAR=VALUE (e.g. 2028=20)
refusal-matching-ratio = not a number: expected { $range }, or `default`
refusal-remove-year = select a year of the schedule to remove it
refusal-start-year = not a whole number: expected a year
refusal-end-year = not a whole number: expected a year, or `none`
refusal-not-a-year = not a year
refusal-ramp-years = not a whole number: expected a whole number of years from 0 to { $max }
refusal-ramp-range = expected a whole number of years from 0 to { $max }
refusal-weight = not a number: expected a number from 0 to { $max }
refusal-rule = { $message }: expected { $expected }

# The package editor's, the exact-value prompt's and the save-as prompt's refusals.
refusal-lever-value = not a number: expected { $range }
refusal-package-year = `{ $text }` is not a year
refusal-package-number = `{ $text }` is not a number
refusal-funding = unknown funding `{ $text }`: expected { $keys }
editor-funding-value = { $key }
refusal-save-as-empty = type a file name, e.g. my-package.toml

# The measure editor's and group editor's values.
editor-schedule = schedule of { $years } years (steps)
editor-schedule-one = schedule of 1 year (steps)
editor-model-default = model default
editor-no-end = none
editor-all-equal = 1 (all equal)

# levers diff
diff-heading = From { $from } to { $to }:
diff-same = nothing changes: the packages are the same

# A file written by a command (`levers seek -o`, `levers report -o`).
cli-wrote = wrote { $path }

# What a command-line option expected when it refused a value. In English the
# argument parser puts "invalid value 'X' for '--OPTION':" before it.
arg-expected-whole-number = expected a whole number from { $min } to { $max }
arg-expected-number = expected a number
arg-expected-axis-limits = expected LOW,HIGH with LOW below HIGH (e.g. 0,6)
arg-expected-target-line = expected auto, on or off
arg-expected-chart-scale = expected a number from 1 to 4 (e.g. 3 for print)
arg-expected-alpha = expected a share from 0.01 to 0.2 (0.05 is usual)
arg-expected-quasi-p = expected a probability from 0.001 to 1 (0.05 is usual)
arg-expected-coverage = expected a share from 0.05 to 1 (0.8 is usual)
arg-expected-confidence = expected a chance above 0 and below 1, e.g. 0.8
arg-expected-threshold = expected a share of GDP in % from 0 to 100 (e.g. 1 or 2.5)
arg-expected-shard = expected K/N with 1 <= K <= N, e.g. 2/8 for the second of eight shards
arg-expected-shard-count = N is at most { $most } (got { $count }); expected K/N with 1 <= K <= N, e.g. 2/8 for the second of eight shards

# A command line the argument parser refused. English is worded by the parser
# itself; these words are for the other languages (and are the source of their
# translations): the option and usage line stay as typed.
arg-refused-value = the value `{ $value }` of { $option } is refused: { $expected }
arg-refused-value-plain = the value `{ $value }` of { $option } is refused: see its help for what it takes
arg-refused-possible = the value `{ $value }` of { $option } is not one it takes: { $values }
arg-refused-value-missing = { $option } needs a value
arg-refused-unknown = unknown option `{ $option }`
arg-refused-similar = an option of a similar name exists: `{ $similar }`
arg-refused-missing = missing: { $options }
arg-refused-conflict = { $option } cannot be used with { $other }
arg-refused-other = the command line cannot be read at { $option }
arg-refused-usage = Usage: { $usage }
arg-refused-more = For more information, try `{ $help }`.
# The first word of a command line that is neither a command nor a file.
arg-misspelt-subcommand = unrecognised subcommand `{ $word }` (and no file of that name)
arg-misspelt-did-you-mean = did you mean `levers { $name }`?
arg-unknown-command = unknown command `{ $word }` (and no file of that name)
arg-unknown-command-list = the commands are: { $names }

# levers seek: `--best`'s sentence, the names seek gives the packages it
# writes, and its progress spinners.
seek-cli-best = Best reachable: { $share }% of GDP in { $year }; what binds: { $binding }.
seek-cli-name-found = Cheapest package for { $target }% by { $year }
seek-cli-name-found-robust = Cheapest package for { $target }% by { $year } in { $confidence }% of draws
seek-cli-name-closest = Closest package to { $target }% by { $year }
seek-cli-name-best = Highest share reachable by { $year }
seek-cli-searching = searching for the cheapest package
seek-cli-searching-robust = searching for the cheapest robust package
seek-cli-searching-best = searching for the highest share reachable
# The workbench's public purse: the window to the target year, and its present value and cost per job beside the horizon's.
tui-fiscal-target = target
tui-fiscal-pv-to = PV { $rate }%, no fin.: target { $target } · to { $horizon_year } { $horizon }
tui-fiscal-offered = Offered/taken up a yr: { $kinds }
tui-offer-rd_grants = R&D
tui-offer-coinvestment = co-inv.
tui-fiscal-per-job-to = Per net job: target { $target } · to { $horizon_year } { $horizon }
tui-fiscal-per-job-year-to = Per net job-year: target { $target } · to { $horizon_year } { $horizon }

# `levers check`: a file with no problem.
check-ok = { $file }: ok ({ $name })

# Validation problems (`levers check`, the reader's diagnostics, the workbench's
# refusals): `problem-ID` says what is wrong, `problem-ID-expected` what would
# be right. Numbers arrive formatted; `$label` is a lever's label, `$kind` and
# `$group` are keys of the file format, left as written.
problem-too-long = the { $key } is { $length } characters long
problem-too-long-expected = at most { $limit } characters
problem-empty-name = the package's name is empty
problem-empty-name-expected = a short name that titles the package in tables and reports, e.g. the file's name without `.toml`
problem-horizon-outside = horizon { $horizon } is outside the years the model covers
problem-horizon-outside-expected = a year from { $first } to { $last }
problem-target-share-out-of-range = target share { $value } is out of range
problem-target-share-out-of-range-expected = a number above 0 and at most { $max }
problem-target-year-outside = target year { $year } is outside the projection { $first }..{ $last }
problem-target-year-outside-expected = a year from { $first } to the horizon ({ $last })
problem-horizon-before-default-target = horizon { $horizon } ends before the target year { $year }, which applies when `[target]` gives no `year`
problem-horizon-before-default-target-expected = a horizon of { $year } or later, or under `[target]` a `year` from { $first } to { $horizon }
problem-horizon-before-target = horizon { $horizon } ends before the target year { $year }
problem-horizon-before-target-expected = a horizon of { $year } or later, or first a target year from { $first } to { $horizon }
problem-budget-cap-out-of-range = budget cap { $value } is out of range
problem-budget-cap-out-of-range-expected = a number above 0 and at most { $max } (HK$ bn per year)
problem-lever-out-of-range = { $label } { $value } is out of range
problem-lever-out-of-range-expected = { $range }
problem-amount-out-of-range = { $label } { $value } is out of range for { $kind ->
        [rd_grants] an
       *[other] a
    } { $kind } measure
problem-amount-out-of-range-expected = { $range }
problem-start-outside-projection = start year { $start } is outside the projection
problem-start-outside-projection-expected = a year from { $first } to the horizon ({ $last })
problem-ramp-too-long = a ramp of { $years } years is too long
problem-ramp-too-long-expected = a whole number of years from 0 to { $max }
problem-ramp-past-horizon = the ramp from { $start } over { $years } years ends after the horizon ({ $last })
problem-ramp-past-horizon-expected = a ramp of at most { $most } years, so that it ends by the horizon
problem-end-before-start = end year { $end } is before the start year { $start }
problem-end-before-start-expected = a year from { $start } to { $last }
problem-end-after-last-year = end year { $end } is after { $last }, the last year the model projects
problem-end-after-last-year-expected = a year from { $start } to { $last }
problem-sector-weight-out-of-range = sector weight { $value } is out of range
problem-sector-weight-out-of-range-expected = a number from 0 to { $max }
problem-weights-all-zero = every sector weight is zero, so the lever would reach no sector
problem-weights-all-zero-expected = at least one weight above 0 (or leave `sectors` out: all five equal)
problem-group-cannot-target-sectors = the { $group } group cannot target sectors: admitted talent and trained workers join one labour market that every sector shares
problem-group-cannot-target-sectors-expected = no `sectors` here (delete the line); aim the money and land levers at sectors instead
problem-measure-cannot-target-sectors = { $kind ->
        [rd_grants] an
       *[other] a
    } { $kind } measure cannot target sectors: admitted talent and trained workers join one labour market that every sector shares
problem-measure-cannot-target-sectors-expected = no `sectors` here (delete the line); aim the money and land measures at sectors instead
problem-assumption-out-of-range = { $name } = { $value } is outside its plausible range
problem-assumption-out-of-range-expected = a number from { $low } to { $high } ({ $unit })
problem-bad-measure-name = `{ $name }` cannot name a measure
problem-bad-measure-name-expected = a name of letters, digits, `_` and `-`, at most { $limit } characters
problem-duplicate-measure = two measures are named `{ $name }`
problem-duplicate-measure-expected = a name used by one measure only (rename one of them)
problem-duplicate-measure-at = two measures are named `{ $name }` (the first is at line { $line })
problem-duplicate-measure-at-expected = a name used by one measure only (rename one of them)
problem-empty-schedule = the schedule names no year
problem-empty-schedule-expected = a constant (`amount = 10`) or years with values (`amount = {"{"} 2026 = 10 {"}"}`)
problem-schedule-year-outside = schedule year { $year } is outside the projection
problem-schedule-year-outside-expected = a year from { $first } to the horizon ({ $last })
problem-schedule-year-out-of-order = schedule year { $year } does not follow the year before it
problem-schedule-year-out-of-order-expected = years in increasing order
problem-no-matching-ratio = { $kind ->
        [rd_grants] an
       *[other] a
    } { $kind } measure has no matching ratio (only rd_grants and coinvestment ask for private money)
problem-no-matching-ratio-expected = no `matching_ratio` here (delete the line)
problem-cannot-limit-to-new-plants = { $kind ->
        [rd_grants] an
       *[other] a
    } { $kind } measure cannot be limited to new plants (only rent_subsidy and profits_tax_concession pay a rate on a firm's own rent or profit)
problem-cannot-limit-to-new-plants-expected = no `eligible` here, or eligible = "all_firms"
problem-matching-ratio-out-of-range = matching ratio { $value } is out of range
problem-matching-ratio-out-of-range-expected = { $range }

problem-unknown-key = unknown key `{ $key }`
problem-unknown-key-expected = one of: { $allowed }
problem-schedule-key-not-a-year = schedule key `{ $key }` is not a year
problem-schedule-key-not-a-year-expected = years as keys: amount = {"{"} 2026 = 10, 2028 = 20 {"}"}
problem-unknown-format = policy format { $format } is not known to this version of levers
problem-unknown-format-expected = format = { $current } (this version of levers reads format { $known })
problem-assumption-set-twice = `{ $name }` is set twice: here and at line { $line }, column { $column }
problem-assumption-set-twice-expected = each parameter set once (a quoted "group.name" and a dotted group.name are the same parameter)
problem-unknown-parameter = unknown parameter `{ $name }`
problem-unknown-parameter-expected = the name of a baseline parameter (see `levers assumptions`)
problem-ramp-out-of-range = a ramp of { $ramp } years is out of range
problem-ramp-out-of-range-expected = a whole number of years from 0 to 10
problem-label-without-name = the label table gives no name
problem-label-without-name-expected = a name in at least one of { $languages }, e.g. label = {"{"} en = "San Tin land", zh-Hant = "新田科技城用地" {"}"}
problem-wrong-type = found { $found }
problem-wrong-type-expected = { $expected }
problem-not-a-number = { $raw } is not a usable number (NaN and infinity are not allowed)
problem-not-a-number-expected = { $expected }
problem-integer-too-large = integer too large
problem-integer-too-large-expected = { $expected }
problem-missing-key = missing key `{ $key }`
problem-missing-key-expected = { $expected }
problem-missing-key-in = missing key `{ $key }` in [{ $table }]
problem-missing-key-in-expected = { $expected }
found-text = text ("{ $value }")
found-integer = an integer ({ $value })
found-float = a float ({ $value })
found-boolean = a boolean ({ $value })
found-date-time = a date-time ({ $value })
found-array = an array
found-table = a table
expected-year-to-horizon = a year from { $first } to the horizon
expected-year-from-start = a year on or after the start year
expected-year-in-projection = a year within the projection
expected-ramp-years = a whole number of years from 0 to 10
expected-number = a number from { $low } to { $high }
expected-text = text in quotes
expected-table = a table
expected-year = a year from { $first } to { $last }
expected-one-of = one of: { $words }
expected-amount = amount = { $range } or a schedule {"{"} <year> = <value>, ... {"}"}
problem-unknown-choice = unknown value "{ $found }"
problem-unknown-choice-expected = one of: { $allowed }
problem-unknown-key-in = unknown key `{ $key }` in [{ $table }]
problem-unknown-key-in-expected = one of: { $allowed }
problem-more-problems = and { $more } more problems (only the first { $shown } are shown; fix these and check again)

# The data files' problems (the baseline, the history and the settings; a
# syntax error in any file): worded as a package's are.
problem-not-valid-toml = not valid TOML: { $message }
problem-file-too-large = file is larger than { $limit } KiB; a policy file is a few KiB
problem-not-utf8 = byte { $byte } is not valid UTF-8; save the file as UTF-8 text
problem-not-a-plain-file = cannot open: it is { $kind }, not a regular file; levers reads only plain files
problem-cannot-open = cannot open: { $reason }
problem-cannot-read = cannot read: { $reason }
file-kind-folder = a folder
file-kind-pipe = a FIFO (named pipe)
file-kind-socket = a socket
file-kind-device = a device
problem-unknown-output-format = unknown output format "{ $found }"
problem-unknown-output-format-expected = one of: { $allowed }
problem-unknown-language = unknown language "{ $found }"
problem-unknown-language-expected = one of: { $allowed }
problem-unknown-data-format = { $file ->
        [baseline] baseline
       *[history] history
    } format { $format } is not known
problem-unknown-data-format-expected = format = 1
problem-base-year-out-of-range = base year { $year } is out of range
problem-base-year-out-of-range-expected = a year from { $first } to { $last }
problem-missing-parameter = the baseline lacks parameter `{ $name }`
problem-missing-parameter-expected = a table with value, unit, low, high and a source or assumption
problem-source-or-assumption = a parameter needs exactly one of `source` or `assumption`
problem-source-or-assumption-expected = source = "..." or assumption = "..."
problem-normal-without-sd = a normal distribution needs a positive standard deviation `sd`
problem-normal-without-sd-expected = sd = 0.01 (in the parameter's unit)
problem-unknown-distribution = unknown distribution "{ $found }"
problem-unknown-distribution-expected = "triangular", "uniform", "normal" (with sd) or "fixed"
problem-range-beyond-physical = range { $low }..{ $high } leaves what `{ $name }` can physically be
problem-range-beyond-physical-expected = low and high within { $floor }..{ $ceiling }
problem-value-outside-own-range = value { $value } is not within its own range { $low }..{ $high }
problem-value-outside-own-range-expected = low <= value <= high
problem-missing-lag-kernel = missing lag kernel for `{ $group }`
problem-missing-lag-kernel-expected = weights = [...] summing to 1
problem-lag-weights-sum = lag weights sum to { $sum }
problem-lag-weights-sum-expected = 1 to 20 non-negative numbers summing to 1
problem-duplicate-figure = series `{ $series }` has two figures for { $year }
problem-duplicate-figure-expected = one figure a year (delete one of them)
problem-figure-not-positive = series `{ $series }`, { $year }: { $value } is not a positive number
problem-figure-not-positive-expected = a positive, finite figure
problem-figure-outside-years = series `{ $series }` has a figure for { $year }, outside first_year..last_year
problem-figure-outside-years-expected = { $first } ..= { $last }
problem-not-a-key = "{ $text }" is not a key
problem-not-a-key-expected = a key such as "ctrl-s", "shift-left", "F2" or "?", or a list of them
expected-any-number = a number
expected-any-year = a year
expected-key = a key such as "ctrl-s", "shift-left", "F2" or "?", or a list of them
expected-lag-weights = an array of 1 to 20 non-negative numbers summing to 1
expected-points = an array of figures: {"{"} year = 2016, value = 2489.0, source = "..." {"}"}

# The fixed words of a diagnostic, each with its colon: `file:line:column: error: …`,
# then what was expected and a suggestion for a misspelt key.
diagnostic-error = error:
diagnostic-expected = expected:
diagnostic-help = help:
diagnostic-did-you-mean = did you mean `{ $suggestion }`?

# Progress bars on a terminal: `{ $eta }` is the time left, filled in as it runs.
progress-eta = { $eta } left
progress-draws = Monte Carlo draws
progress-draws-out = draws for --draws-out
progress-sobol = Sobol model runs
progress-sweep = packages

## levers brief: the two-page options brief
brief-title = Options brief: manufacturing { $target }% of GDP by { $year }?
brief-intro = { $count } options compared by levers { $version }: { $names }. Every figure is the one `levers eval` prints for the same file.
brief-bottom-line = Bottom line
brief-bottom-most = { $name } does most: manufacturing reaches { $share }% of GDP in { $year } (in 8 draws out of 10 between { $p10 }% and { $p90 }%).
brief-bottom-cost = It costs { $cost } from { $from } to { $year } at the central assumptions ({ $p10 } to { $p90 } in 8 draws out of 10; present value { $pv }), { $per_job } per net job added.
brief-bottom-cost-no-jobs = It costs { $cost } from { $from } to { $year } at the central assumptions ({ $p10 } to { $p90 } in 8 draws out of 10; present value { $pv }) and adds no net jobs by then.
brief-bottom-chance-likely = { $name } is likely to reach { $target }% by { $year }: { $chance } of draws do.
brief-bottom-chance-unlikely = No option is likely to reach { $target }% by { $year }: the best chance is { $chance } of draws ({ $name }).
brief-bottom-chance-none = No option reaches { $target }% by { $year } in any draw.
brief-bottom-nothing = Doing nothing leaves the share at { $share }% in { $year }; the options add { $low } to { $high } percentage points.
brief-bottom-nothing-one = Doing nothing leaves the share at { $share }% in { $year }; the option adds { $low } percentage points.
brief-bottom-nothing-same = Doing nothing leaves the share at { $share }% in { $year }; the options each add { $low } percentage points.
brief-bottom-cheapest = Per net job added, { $name } is the cheapest: { $per_job }.
brief-options = The options, { $from }–{ $year }
brief-row-share = Share of GDP in { $year } (%)
brief-row-band = p10–p90 of the share in { $year } (%)
brief-row-met = Chance of { $target }% by { $year }
brief-row-at-least = Chance of at least { $threshold }% in { $year }
brief-row-jobs = Manufacturing jobs in { $year }
brief-row-direct-jobs = Manufacturing jobs added in { $year } (direct)
brief-row-net-jobs = Net jobs added across the economy in { $year }
brief-row-cost = Cost { $from }–{ $year } (HK$ bn)
brief-row-cost-band = p10–p90 of that cost over the draws (HK$ bn)
brief-row-present-value = Present value of the outlays (cash and tax forgone, HK$ bn)
brief-row-per-job = Cost per net job added (HK$ m)
brief-window = One window throughout: jobs are counted in { $year }; costs are cash outlay, tax forgone and financing paid from { $from } to { $year }, in real { $base } Hong Kong dollars; the present value (discounted to { $base }) and the cost per net job count the outlays, with financing beside them. Chances are the share of { $draws } Monte Carlo { $draw_count ->
        [one] draw
       *[other] draws
    } of the uncertain assumptions (seed { $seed }).
brief-target-years-differ = the options have different target years ({ $options }): a brief and its workbook read every option to one target year; set the same year under [target] in each file, or print `levers compare` of them, which reads each in its own target year
brief-option-year = { $file } { $year }
brief-target-shares-differ = the options aim at different shares ({ $options }): a brief gives every option's chance of one target share; set the same manufacturing_share_pct under [target] in each file (ask about other shares with --threshold, e.g. --threshold 2), or print `levers compare` of them, which reads each against its own target
brief-option-share = { $file } { $share }%
brief-chart = Manufacturing share of GDP, each option with its p10–p90 band
brief-matters = What matters most
brief-matters-intro = The assumptions that move { $name }'s share in { $year } most, each over its plausible range:
brief-matter = { $description } (`{ $name }`, { $low } to { $high } { $unit }): { $at_low }% to { $at_high }% of GDP.
brief-matters-none = No assumption moves the share in the target year.
brief-would-take = What it would take
brief-would-take-for = These figures are for { $name }, the option that does most. { $needs }
brief-have-to-be-true = What would have to be true
discover-never-met = { $options ->
        [one] { $name } does not reach
       *[several] No option reaches
    } { $threshold }% of GDP by { $year } { $draw_count ->
        [one] in the { $draws } draw
       *[other] in any of the { $draws } draws
    }: no values of the assumptions within their plausible ranges take it there. The question becomes what it would take for { $options ->
        [one] it
       *[several] { $name }, the option that does most,
    } to reach { $share }%, a share it reaches in at least one draw in ten.
discover-rarely-met = { $options ->
        [one] { $name } reaches
       *[several] No option reaches
    } { $threshold }% of GDP by { $year } in { $options ->
        [one] only { $cases }
       *[several] more than { $cases }
    } of the { $draws } draws, too few to find what the assumptions would have to be (PRIM needs at least { $needed }). The question becomes what it would take for { $options ->
        [one] it
       *[several] { $name }, the option that does most,
    } to reach { $share }%, a share it reaches in at least one draw in ten.
brief-reading = Reading the figures
brief-caveats = Caveats and sources
brief-caveat-projection = A projection under stated assumptions, not a forecast: the chances cover the uncertain assumptions' plausible ranges, not whether the measures are delivered as announced.
brief-caveat-money = All money is real, in { $base } Hong Kong dollars: what the Government pays out or forgoes as firms take the measures up, plus the cost of financing it. The cost is that at the central assumptions; its p10–p90 over the draws can reach much further above it than below, as several cost assumptions (what an admission, a hectare's servicing or the demand for grants costs) range further above their central values than below them.
brief-caveat-sources = Baseline data for { $base } from the Census and Statistics Department; every assumption with its value, range and source: `levers assumptions`; the model: `docs/MODEL.md`.
brief-caveat-reproduce = To check any figure: { $command }.
glossary-jobs = Jobs: quote **net jobs added in { $year }** for what an option does for employment across the economy — every job it adds over doing nothing (in manufacturing, in the local services it induces, and admitted talent and trained workers at work), less the workers drawn from other employers — and **manufacturing jobs added (direct)** for the part in manufacturing itself. "Manufacturing jobs" counts everyone in manufacturing, with or without the option.
glossary-cost = Cost: quote the **cost to { $year }** (cash outlay, tax forgone and financing from the first policy year to the target year) and its present value, which discounts the outlays (cash and tax forgone) and leaves financing beside them; "cost per net job" divides the same outlays by the net jobs added in { $year }. Costs to later years or per job-year are larger or smaller for that reason alone.
glossary-chance = Chance: the share of Monte Carlo draws of the uncertain assumptions in which the option reaches the share.
xlsx-sheet-comparison = Comparison
xlsx-sheet-assumptions = Assumptions
xlsx-sheet-charts = Charts
xlsx-charts-year = Year
xlsx-charts-target-share = Target share (%)
xlsx-charts-package = Package
xlsx-charts-jobs = Manufacturing jobs (direct, persons)
xlsx-charts-target = Target { $share }% by { $year }
summary-sheet = Summary
contents-sheet-name = Contents
contents-summary = The options side by side, to the target year (start here)
contents-sheet = sheet
contents-holds = holds
contents-package = { $title }: year by year
summary-file = file
summary-figure = figure
summary-per-job-hkd = Cost per net job added (HK$)
brief-sentence-join = {" "}
glossary-year = { $year }
glossary-target-year = the target year
glossary-heading = Which figures to quote:
brief-no-effect = { $measure } ({ $option }) costs { $cost } to { $year } and moves neither the manufacturing share nor jobs, in manufacturing or across the economy, by { $year }.
explain-no-effect = Warning: { $measure } costs { $cost } to { $year } and moves neither the manufacturing share nor jobs, in manufacturing or across the economy, by { $year }.

## discover (scenario discovery, PRIM): the command, the report and the workbench

discover-at-least = { $name } >= { $low }
discover-at-most = { $name } <= { $high }
discover-between = { $name } from { $low } to { $high }
discover-range-at-least = >= { $low }
discover-range-at-most = <= { $high }
discover-range-between = { $low } – { $high }
discover-cases-target-met = { $name } meets its target ({ $threshold }% by { $year }) in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-cases-target-missed = { $name } misses its target ({ $threshold }% by { $year }) in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-cases-share-reached = { $name } reaches at least { $threshold }% of GDP in { $year } in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-cases-share-missed = { $name } stays below { $threshold }% of GDP in { $year } in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-cases-outcome-reached = { $name } has { $outcome } of at least { $threshold } { $unit } in { $year } in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-cases-outcome-missed = { $name } has { $outcome } below { $threshold } { $unit } in { $year } in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-outcome-share = a manufacturing share of GDP
discover-outcome-jobs = manufacturing jobs
discover-outcome-effective_sectors = an effective number of sectors
discover-outcome-cost = a cumulative fiscal cost
discover-box = { $coverage }% of those have { $restrictions } (density { $density }%).
discover-weaker = Weaker restrictions (quasi-p above 0.05) in the table: { $count }.
discover-none-significant = the box PRIM found restricts { $count ->
        [one] one assumption, not significantly (its quasi-p is above 0.05)
       *[other] { $count } assumptions, none significantly (every quasi-p above 0.05)
    }: the outcome does not hinge on a few assumptions.
discover-no-restriction = no box of assumptions that keeps { $coverage }% of them is denser than the whole sample: the outcome does not hinge on a few assumptions.
discover-too-few = that is { $cases } { $cases ->
        [one] draw
       *[other] draws
    }, too few to find a box (PRIM needs at least { $needed }).
discover-too-few-left = No second box: { $cases } { $cases ->
        [one] case is
       *[other] cases are
    } left outside the first, fewer than { $needed }.
discover-too-many = nearly every draw is a case ({ $non_cases } are not, fewer than { $needed }).
# What the command line can do about too few or too many cases (not said in documents or the workbench).
discover-cli-too-few = Draw more (--draws) or ask about a lower threshold (--threshold).
discover-cli-too-few-share = Draw more (--draws) or ask about a lower threshold: it reaches { $share }% in one draw in ten (--threshold { $share }).
discover-cli-too-many = Ask about the failures (--below) or a higher threshold (--threshold).
discover-second = A second box, among the draws outside the first: { $clause }
discover-sentence = { $cases }; { $boxes }
discover-cli-method = { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }, seed { $seed }; PRIM: peel alpha { $alpha }, paste alpha { $paste }; the box is the densest step of the peeling trajectory that keeps { $coverage }% of the cases, then pasted.
discover-cli-title = What would have to be true — { $name } ({ $file })
discover-cli-title-markdown = { $name } ({ $file }): what would have to be true
discover-cli-box-heading = Box { $box }: coverage { $coverage }%, density { $density }%, mass { $mass }% (step { $step }, pasted)
discover-cli-parameter = parameter
discover-cli-in-box = in the box
discover-cli-sampled = sampled range
discover-cli-dropped = restrictions dropped as not significant (quasi-p above { $limit }): { $count }
discover-cli-unit = unit
discover-cli-quasi-p = quasi-p
discover-cli-step = step
discover-cli-coverage = coverage
discover-cli-density = density
discover-cli-restricted = restricted
discover-cli-trajectory = Peeling trajectory (* marks the step chosen):
progress-discover = Scenario discovery draws
action-toggle_discover = show / hide what would have to be true (PRIM)
hint-toggle_discover = discover
discover-title = What would have to be true: { $target }% by { $year }, seed { $seed }
discover-title-narrow = What would have to be true
discover-stale = package changed: D recomputes
discover-stale-narrow = changed: D
discover-close = D close
discover-computing = computing { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }…
discover-met = met in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-met-lower = { $target }% in no draw: asked of { $share }%, reached in one draw in ten
discover-met-lower-few = { $target }% in only { $cases } of { $draws } draws: asked of { $share }%, reached in one draw in ten
discover-met-share = { $share }% in { $pct }% of { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    }
discover-chart = density against coverage
discover-tui-parameter = assumption
discover-tui-range = in the box
discover-tui-p = quasi-p
discover-tui-box = box: coverage { $coverage }%, density { $density }%
report-what-would-have-to-be-true = What would have to be true
doc-discover-method = Scenario discovery over the { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } above (seed { $seed }): PRIM (Friedman & Fisher 1999) finds the box of assumptions that holds most of the draws meeting the target (its coverage) with few others (its density); a quasi-p-value near 0 says a restriction is no chance finding. `levers discover` on { $file } prints the same box, with its peeling trajectory; `--threshold` and `--by` ask about any share and year.
doc-discover-method-share = Scenario discovery over the { $draws } { $draw_count ->
        [one] draw
       *[other] draws
    } above (seed { $seed }): PRIM (Friedman & Fisher 1999) finds the box of assumptions that holds most of the draws reaching { $share }% (its coverage) with few others (its density); a quasi-p-value near 0 says a restriction is no chance finding. `levers discover` on { $file } with `--threshold { $share }` prints the same box, with its peeling trajectory.

## Workbench: a measure that costs money and moves nothing by the target year (brief2)
tui-no-effect = ! { $measure }: { $cost } to { $year },
# The outcomes named, as the command line's warning names them (mfg: manufacturing).
tui-no-effect-why = { $reason }{ $more }
tui-no-effect-later = moves neither mfg share nor mfg jobs by { $year }: it first acts in { $from }
tui-no-effect-never = moves neither mfg share nor mfg jobs by { $year }, nor up to { $horizon }
tui-no-effect-more = { " " }(+{ $count } more)
impossible = the projection is impossible: { $what } in { $year } would be { $value }; the baseline data is outside what the model can use
impossible-gdp = GDP
impossible-manufacturing-value-added = manufacturing value added
impossible-manufacturing-share = the manufacturing share of GDP (%)
impossible-real-manufacturing-share = the real manufacturing share of GDP (%)
impossible-manufacturing-jobs = manufacturing jobs
impossible-labour-force = the labour force
impossible-unemployment-rate = the unemployment rate (%)
impossible-net-jobs-added = net jobs added
impossible-cumulative-cost = the cumulative public cost
impossible-sector = a sector's value added or jobs

## Command-line arguments that name a lever, a measure or an assumption (sweep --vary, discover --vary, seek --levers, --bound, --fix)
argument-hint = { " " }(did you mean `{ $suggestion }`?)
address-unknown = `{ $address }` names no lever or measure{ $hint }; its measures are { $measures }
address-unknown-no-measures = `{ $address }` names no lever or measure{ $hint }; the package has no named measures
address-unknown-field = measure `{ $measure }` has no field `{ $key }`{ $hint }; a measure's fields are { $fields }
address-unknown-assumption = unknown assumption `{ $name }`{ $hint }; `levers assumptions` lists them
grid-empty = FROM must not be above TO and STEP must be above 0
grid-too-large = the grid has { $packages } packages; the limit is { $limit }: use a larger STEP or fewer --vary
grid-size-about = about { $count }
vary-failed = --vary { $spec }: { $why }
vary-grid-failed = --vary: { $why }
vary-expected = expected GROUP.FIELD=FROM..TO:STEP (or MEASURE.FIELD=…, assumptions.PARAM=…), e.g. rd.grants_hkd_bn_per_year=0..20:1, nias.amount=0..20:1 or assumptions.nev.growth=0..0.1:0.01
vary-unknown = { $why }; { $expected }
vary-not-a-number = { $what } `{ $text }` is not a number; { $expected }
vary-out-of-range = { $what } { $value } is outside the range of { $path }: { $range }
vary-not-whole = { $path } takes whole numbers: FROM and STEP must be whole
vary-step-not-positive = STEP { $step } must be above 0
vary-from-above-to = FROM { $from } is above TO { $to }
vary-not-one-number = `{ $path }` names a whole lever group or measure, not one number; { $expected }
vary-no-matching-ratio = { $measure } is { $kind ->
        [rd_grants] an
       *[other] a
    } { $kind } measure, which has no matching ratio (grants and co-investment do)
vary-twice = --vary { $spec }: { $name } is varied twice
vary-range-years = a year from { $first } to { $last }
vary-range-ramp = a whole number of years from 0 to { $max }
vary-range-assumption = { $low } to { $high } { $unit }
sweep-shard-not-xlsx = --shard writes CSV or NDJSON, whose shards concatenate; not xlsx
sweep-vary-not-dir = --vary applies to a FILE, not to --dir
sweep-file-or-dir = levers sweep: give a FILE with --vary, or --dir FOLDER
sweep-too-many-rows = the sweep has { $packages } packages; a worksheet holds at most { $limit }: use --format csv
sweep-grid-breaks-rule = --vary: package { $number } of the grid ({ $point }) breaks a rule: { $path }: { $message }; expected { $expected }
sweep-more-files = and { $count } more files with problems
discover-vary-twice = --vary { $name }: varied twice; give each field one range
discover-vary-expected = expected NAME.FIELD=LO..HI, e.g. zone_coinvestment.amount=0..20 or rd.grants_hkd_bn_per_year=0..20
discover-vary-assumption = assumptions are drawn already; --vary adds a lever dial or a measure's field
argument-two-numbers = expected a range LO..HI of two numbers, e.g. 0..20
discover-vary-range = expected { $min } <= LO < HI <= { $max } ({ $range })
discover-vary-whole = `{ $path }` takes whole numbers
discover-needs-threshold = --outcome { $outcome }: give the level a draw must reach with --threshold (the package's target is a share of GDP), e.g. --outcome jobs --threshold 100000
discover-threshold-share = --threshold { $value }: expected a share of GDP from 0 to 100 (%), e.g. 1.2
discover-threshold-finite = --threshold { $value }: expected a finite number in the outcome's unit
discover-by = --by { $year }: expected a projected year of the package, from { $first } to its horizon { $horizon }
seek-target-share-range = --target-share { $value }: expected a share of GDP above 0 and at most { $max } (%)
seek-by-range = --by { $year }: expected a year from { $first } to { $last }
seek-by-before-measures = --by { $year }: no measure seek sets acts before { $first }, so none could move the share by { $year }; expected a year from { $first } on, e.g. --by { $first }
seek-file-year-before-measures = { $file }: its target year { $year } comes before { $first }, the first year a measure seek sets acts, so none could move the share by then; give --by { $first } or later
seek-budget-range = --budget { $value }: expected HK$ bn a year above 0 and at most { $max }
seek-unreachable = levers seek: the target { $share }% by { $year } is not reachable
seek-unreachable-confidence = levers seek: the target { $share }% by { $year } is not reachable in { $pct }% of draws
seek-levers-failed = --levers: { $why }{ $hint }; { $takes }
seek-levers-takes = --levers takes lever groups: some of land, rd, talent, zone (comma-separated)
seek-levers-not-a-group = `{ $key }` is not a lever group
seek-levers-unknown = unknown lever group `{ $key }`
seek-limit-twice = { $said }: already limited by { $first }; give each lever or measure one limit
seek-bound-takes = --bound takes a lever dial (GROUP.FIELD, e.g. rd.grants_hkd_bn_per_year) or a measure's amount (MEASURE.amount)
seek-fix-takes = --fix takes a lever dial (GROUP.FIELD), a lever group (GROUP), a measure's amount (MEASURE.amount) or a measure (MEASURE)
seek-cannot-bound = `{ $text }` cannot be bounded: { $takes }
seek-cannot-fix = `{ $text }` cannot be fixed: { $takes }
seek-limit-failed = { $flag } { $text }: { $why }
seek-bound-expected = expected NAME.FIELD=LO..HI, e.g. rd.grants_hkd_bn_per_year=2..10 or nias.amount=0..20
seek-not-moved = `{ $address }` is not moved by seek (only money and quantities are); it is taken from the package
seek-bound-range = expected { $min } <= LO <= HI <= { $max } ({ $unit })
seek-group-left-out = { $address }: the search does not use the { $group } group (--levers); leave it out, or add the group
excel-csv-only = --excel (a byte order mark for Excel) applies to --format csv only
output-misnamed-xlsx = { $file }: a .xlsx file is an Excel workbook, but --format { $format } was given; use --format xlsx or another file name
output-xlsx-not-stdout = xlsx is a binary format and is not written to standard output; give -o FILE.xlsx
output-no-extension = a file without extension
eval-output-form = { $file }: eval cannot write { $extension }; name the file .txt (a table, as with no extension), .csv, .json, .ndjson (one JSON line per package), .md (Markdown) or .xlsx (an Excel workbook), or choose the format with --format
sweep-output-form = { $file }: sweep cannot write { $extension }; name the file .csv, .ndjson (one JSON line per package) or .xlsx (an Excel workbook), or choose the format with --format
package-output-form = { $file }: a package is written as TOML, not as { $extension }; name it .toml (or give - for standard output)
csv-output-form = { $file }: this file is written as CSV, not as { $extension }; name it .csv (or give - for standard output)
output-report-help = help: levers report FILE -o report.{ $format } writes a package's report as a document
eval-against-uncertainty = --against cannot be combined with --uncertainty
eval-xlsx-uncertainty = --format xlsx cannot be combined with --uncertainty; use --format csv
eval-ndjson-bands = --format ndjson cannot be combined with --uncertainty bands; add --each-draw for one line per draw
each-draw-format = --each-draw and --shard print one row per draw as --format csv or ndjson, not { $format }
compare-workbook-name = { $file }: compare -o writes an Excel workbook; give a name ending in .xlsx, or leave out -o to print
brief-form = { $file }: cannot write a brief as { $extension }; write .html (prints on two A4 pages), .md (Markdown), .xlsx (an Excel workbook), or - for Markdown on stdout
report-form = { $file }: cannot write a report as { $extension }; reports are written as .md (Markdown), .html or .xlsx (an Excel workbook), or - for Markdown on stdout
report-convert-help = help: write Markdown and convert it, e.g. pandoc report.md -o report.{ $format }
chart-form = { $file }: cannot write a chart as { $extension }; the chart's file name must end in .svg or .png (or be - for SVG on stdout)
chart-pdf-help = help: for PDF, write SVG and convert it (rsvg-convert -f pdf chart.svg > chart.pdf)
stdin-twice = `-` (standard input) is given more than once; it can be read only once
cannot-write = { $file }: cannot write: { $reason }
cannot-write-no-folder = the folder { $folder } does not exist
cannot-write-not-plain = is { $kind }, not a regular file: levers never replaces one (use `-` for standard output)
cannot-write-read-only = the file is read-only; make it writable or save under another name
new-exists = { $file } exists and is kept; choose another name, or pass --force to replace it
new-wrote = wrote { $file }; edit it, then `levers check { $file }` and `levers tui { $file }`
migrate-already = { $file } is already format 2: written unchanged

## levers paths
paths-exists = exists
paths-not-created = not created yet
paths-no-home = (no home folder found; set the environment variable)
paths-override = Override with { $config } (settings) and { $data } (library: <dir>/policies, recovery: <dir>/recovery).

## check and summary: rate measures of one kind above the kind's maximum
# Stacking a.toml+b.toml: what the package on top overrides.
stack-dial-conflict = warning: { $above_file } sets { $field } = { $above } over { $below } from { $below_file }; using { $above }
stack-budget = warning: { $above_file } brings its budget ({ $above }) over { $below_file }'s ({ $below }); the package on top sets the budget
stack-budget-words = { $cap }, funded from { $funding }
stack-budget-cap = cap { $cap } a year
stack-budget-no-cap = no cap
stacked-rates = Warning: { $kind }: the measures of this kind add up to { $total } from { $year } in some sector, above the { $most } the model pays at most; the part above it neither acts nor costs.
