# levers 的繁體中文（香港）用語。經濟名詞依政府統計處的用法：製造業、增加價值、
# 本地生產總值、就業人數、勞動人口、失業率。
# 譯者：只改 `=` 右邊的文字，保留 id 及 { $佔位符 }；數字已預先格式化。

## 圖表

chart-year = 年份
chart-target = 目標：{ $year }年前製造業佔本地生產總值 { $share }%
chart-band = 陰影：不確定假設下的第10至90百分位數
chart-target-above = { $target }：高於本圖刻度
chart-target-below = { $target }：低於本圖刻度
chart-source = 資料來源：levers { $version } 對 { $files } 的推算；基線數據為 { $year } 年（政府統計處數字，見 levers assumptions）。

## 每年數列

series-manufacturing_share_pct = 製造業佔本地生產總值百分比
series-manufacturing_value_added_hkd_bn = 製造業增加價值
series-real_manufacturing_share_pct = 製造業佔本地生產總值百分比（以基年價格計算）
series-manufacturing_relative_price = 製造業相對價格
series-gdp_hkd_bn = 本地生產總值
series-manufacturing_jobs = 製造業就業人數（所有廠房）
series-direct_jobs_added = 新增直接職位
series-induced_jobs = 引伸職位
series-services_jobs_drawn = 由服務業轉入製造業的職位
series-gross_jobs_added = 新增職位總數
series-net_jobs_added = 新增職位淨額
series-effective_sectors = 有效行業數目
series-hhi = 赫芬達爾－赫希曼指數
series-shannon_evenness = 香農均勻度
series-labour_force = 勞動人口
series-unemployment_rate_pct = 失業率
series-fiscal_cost_hkd_bn = 財政成本
series-cash_outlay_hkd_bn = 現金支出
series-tax_forgone_hkd_bn = 稅收損失
series-financing_cost_hkd_bn = 融資成本
series-cumulative_fiscal_cost_hkd_bn = 累計財政成本
series-cost_per_net_job_hkd = 每個新增職位淨額的成本
series-gba_value_added_hkd_bn = 在廣東產生的增加價值
series-crowding_out_hkd_bn = 排擠效應
series-knowledge_stock_added_hkd_bn = 新增研發知識存量
series-cost_ratio_to_shenzhen = 製造成本與深圳之比
series-new_capacity_hkd_bn = 新增產能（未計上限）
series-labour_ceiling_jobs = 勞動力上限
series-floor_space_ceiling_m2 = 樓面面積上限
series-floor_space_used_m2 = 已用樓面面積
series-capacity_utilisation = 新增產能使用率
series-land_released_ha = 推出工業用地
series-sites_taken_up_ha = 已承用的廠房用地
series-sites_vacant_ha = 空置的已平整用地
series-coinvestment_take_up = 共同投資使用率
series-rd_grant_take_up = 研發資助使用率
series-budget_scale = 預算比例

## 單位

unit-percent = %
unit-hkd-bn = 十億港元
unit-hkd-bn-per-year = 十億港元／年
unit-hkd = 港元
unit-jobs = 個職位
unit-persons = 人
unit-sectors = 個行業
unit-base-year-1 = 基年 = 1
unit-hhi-scale = 0至10,000
unit-zero-one = 0至1
unit-ratio = 比率
unit-share = 比例
unit-share-of-offer = 佔供應比例
unit-m2 = 平方米
unit-ha = 公頃

## 表格

table-year = 年份
table-share = 製造業佔本地生產總值%
table-value-added = 製造業增加價值（十億港元）
table-jobs = 製造業就業人數
table-net-jobs = 新增職位淨額
table-sectors = 有效行業數目
table-cost = 成本（十億港元／年）
table-cumulative = 累計（十億港元）
table-limit = 限制
target-met = 達標（高出 { $pp } 個百分點）
target-short = 差 { $pp } 個百分點
target-short-tiny = 相差不足 0.01 個百分點
target-first-met = 於 { $year } 年首次達標
target-never-met = 推算期內未能達標
target-fell-below = 自 { $year } 年起低於目標
target-sentence = 目標：{ $year } 年前製造業佔本地生產總值 { $share }%；推算為 { $projected }%，{ $verdict }；{ $first }。
sites-sentence = 至 { $year } 年的土地：已推出 { $released } 公頃，其中 { $taken } 公頃由需要獨立用地的廠房承用，{ $vacant } 公頃已平整、仍待承用（其餘仍在平整中）。
needs-sentence = 達標需要 { $year } 年製造業增加價值 { $value_added }：按推算生產力需 { $jobs } 名工人（按基年生產力需 { $base_jobs } 名），樓面面積 { $floor_space } 平方米（另需 { $land } 公頃現有供應以外的土地）。

## 摘要

summary-no-target-year = { $name } 的推算未達其目標年份 { $year }。
summary-pays = 本方案由 { $start } 年至 { $year } 年每年約支出或放棄稅收 { $per_year }（合共 { $total }，{ $money }），用於{ $groups }{ $financing }。
summary-financing = ；另加融資成本（{ $how }）{ $amount }
summary-free = 本方案由 { $start } 年起採用{ $groups }，至 { $year } 年不涉公帑。
summary-no-levers = 本方案未有採用任何政策措施。
summary-from = （{ $year } 年為 { $share }%）
summary-meets = 達到 { $target }% 的目標
summary-meets-first = 達到 { $target }% 的目標，於 { $first } 年首次達標
summary-short-never = 較 { $target }% 的目標低 { $gap } 個百分點，推算期內未能達標
summary-short-later = 較 { $target }% 的目標低 { $gap } 個百分點，至 { $first } 年才達標
summary-short-fell = 較 { $target }% 的目標低 { $gap } 個百分點，並自 { $fell } 年起跌穿目標
summary-status-quo-share = 推算 { $year } 年製造業佔本地生產總值 { $share }%{ $from }，{ $verdict }
summary-package-share = 本方案令製造業於 { $year } 年佔本地生產總值 { $share }%{ $from }，而沒有本方案時為 { $without }%，{ $verdict }
summary-jobs = ，全經濟新增職位淨額 { $jobs } 個（製造業直接職位 { $direct }）
summary-jobs-cost = ，全經濟新增職位淨額 { $jobs } 個（製造業直接職位 { $direct }），每個淨職位成本 { $per_job }
summary-end = 。
summary-largest = 貢獻最大的是{ $lever }（{ $change } 個百分點中佔 { $part } 個百分點）。
summary-no-binding = { $year } 年並無產能上限或預算上限構成限制。
summary-binding = { $year } 年的主要限制是{ $list }。
binding-labour = 勞動力：新廠房所需工人多於勞動市場及人才計劃可提供的 { $ceiling } 人
binding-land = 土地：新廠房所需工業樓面多於現有供應
binding-absorption = 吸納能力：目標行業的增長已與任何可比經濟體的最快增長看齊
binding-budget = 預算上限（按比例縮減各項措施）
summary-and = 及
lever-rent_subsidy_pct = 租金補貼
lever-land_release_ha_per_year = 推出工業用地
lever-grants_hkd_bn_per_year = 研發資助
lever-cofunding_ratio = 私人配對資金
lever-admissions_per_year = 輸入人才
lever-training_places_per_year = 培訓名額
lever-profits_tax_concession_pp = 利得稅寬減
lever-coinvestment_hkd_bn_per_year = 共同投資
lever-scaleup_in_gba_share = 在大灣區擴產比例
sector-microelectronics = 微電子
sector-ai_robotics = 人工智能及機械人
sector-nev = 新能源汽車
sector-biotech = 生物科技及健康
sector-traditional = 傳統製造業
sector-finance = 金融
sector-trading_logistics = 貿易及物流
sector-tourism = 旅遊
sector-professional_services = 專業服務
sector-other = 其他
tui-sectors-title = 行業：增加價值（十億港元）、{ $year }年就業人數
lever-group-land = 土地及租金
lever-group-rd = 研發資助
lever-group-talent = 人才
lever-group-zone = 合作區
group-land = 土地及租金支援
group-rd = 研發資助
group-talent = 人才計劃
group-zone = 合作區優惠
group-set-to-zero = 設為零

## 報告標題

report-in-brief = 摘要
report-levers = 政策措施
report-headline = 主要結果
report-compared-with = 與{ $name }比較
report-sectors = 行業
report-attribution = 各項措施的貢獻
report-charts = 圖表
report-year-by-year = 逐年數字
report-assumptions = 現行假設

## 工作台（levers tui）：面板標題、數字、說明及狀態列

tui-levers = 政策措施
tui-share-wide = 製造業佔本地生產總值百分比（%）
tui-share-narrow = 製造業比重%
tui-jobs = 製造業就業人數
tui-sectors = 有效行業數目（1/HHI）
tui-target = （{ $year }年前達 { $share }%）
tui-attribution-wide = { $year }年比重：相對現狀的各項貢獻（百分點）
tui-attribution-kinds-wide = { $year }年比重：各種措施相對現狀的貢獻（百分點）
tui-attribution-narrow = 相對現狀的貢獻（百分點）
tui-attribution-others = 其餘 { $count } 項
tui-detail = 詳情
tui-detail-more = { $key } 更多
tui-detail-above = { $key }
tui-not-used = 未採用
tui-from = {" "}{ $year }年起
tui-ramp = ，遞增 { $years } 年
tui-to = ，至 { $year } 年
tui-targeted = ，針對特定行業
tui-sector = 行業
kpi-share = { $year }年比重
kpi-jobs = { $year }年製造業就業
kpi-jobs-short = 製造業就業
kpi-sectors = 有效行業
kpi-cost-year = { $year }年成本
kpi-cost-to = 至{ $year }年成本
kpi-per-job = 每淨職位成本
help-title = 按鍵
help-workbench = 工作台
help-measures = 措施清單（具名措施的方案，或在槓桿上按 a、d 或 r 之後：除槓桿鍵外）
help-measure-editor = 措施編輯（在措施上按 e）
help-group = 措施組編輯（e）
help-package-editor = 方案編輯（E）
help-mouse = 滑鼠
help-mouse-line = 點擊：{ $click }；滾動：{ $up }／{ $down }
help-prompts = 提示框內：Enter 確認，Esc 取消，Ctrl-U 清除。
help-scroll = ↑/↓ 捲動
action-select_previous = 選擇上一項措施
action-select_next = 選擇下一項措施
action-decrease = 將措施調低一級
action-increase = 將措施調高一級
action-decrease_big = 將措施大幅調低
action-increase_big = 將措施大幅調高
action-type_value = 輸入確切數值
action-zero = 將措施設為零
action-edit_group = 編輯措施組的開始、遞增期、結束及行業比重
action-drop_group = 停用此措施所屬的組別
action-undo = 復原上一項更改
action-redo = 重做已復原的更改
action-save = 儲存方案
action-save_as = 以新名稱儲存方案
action-open = 開啟方案
action-toggle_pin = 固定方案以作比較（最多 6 個）
action-compare_file = 開啟檔案作比較
action-next_panel = 下一個面板（大螢幕：公帑表或行業表）
action-toggle_tornado = 顯示／隱藏敏感度龍捲風圖
action-tornado_outcome = 龍捲風圖：下一項結果（比重、就業、行業、成本）
action-toggle_band = 顯示／隱藏第10至90百分位數不確定區間
action-detail_down = 詳情面板向下捲動一頁
action-detail_up = 詳情面板向上捲動一頁
action-seek = 建議達標成本最低的方案
action-help = 顯示或隱藏本說明
action-quit = 離開
action-click = 選擇所點擊的措施
action-scroll_up = 調高滑鼠下的措施
action-scroll_down = 調低滑鼠下的措施
action-clear_pins = 取消固定所有比較中的方案
action-add_measure = 新增措施（選擇類別）
action-remove_measure = 刪除所選措施
action-duplicate_measure = 複製所選措施
action-rename_measure = 重新命名所選措施
action-edit_measure = 編輯措施（金額、時間表、時間、行業）
action-edit_package = 編輯方案的名稱、目標、預測年限、預算
action-toggle_attribution_by_kind = 按措施／按類別顯示貢獻
action-toggle_sobol = 顯示／隱藏 Sobol 指數（全域敏感度）
hint-select_previous = 選擇
hint-select_next = 選擇
hint-decrease = 調整
hint-increase = 調整
hint-decrease_big = 大幅調整
hint-increase_big = 大幅調整
hint-type_value = 輸入
hint-zero = 歸零
hint-edit_group = 時間
hint-drop_group = 停用組別
hint-undo = 復原
hint-redo = 重做
hint-save = 儲存
hint-save_as = 另存
hint-open = 開啟
hint-toggle_pin = 固定
hint-compare_file = 比較
hint-next_panel = 面板
hint-toggle_tornado = 龍捲風圖
hint-tornado_outcome = 結果
hint-toggle_band = 區間
hint-detail_down = 更多詳情
hint-detail_up = 詳情上移
hint-seek = 求解
hint-help = 說明
hint-quit = 離開
hint-confirm = 確定
hint-cancel = 取消
hint-discard = 捨棄
hint-backspace = 刪除
hint-clear_input = 清除
hint-mouse = 滑鼠
hint-resize = 調整大小
hint-clear_pins = 全部取消固定
hint-add_measure = 新增
hint-remove_measure = 刪除
hint-duplicate_measure = 複製
hint-rename_measure = 改名
hint-edit_measure = 編輯
hint-edit_package = 方案
hint-toggle_attribution_by_kind = 按類別
hint-add_year = 加年份
hint-remove_year = 刪年份
hint-toggle_sobol = Sobol

## 單位（續）

unit-ha-per-year = 公頃／年
unit-hkd-per-hkd = 港元／每港元
unit-people-per-year = 人／年
unit-places-per-year = 個名額／年
unit-pp = 個百分點
money = { $amount }港元

## 措施說明

lever-help-rent_subsidy_pct = 政府為目標製造業承擔的工業租金比例
lever-help-land_release_ha_per_year = 每年推出的已平整工業用地
lever-help-grants_hkd_bn_per_year = 給予企業及大學的公帑研發資助
lever-help-cofunding_ratio = 每一港元公帑資助須配對的私人資金（港元）
lever-help-admissions_per_year = 每年經人才計劃輸入的專才人數
lever-help-training_places_per_year = 每年資助的先進製造業培訓名額
lever-help-profits_tax_concession_pp = 合作區企業的利得稅寬減（標準稅率 16.5%）
lever-help-coinvestment_hkd_bn_per_year = 政府對製造業項目的共同投資
lever-help-scaleup_in_gba_share = 「10至100」擴產階段設於廣東的生產比例
range-number = { $min } 至 { $max } 之間的數字（{ $unit }）
range-whole-number = { $min } 至 { $max } 之間的整數（{ $unit }）
limit-none = 無
limit-labour = 勞動力
limit-land = 土地
limit-absorption = 吸納能力
limit-budget = 預算 { $pct }%

## 工作台：詳情面板

tui-untitled = 未命名（內置預設方案）
tui-group-not-used = 未採用{ $group }：調整任何一項措施即由 { $year } 年起實施。
tui-timing = { $group }：{ $start } 年起，遞增 { $ramp ->
       *[other] { $ramp } 年
    }，{ $end }
tui-measure-timing = { $start } 年起，遞增 { $ramp ->
       *[other] { $ramp } 年
    }，{ $end }
tui-no-end = 不設結束年份
tui-until = 至 { $year } 年
tui-targets = 對象：{ $weights }
tui-all-sectors = 五個製造業行業平均分配
tui-source = 資料來源：{ $source }
tui-no-measures = 尚未有任何措施：按 a 新增（從列表選擇類別）。
tui-needs-title = { $year } 年製造業佔本地生產總值 { $share }% 需要
tui-needs-value-added = 增加價值 { $money }，
tui-needs-workers = 按推算生產力計 { $workers } 名工人
tui-needs-land = （按基年生產力計 { $base } 名），另需土地 { $land } 公頃。
tui-limit = { $year } 年的限制：{ $limits }
tui-cap-leaves-out-financing = 上限只計支出及稅收損失；每年成本另加融資成本（{ $year } 年 { $financing }）。
tui-sites = 至 { $year } 年：已推出 { $released } 公頃土地，廠房承用 { $taken } 公頃，{ $vacant } 公頃待用。
tui-no-attribution = 沒有貢獻分析
tui-this-package = 本方案
tui-legend-this = 本方案
tui-target-line = 目標 { $share }%
tui-va = { $year }增值
tui-share-of-gdp = 佔比%
tui-jobs-in = { $year }就業
tui-va-change = 增值

## 工作台：公帑面板

tui-fiscal-title = 公帑，十億港元（{ $money }）
money-real = 以 { $year } 年價格計算的港元
tui-fiscal-years = { $length } 年
tui-fiscal-to = 至{ $year }
tui-fiscal-window = 期間
tui-fiscal-span = 年份
tui-fiscal-cash-head = 現金
tui-fiscal-tax-head = 稅收損失
tui-fiscal-financing-head = 融資
tui-fiscal-total-head = 合計
tui-fiscal-cut-short = * 受推算期所限，期間較短
tui-fiscal-by-measure = 至 { $year } 年按措施計（開支 + 融資）：
tui-fiscal-tax = 稅收損失
tui-fiscal-cash = 現金

## 工作台：目標求解

seek-found = 在 { $confidence }% 的抽樣中於 { $year } 年前令製造業佔本地生產總值達 { $share }% 的最低成本方案：
seek-title-found = 目標求解：建議方案
seek-not-reachable = 無法達標：在措施範圍{ $cap }內，沒有方案能在 { $confidence }% 的抽樣中於 { $year } 年前達到 { $share }%。
seek-and-cap = 及預算上限
seek-binds = 限制因素：{ $binding }。
seek-closest = 最接近的方案：
seek-title-out = 目標求解：無法達標
seek-no-change = 措施不變
seek-and-more = … 另有 { $count } 項
seek-share = { $year }年比重：
seek-cost = 至{ $year }年成本：
seek-less = （減少 { $money }）
seek-more = （增加 { $money }）
seek-accept = 接受以取代現有措施（按 u 復原）。
seek-accept-closest = 接受以採用最接近的方案（按 u 復原）。

## 工作台：Sobol 指數

sobol-title = Sobol 指數：{ $year }年比重（N { $samples }，種子 { $seed }）
sobol-title-narrow = Sobol：{ $year }年比重
sobol-title-shortest = Sobol：比重
sobol-stale = 方案已更改：按 V 重新計算
sobol-stale-narrow = 已更改：V
sobol-close = V 關閉
sobol-alone = 單獨
sobol-with-interactions = 連交互作用
sobol-total = 合計
sobol-p-met = 達標機率 { $pct }%
sobol-assumption = 假設
sobol-first = 一階
sobol-total-order = 總效應

## 工作台：敏感度龍捲風圖

tornado-title = 敏感度：{ $year }年{ $outcome }（{ $detail }）
tornado-title-narrow = 敏感度：{ $year }年{ $outcome }
tornado-keys = T 下一項結果 · t 關閉
tornado-package = 方案：{ $value }
tornado-low-wide = 項目處於低端
tornado-low = 低
tornado-high-wide = 處於高端
tornado-high = 高
tornado-by-kind = { $count } 項措施：按類別調整（多於 { $limit } 項）
tornado-every-kind = { $label }（所有 { $kind } 措施）
tui-tornado-kind = { $label }（全部）

## 工作台：提示框

popup-set = 設定{ $lever }
popup-save-as-path = 新檔案的路徑（如無 .toml 會自動加上；只寫檔名則存於 { $folder }）：
popup-library = 你的方案庫（開啟時列出）：{ $folder }
popup-save-as = 另存新檔
popup-unsaved-text = { $file } 有未儲存的更改。
popup-unsaved = 未儲存的更改
popup-replace-text = { $path } 已存在。要取代嗎？
popup-replace = 取代檔案？
popup-restore-text = { $file } 有上次未正常結束的工作階段留下的未儲存更改。
popup-recovery-copy = 復原副本：{ $file }
popup-restore-keys = y/Enter：還原（未儲存）· n/Esc：捨棄
popup-restore = 還原未儲存的更改？
popup-restore-changed = 此副本建立後檔案曾被儲存：還原會取代檔案中的以下數值（儲存時會先詢問是否覆寫較新的檔案）：
popup-restore-more = …… 以及另外 { $count } 項更改
popup-changed-text = { $path } 自開啟或儲存後已在磁碟上被更改。
popup-overwrite = 以你的版本覆寫嗎？
popup-changed = 磁碟上的檔案已更改
popup-link-text = { $path } 是指向另一資料夾內檔案的連結：
popup-link-write = 把新版本寫到那裡嗎？
popup-link = 經連結儲存？
popup-group-not-used = 尚未採用：在此更改會啟用此組，各項措施由零開始。
popup-group-title = { $group }：時間及行業比重
popup-group-title-timing = { $group }：時間
popup-picker-path = 路徑（或在下面選擇）：
popup-no-packages = 找不到方案：請輸入路徑
popup-measure = 措施 { $name }
popup-package = 方案設定
popup-kind = 新措施的類別：
popup-add-measure = 新增措施
tui-too-small = levers 需要至少 { $min } 的終端機（現為 { $now }）

## 句子中的措施數值（$value 已格式化；$money 為金額）

value-rent_subsidy_pct = 租金的 { $value }%
value-land_release_ha_per_year = 每年 { $value } 公頃
value-grants_hkd_bn_per_year = 每年 { $money }
value-coinvestment_hkd_bn_per_year = 每年 { $money }
value-cofunding_ratio = 每一港元公帑配對私人資金 { $value } 港元
value-admissions_per_year = 每年 { $value } 人
value-training_places_per_year = 每年 { $value } 個名額
value-profits_tax_concession_pp = 利得稅減 { $value } 個百分點
value-scaleup_in_gba_share = { $value }% 的擴產設於廣東
amount-from = { $year } 年起{ $amount }
list-separator = 、
sentence-separator = {""}

## 工作台：結果、標題列、措施編輯

outcome-share = 比重
outcome-jobs = 製造業就業
outcome-effective_sectors = 有效行業
outcome-cost = 累計成本
outcome-unit-share = 佔本地生產總值%
outcome-unit-jobs = 個職位
outcome-unit-effective_sectors = 個行業
outcome-unit-cost = 十億港元
tui-unsaved = 未儲存
tui-versus = {"  "}對比 { $name }{ $more }
tui-versus-more = {" "}另加 { $count } 個
popup-measure-hint = { $kind } · a 加一年，x 刪一年；輸入 年份=數值 設定
popup-seeking = 搜尋中…
popup-seeking-line-1 = 正在尋找在大部分模擬情境下達標的最低成本方案；
popup-seeking-line-2 = 搜尋期間工作台仍可操作。

## 預算上限

cap-financing = ；另加 { $year } 年融資成本（{ $how }）{ $money }
cap-none = 預算上限：無{ $financing }。
cap-never-binds = 從未構成限制
cap-binds-year = 於 { $year } 年構成限制
cap-binds-years = 有 { $count } 年構成限制（{ $first }–{ $last } 年）
cap-sentence = 預算上限：每年現金支出及稅收損失 { $money }（{ $binds }）{ $financing }。
financing-reserves = 動用儲備而放棄的回報
financing-borrowing = 借貸利息
financing-reallocation = 無：由其他開支調撥
tui-measures = 措施（{ $count } 項）
tui-attribution-updating = （更新中…）

## 比較

compare-intro = 比較 { $count } 個方案；括號內為相對第一個方案（{ $first }）的差額，按未經四捨五入的數字計算（故可能與四捨五入後的數字相差最後一位）。金額以十億港元計（{ $money }），除另有說明外未經貼現。
compare-file = 檔案
compare-target = 目標
compare-horizon = 推算期至
compare-base_year = 基年
compare-budget_cap = 預算上限（開支）
compare-funding = 資金來源
compare-measures = 政策措施
compare-target-value = { $year } 年前佔本地生產總值 { $share }%
compare-cap-value = 每年 { $money }
compare-none = 無
compare-never = 從未
compare-measure-count = { $count } 項措施：{ $names }
funding-reserves = 儲備
funding-borrowing = 借貸
funding-reallocation = 調撥其他開支
compare-share_in_own_target_year_pct = 於各自目標年份佔本地生產總值（%）
compare-gap_to_own_target_pp = 與各自目標的差距（百分點）
compare-first_year_target_met = 首次達標年份
compare-share_in_common_year_pct = { $to } 年佔本地生產總值（%）
compare-manufacturing_jobs_in_common_year = { $to } 年製造業就業人數
compare-net_jobs_added_in_common_year = { $to } 年全經濟新增職位淨額
compare-effective_sectors_in_common_year = { $to } 年有效行業數目
compare-outlays_common_window_hkd_bn = { $window } 年現金支出及稅收損失（十億港元）
compare-financing_common_window_hkd_bn = { $window } 年融資成本（十億港元）
compare-total_cost_common_window_hkd_bn = { $window } 年總成本（十億港元）
compare-present_value_common_window_hkd_bn = { $window } 年支出現值（不含融資，十億港元）
compare-cost_per_net_job_common_year_hkd = { $window } 年支出除以 { $to } 年新增職位淨額
compare-total_cost_own_horizon_hkd_bn = 至各自推算期末的總成本（十億港元）
compare-notes = 附註：
compare-changes = 由 { $from } 改為 { $to } 的變化：
compare-same = 沒有：兩個方案相同
change-no-cap = 不設上限
change-cap = 每年 { $money }
change-line = { $subject }：{ $change }
change-not-used = 未採用
change-used = 採用
change-used-from = 由 { $year } 年起採用
change-budget-cap = 預算上限

## 公帑（eval 及報告）

fiscal-heading = 公帑，十億港元（{ $money }；除另有說明外未經貼現）。{ $cap }
fiscal-window = 期間
fiscal-years = 年份
fiscal-cash-outlay = 現金支出
fiscal-tax-forgone = 稅收損失
fiscal-financing = 融資成本
fiscal-total = 合計
fiscal-note = 附註
fiscal-measure = 措施
fiscal-outlay-is = 開支類別
fiscal-outlay = 開支
fiscal-year = 年份
fiscal-window-years = { $length } 年
fiscal-to-horizon = 至推算期末
fiscal-truncated = 受推算期所限：{ $length } 年中只計 { $years } 年
fiscal-by-measure = 至推算期末按措施計：
fiscal-pv = 至推算期末的現金支出及稅收損失以 { $rate }% 實質貼現率折算為 { $year } 年現值（`discount_rate`，可在 [assumptions] 更改；{ $source }）：{ $money }。融資成本（至推算期末 { $financing }，未經貼現）另列，不計入現值：貼現已計及資金的時間值（英國財政部《綠皮書》）。
offer-sentence = { $from }–{ $to } 年提供及實際使用的資金：{ $offers }。
offer-phrase = { $kind }每年提供 { $offered_per_year }，每年實際使用 { $taken_per_year }（合共提供 { $offered }、使用 { $taken }，{ $share }%）
offer-phrase-some-years = { $kind }在 { $window } 年中的 { $years } 年提供合共 { $offered }（平均每年 { $offered_per_year }），實際使用 { $taken }（{ $share }%）
offer-rd_grants = 研發資助
offer-coinvestment = 共同投資
fiscal-per-job-none = 無（沒有新增職位）
fiscal-year-by-year = 逐年：
per-job-cost_per_gross_job_year_hkd = 每職位年總成本：至推算期末的現金支出及稅收損失 ÷ 各年新增職位總數（直接製造業職位加引伸服務業職位）之和
per-job-cost_per_net_job_year_hkd = 每職位年淨成本：至推算期末的現金支出及稅收損失 ÷ 各年新增職位淨額（總數減由服務業轉入製造業的職位）之和
per-job-cost_per_direct_job_hkd = 每個直接職位成本：至推算期末的現金支出及稅收損失 ÷ 推算期末年份新增的直接製造業職位
per-job-cost_per_gross_job_hkd = 每職位總成本：至推算期末的現金支出及稅收損失 ÷ 推算期末年份新增職位總數
per-job-cost_per_net_job_hkd = 每職位淨成本：至推算期末的現金支出及稅收損失 ÷ 推算期末年份新增職位淨額
fiscal-per-job-line = { $label }：{ $value }（{ $definition }）

## 各項措施的貢獻（explain）

outcome-label-share = 目標年份製造業佔本地生產總值
outcome-label-jobs = 目標年份製造業就業人數
outcome-label-effective_sectors = 目標年份有效行業數目
outcome-label-cost = 至目標年份的累計財政成本
explain-title = 各項措施的貢獻：{ $name }（{ $file }）
explain-outcome = 結果（{ $year } 年）
explain-status-quo = 現狀
explain-package = 本方案
explain-change = 變化
explain-sentence = { $outcome }：相對現狀的 { $change } 中，{ $parts }。
explain-no-levers = 本方案未有採用任何政策措施：沒有可分配的貢獻。
explain-shapley = 各部分為沙普利值：即按所有啟用措施的次序計算各項措施的平均貢獻；各部分相加等於總變化。
explain-sampled = 由於有 { $count } 項措施（多於 { $limit } 項），各部分由 { $orders } 個隨機次序及其反向次序估算；各部分相加仍等於總變化，比重部分的最大標準誤為 { $error } 個百分點。

## 假設的單位

unit-fraction-per-year = 比例／年
unit-fraction = 比例
unit-elasticity = 彈性
unit-workers-per-year = 工人／年
unit-m2-per-worker = 平方米／工人
unit-floor-per-site = 樓面平方米／地盤平方米
unit-jobs-per-job = 職位／每職位
unit-fraction-per-pp = 比例／每百分點
unit-hkd-per-place = 港元／名額
unit-hkd-per-person = 港元／人
unit-hkd-per-m2-year = 港元／平方米／年
unit-hkd-bn-per-ha = 十億港元／公頃
unit-va-per-capital = 每港元資本每年的增加價值（港元）
unit-hkd-per-worker-year = 港元／工人／年
unit-hkd-per-job-year = 港元／職位／年
unit-jobs-per-ha = 職位／公頃
unit-log-points = 對數點

## 敏感度及假設表

sensitivity-item = 措施或假設
sensitivity-range = 範圍
sensitivity-at-low = 低端時
sensitivity-at-high = 高端時
sensitivity-swing = 擺幅
sensitivity-low = 低
sensitivity-package = 本方案
sensitivity-high = 高
sensitivity-title = 敏感度 — { $name }（{ $file }）
sensitivity-intro = { $outcome }：本方案為 { $value }。每行只在範圍內調整一項措施或假設，其餘不變。
sensitivity-flat = 另有 { $count } 項措施或假設不影響此結果。
sensitivity-by-kind = 由於有 { $count } 項措施（多於 { $limit } 項），措施按類別調整：每行把同一類別的所有措施一併在該類別的範圍內調整，使計算量有上限（共 { $projections } 次推算）。
assumptions-parameter = 參數
assumptions-value = 數值
assumptions-unit = 單位
assumptions-range = 範圍
assumptions-source = 資料來源
assumptions-key = [A] = 假設（並非香港的實測數字）；* = 由方案更改

## levers seek 及限制因素

seek-cli-found = 已找到：{ $year } 年製造業佔本地生產總值 { $share }%（目標 { $target }%），至 { $year } 年累計成本 { $money }。
seek-cli-budget = 及每年 { $money } 的預算
seek-cli-unreachable = 無法達標：在措施範圍{ $budget }內，沒有方案能於 { $year } 年前令製造業佔本地生產總值達 { $target }%。最佳方案達 { $best }%（差 { $gap } 個百分點）；限制因素：{ $binding }。已寫出最接近的方案。
seek-cli-robust = 穩健性：在求解所用的 { $draws } 次抽樣中有 { $met }% 達標（種子 { $seed }；要求至少 { $asked }%），在另外 { $draws } 次新抽樣中有 { $fresh }% 達標。
seek-cli-binds = 在中央假設下的限制因素：{ $binding }。
seek-cli-robust-unreachable = 無法在 { $confidence }% 的抽樣中達標：在措施範圍及限制內，找不到能如此經常於 { $year } 年前令製造業佔本地生產總值達 { $target }% 的方案。最接近的方案（已寫出）在中央假設下達 { $best }%，在 { $draws } 次抽樣中有 { $met }% 達標（種子 { $seed }），新抽樣中有 { $fresh }% 達標。{ $binds }
binds-labour = 工人供應（勞動力上限）
binds-land = 工業樓面面積（土地上限）
binds-absorption = 目標行業的增長速度（吸納能力上限）
binds-budget = 每年預算上限
binds-lever-maxima = { $levers }的上限
binds-demand = 企業對{ $levers }的需求（實際使用少於所提供）
binds-nothing = 沒有單一限制（回報遞減）
binds-and = { $rest }及{ $last }

## levers backtest

backtest-title = 由 { $year } 年起以當時實施的措施回溯測試（實際數字：assets/history.toml）
backtest-year = 年份
backtest-error-missing-series = 歷史數據沒有可用的數列 `{ $series }`（至少需要兩個觀測值）
backtest-error-too-few-before = 歷史數據在 { $year } 年之前只有少於兩個 `{ $series }` 的數字，不讀取較後年份便無法擬合趨勢；請選擇較後的基年
backtest-error-no-base-year-figure = 歷史數據沒有 `{ $series }` 於 { $year } 年的數字；請選擇有該數字的基年（例如 2016）
backtest-error-nothing-after = { $year } 年之後沒有實際數字：歷史數據的結果止於 { $last } 年；請選擇 { $last } 年之前的基年（例如 2016）
backtest-obs-proj = { $series } 實際／推算
backtest-short-manufacturing_share_pct = 比重 %
backtest-short-manufacturing_value_added_hkd_bn = 增值十億元
backtest-short-manufacturing_jobs = 就業
backtest-start = 起點（{ $year } 年）：以基本價格計算的本地生產總值 { $gdp }，製造業增加價值 { $manufacturing } 十億港元，就業 { $jobs }{ $note }。
backtest-start-extrapolated = （{ $year } 年沒有公布數字：以 { $year } 年前擬合的趨勢推延最後一個較早數字）
backtest-errors-title = { $year } 年後有實際數字年份的平均絕對誤差（佔實際數值 %）：
backtest-model = 模型
backtest-no-change = 不變
backtest-trend-forecast = 趨勢
backtest-naive-note = 不變：每年均為基年數值；趨勢：基年前擬合的該數列對數線性趨勢。兩者均不知道模型所依循的實際本地生產總值走勢。
backtest-bands-title = 不確定性：{ $draws } 次抽樣（種子 { $seed }）的 p10 – p90，趨勢誤差以基年前數據估算：
backtest-p10-p90 = { $series } p10 – p90
backtest-outside-mark = * = 實際數字落在範圍以外
backtest-coverage = { $series }：{ $observed } 年中有 { $inside } 年實際數字落在 p10 – p90 內；平均闊度為中位數的 { $width }%
backtest-coverage-total = 所有結果：{ $observed } 個實際數字中有 { $inside } 個落在 p10 – p90 內（{ $pct }%）
backtest-label-manufacturing_share_pct = 製造業佔本地生產總值
backtest-label-manufacturing_value_added_hkd_bn = 製造業增加價值
backtest-label-manufacturing_jobs = 製造業就業人數
backtest-unit-manufacturing_share_pct = 佔以基本價格計算的本地生產總值 %
backtest-unit-manufacturing_value_added_hkd_bn = 十億港元，按基年價格計算
backtest-unit-manufacturing_jobs = 就業人數
backtest-no-observations = 沒有實際數字
backtest-figures = { $from }–{ $to }，{ $count } 個數字
backtest-no-figures = 沒有數字
backtest-trend = { $name }：每年 { $growth }%（{ $years }）
backtest-calibration = 校準（只用 { $from }–{ $to } 年的對數線性最小二乘法）：
backtest-trend-value-added = 製造業實質增加價值
backtest-trend-jobs = 製造業就業人數（年度統計調查）
backtest-trend-prices = 製造業價格相對整體價格（只擬合，不外推）
backtest-prices-used = 相對價格以隨機遊走推算：沒有漂移，漂移不確定性每年 ± { $sd }%（每年變動平均值的標準誤差）
backtest-sets = 設定

## 報告正文（levers report）

doc-intro = 本報告由 levers { $version } 就 { $file } 內的方案編製：按以下政策措施推算香港經濟由 { $from } 年至 { $to } 年的走勢。所有數字均來自 `docs/MODEL.md` 所述的模型；現行假設及其資料來源列於文末。
doc-band = 比重及就業圖表上的陰影即這些範圍。
doc-public-purse = 公帑
doc-assumptions-intro = 模型的每個參數、在本方案中的數值、單位、合理範圍及出處。*資料來源*可供查閱；*假設*是在香港未有實測數字時所作的判斷。本方案更改的數值已加標記。
doc-goes-from = 製造業佔本地生產總值由 { $from_year } 年的 { $from_share }%（{ $from_jobs } 個職位）變為 { $to_year } 年的 { $to_share }%（{ $to_jobs } 個職位）。
doc-no-levers-trend = 本方案未有採用任何政策措施：即經濟自身的走勢。
doc-uncertainty-range = ；每 10 次抽樣中有 8 次 { $year } 年的比重介乎 { $p10 }% 至 { $p90 }%（中位數 { $p50 }%）
doc-uncertainty = 不確定性：在合理範圍內對不確定假設抽樣 { $draws } 次（種子 { $seed }），其中 { $met }% 達標{ $range }。
doc-limit-labour = { $year } 年的增長受勞動力限制：新廠房所需的工人未能全數找到。
doc-limit-land = { $year } 年的增長受土地限制：工業樓面不足以容納新廠房。
doc-limit-absorption = { $year } 年的增長受吸納能力限制：目標行業的增長已與任何可比經濟體的最快增長看齊。
doc-limit-none = { $year } 年的增長並未受勞動力或土地限制。
doc-group = 組別
doc-lever = 措施
doc-value = 數值
doc-start = 開始
doc-ramp = 遞增期（年）
doc-end = 結束
doc-sectors = 行業
doc-all-five = 五個行業平均
doc-no-levers = 沒有政策措施：即現狀。
doc-target-funding = 目標：{ $year } 年前佔本地生產總值 { $share }%。資金來源：{ $funding }。
doc-kpi-share = 製造業佔本地生產總值（%）
doc-kpi-jobs = 製造業就業人數
doc-kpi-net-jobs = 新增職位淨額
doc-kpi-sectors = 有效行業數目
doc-kpi-cost = 財政成本（每年十億港元）
doc-kpi-cumulative = 累計財政成本（十億港元）
doc-outcome = 結果
doc-difference = 差額（{ $year }）
doc-names-and = { $rest }及{ $last }
doc-no-years = 沒有推算年份。
doc-sector = 行業
doc-value-added = { $year } 年增加價值（十億港元）
doc-growth = 每年增長（%）
doc-share-of-gdp = { $year } 年佔本地生產總值（%）
doc-jobs = { $year } 年就業人數
doc-sectors-note = 首五個行業為製造業；就業人數只計算製造業。增加價值以基年價格計；佔本地生產總值的比重以當年價格計，與官方比重相同。
doc-attribution-none = 本方案未有採用任何政策措施，故沒有可分配的貢獻。
doc-attribution-intro = { $year } 年各項結果相對現狀（即同一方案但不採用任何措施）的變化中，各措施組別或措施所佔的部分。措施之間如有相互影響（共用設有上限的預算、爭奪同一批工人或土地），相互影響部分會平均分配（沙普利值），因此各部分相加等於總數（以四捨五入前的數字計；四捨五入後或相差最後一位）。
doc-status-quo = 現狀
doc-package = 本方案
fiscal-source = 資料來源：{ $text }
fiscal-assumption = 假設：{ $text }

## 工作台編輯器

editor-start = 開始年份
editor-ramp = 遞增期（年）
editor-end = 結束年份
editor-weight = 比重：{ $sector }
editor-name-key = 名稱（檔案中的鍵）
editor-label = 標籤
editor-amount = 金額
editor-from-year = 起始年份
editor-matching = 每一港元公帑配對的私人資金（港元）
editor-eligible = 資助對象
eligible-all-firms = 所有廠商
eligible-new-plants = 只限新廠房
refusal-eligible = 請輸入「所有廠商」（all_firms）或「只限新廠房」（new_plants）
editor-name = 名稱
editor-description = 說明
editor-target-share = 目標比重（佔本地生產總值%）
editor-target-year = 目標年份
editor-horizon = 推算期（最後一年）
editor-budget-cap = 預算上限（每年十億港元）
editor-funding = 資金來源

## compare：附註

compare-note-horizons = 推算期不同（{ $list }）：總額、現值及 { $to } 年的結果只計共同期間 { $from }–{ $to }；最後一行計至各方案自己的推算期末，不能直接比較。
compare-note-target-years = 目標年份不同（{ $list }）：目標各行按各方案自己的目標年份計算；{ $to } 年的各行才是同一基礎的比較。
compare-note-target-shares = 目標比重不同（{ $list }）：「達標」及差距均以各方案自己的目標計算。
compare-note-base-years = 基年不同（{ $list }）：金額按各方案的基年價格計算，期間由最遲的基年開始。
compare-note-renamed = 同名方案以檔案區分：{ $list }。

## eval --uncertainty

bands-probability = 達到目標（{ $year } 年前佔本地生產總值 { $share }%）的機率：{ $pct }%（{ $draws } 次抽樣，種子 { $seed }）。
bands-title = { $name }（{ $file }）：不確定性
bands-explained = 區間：在各假設範圍內抽樣所得的第 10、50 及 90 百分位數（方案本身的 [assumptions] 維持不變）；只列推算年份（基年為實際數字）。成本：該年財政成本，十億港元，實質。其區間可高於中心假設下的成本（不加 --uncertainty 的 `eval`）：數項成本假設（每名人才的引入成本、每公頃土地的平整成本、研發資助的需求）高於中心值的範圍較低於中心值的為闊。
bands-year = 年份
bands-share = 比重
bands-jobs = 就業
bands-cost = 成本
bands-sectors = 行業

## sensitivity --method sobol

sensitivity-chart-needs-sobol = --chart 繪畫 Sobol 指數：請加上 --method sobol
sensitivity-sobol-outcome = --outcome { $outcome }：--method sobol 只報告目標年份的比重及能否達標；--outcome 用於逐項變動的敏感度龍捲風圖
sobol-chart-title = Sobol 指數：{ $year } 年製造業比重 — { $name }
sobol-chart-axis = Sobol 指數（佔結果方差的比例）
sobol-chart-total = 總效應（連交互作用）
sobol-chart-first = 一階效應（單獨）
sobol-chart-form = { $file }：Sobol 指數的 --chart 為 SVG，不能寫成 { $extension }；請把檔名改為 .svg（或以 - 寫到標準輸出）
sobol-cli-named = { $name }（總效應 { $total }，95% 區間 { $low }–{ $high }）
sobol-cli-none = 沒有
sobol-cli-met = 對能否達標（{ $year } 年前 { $target }%；{ $pct }% 的運算達標）影響最大的是{ $names }
sobol-cli-always-met = 達標
sobol-cli-always-missed = 未能達標
sobol-cli-met-fixed = 能否達標（{ $year } 年前 { $target }%）與這些假設無關：每次運算均{ $always }
sobol-cli-met-rare = 是否達標（{ $year } 年達 { $target }%）的指數不予列出：只有 { $pct }% 的運算達標，在 { $limit }%–99% 以外，差異的運算太少，無法分配方差
sobol-cli-clamped = 指數限於 [0, 1] 之內：限制前有 { $count } 個估計值超出範圍。
sobol-cli-interactions = 其方差約 { $pct }% 來自假設之間的交互作用
sobol-cli-little-interaction = 假設之間的交互作用影響甚微
sobol-cli-sentence = 對 { $year } 年製造業比重影響最大的假設是{ $share }；{ $met }。比重的一階指數合計 { $sum }：{ $interactions }。
sobol-cli-assumption = 假設
sobol-cli-share-first = { $year }年比重：一階
sobol-cli-total = 總效應
sobol-cli-met-first = 達標：一階
sobol-cli-runs = { $samples } 個基本樣本，{ $runs } 次模型運算，種子 { $seed }；括號內為 95% 自助法區間。
sobol-cli-title-markdown = { $name }（{ $file }）：全域敏感度（Sobol）
sobol-cli-title = 全域敏感度（Sobol）— { $name }（{ $file }）
sobol-cli-more = 另有 { $count } 項影響更小的假設，見 --format json 或 csv。
change-starts = 開始年份 { $change }
change-ramp = 遞增期 { $change } 年
change-no-end = 不設結束年份
change-ends = { $year } 年結束
change-weights = 行業比重 { $change }
change-all-equal = 平均
change-horizon = 推算期
change-funding = 資金來源
change-baseline = 基線 { $value }
change-assumption = 假設 { $name }：{ $change }（{ $unit }）
change-target = 目標
change-target-value = { $year } 年前 { $share }%
measure-new = 新措施 { $label }（{ $kind }）：{ $amount }
measure-removed = 已刪除措施 { $label }（原為 { $amount }）
measure-until = { $text }，至 { $year } 年
change-kind = 類別 { $change }
change-matching = 每一港元公帑配對的私人資金（港元）{ $change }
change-eligible = 資助對象{ $change }
change-model-default = 模型預設值
change-label = 標籤 { $change }
change-source = 資料來源已更改

## 工作台：狀態提示（面板下方的一行）

note-at-maximum = { $lever }已達上限
note-at-minimum = { $lever }已達下限
note-group-not-used = { $group }尚未採用
note-group-dropped = 已停用{ $group }（按 u 復原）
note-group-cancelled = 已取消此組的更改（按 u 可取回）
note-saved-format-2 = 已儲存為格式 2：每個調節項成為以其類別命名的措施，註解保留（仍可讀取格式 1，但不再以格式 1 寫出）
note-saved-whole = 已儲存，整份重寫：未能保留其註解及版面（levers migrate 轉為格式 2 時會保留）
note-opened = 已開啟 { $name }
note-comparing = 正與 { $name } 比較；按 P 全部取消固定
note-saved = 已儲存 { $path }
note-no-file-chosen = 未選擇檔案：請輸入路徑或在清單中選擇
note-not-saved = 未儲存：{ $path } 保持不變；你的更改仍然保留
note-restored = 已從復原副本還原未儲存的更改：按 s 儲存，按 u 復原
note-recovery-discarded = 已捨棄復原副本
note-recovery-unusable = 復原副本無法使用，已留在原處：{ $problem }
note-recovery-cannot-keep = 無法在 { $path } 保留復原副本：{ $problem }
note-settings = 設定：{ $problem }
note-pins-cleared = 已取消所有比較
note-attribution-kinds = 按類別顯示貢獻（每個類別為一個 Shapley 參與者）
note-attribution-measures = 按措施顯示貢獻
note-nothing-to-undo = 沒有可復原的更改
note-nothing-to-redo = 沒有可重做的更改
note-already-pinned = 此方案已固定；按 P 全部取消固定
note-pinned = 已固定方案：調整措施以作比較，按 p 固定另一個，按 P 全部取消固定
tui-pinned = 已固定：{ $name }
tui-compared = { $name }（{ $file }）
tui-picker-open = 開啟方案
tui-picker-compare = 開啟方案作比較
tui-band = p10–p90 達標機率 = { $pct }%
tui-band-short = 達標機率 { $pct }%
tui-band-shortest = 達標 { $pct }%
note-too-many-compared = 已在比較 { $max } 個方案：按 P 全部取消固定
note-proposal-applied = 已採用建議方案：按 u 復原
note-already-proposal = 方案已與建議方案相同
note-proposal-dismissed = 已捨棄建議方案
note-seeking = 正在尋找在大部分模擬情境下達標的最低成本方案…
note-seek-cancelled = 已取消求解
note-seek-no-answer = 求解未有結果便停止了
note-seek-year-before-measures = 未能求解：目標年份 { $year } 早於 { $first } 年，即求解設定的措施最早開始的年份；請把目標年份設為 { $first } 年或以後
note-no-measures = 尚未有措施：按 a 新增
note-measure-added = 已新增 { $name }：{ $keys } 設定金額，按 e 編輯，按 r 重新命名
note-no-measure-to-remove = 沒有可刪除的措施
note-measure-removed = 已刪除 { $name }（按 u 復原）
note-no-measure-to-duplicate = 沒有可複製的措施
note-measure-duplicated = 已複製為 { $name }：按 r 重新命名

doc-measure = 措施
doc-kind = 類別
doc-amount = 數額
doc-source = 來源
fiscal-to-target = 至目標年份
fiscal-to-target-line = 至目標年份（{ $from }–{ $to } 年）：折算為 { $year } 年現值 { $money }；每職位年淨成本 { $job_year }；{ $to } 年每個淨新增職位成本 { $job }。
# Message popups: help and messages only close (a running seek is cancelled).
hint-close = 關閉
tui-cannot-create-folder = 無法建立 { $folder }：{ $reason }
tui-cannot-save = 無法儲存 { $path }：{ $reason }
tui-edits-kept = 你的修改仍然保留（尚未儲存）：解決問題後再儲存，或按 S 另存到別處。
popup-cannot-open = 無法開啟 { $path }（保留現有方案）
popup-cannot-save = 無法儲存 { $path }
popup-settings-not-applied = 設定：部分項目未能套用
settings-unknown-action = 未知的動作 `keymap.{ $name }`
settings-valid-actions = ；有效的動作：{ $actions }
settings-key-bound-twice = 按鍵「{ $key }」綁定了多於一個動作（{ $actions }）；在移除其中一個綁定之前，它不會執行任何一個
settings-key-is-built-in = `keymap.{ $action }` 的按鍵「{ $key }」已是工作台 `{ $builtin }` 的按鍵；它仍執行 `{ $builtin }`
settings-unknown-theme = 未知的主題「{ $name }」
settings-valid-themes = ；有效的主題：{ $themes }
settings-workbench-skips = 工作台開啟時不會套用以上設定（並會列出）；其他指令不讀取這些設定。

# The measure editor's refusals (and the timing rows it shares with the group editor).
refusal-measure-gone = 這項措施已不存在
refusal-name-in-use = 已有另一項措施名為「{ $name }」：請選用未被使用的名稱
refusal-year-of-schedule = 「{ $text }」不是年份：請輸入數字，或 年份=數值（例如 2028=20）
refusal-amount = 不是數字：請輸入數字，或 年份=數值（例如 2028=20）
refusal-matching-ratio = 不是數字：請輸入 { $range }，或 default（模型預設值）
refusal-remove-year = 請先選擇時間表中的一個年份，才可刪除
refusal-start-year = 不是整數：請輸入年份
refusal-end-year = 不是整數：請輸入年份，或 none（不設結束年份）
refusal-not-a-year = 不是年份
refusal-ramp-years = 不是整數：請輸入 0 至 { $max } 之間的整數（年）
refusal-ramp-range = 請輸入 0 至 { $max } 之間的整數（年）
refusal-weight = 不是數字：請輸入 0 至 { $max } 之間的數字
refusal-rule = 不符合模型規則：{ $message }（應為 { $expected }）

# The package editor's, the exact-value prompt's and the save-as prompt's refusals.
refusal-lever-value = 不是數字：請輸入 { $range }
refusal-package-year = 「{ $text }」不是年份
refusal-package-number = 「{ $text }」不是數字
refusal-funding = 不明的資金來源「{ $text }」：請輸入 { $keys } 其中之一
editor-funding-value = { $label }（{ $key }）
refusal-save-as-empty = 請輸入檔案名稱，例如 my-package.toml

# The measure editor's and group editor's values.
editor-schedule = { $years } 年的時間表（逐年）
editor-schedule-one = 1 年的時間表（逐年）
editor-model-default = 模型預設值
editor-no-end = 不設（none）
editor-all-equal = 1（全部相同）

# levers diff
diff-heading = 由 { $from } 改為 { $to }：
diff-same = 沒有變化：兩個方案相同

# A file written by a command (`levers seek -o`, `levers report -o`).
cli-wrote = 已寫出 { $path }

# 命令列選項拒絕某個值時，說明它應為甚麼。
arg-expected-whole-number = 應為 { $min } 至 { $max } 的整數
arg-expected-number = 應為數字
arg-expected-axis-limits = 應為「下限,上限」，下限小於上限（例如 0,6）
arg-expected-target-line = 應為 auto、on 或 off
arg-expected-chart-scale = 應為 1 至 4 的數字（例如列印用 3）
arg-expected-alpha = 應為 0.01 至 0.2 的比例（通常為 0.05）
arg-expected-quasi-p = 應為 0.001 至 1 的機率（通常為 0.05）
arg-expected-coverage = 應為 0.05 至 1 的比例（通常為 0.8）
arg-expected-confidence = 應為大於 0 而小於 1 的機率，例如 0.8
arg-expected-threshold = 應為佔本地生產總值的百分比，0 至 100（例如 1 或 2.5）
arg-expected-shard = 應為 K/N，1 <= K <= N，例如 2/8 即八份中的第二份
arg-expected-shard-count = N 最多為 { $most }（現為 { $count }）；應為 K/N，1 <= K <= N，例如 2/8 即八份中的第二份

# 命令列無法解讀時的說明；選項名稱及用法照原樣顯示。
arg-refused-value = { $option } 的值 `{ $value }` 不獲接受：{ $expected }
arg-refused-value-plain = { $option } 的值 `{ $value }` 不獲接受：可接受的值見其說明
arg-refused-possible = { $option } 不接受 `{ $value }`；可用的值：{ $values }
arg-refused-value-missing = { $option } 需要一個值
arg-refused-unknown = 沒有 `{ $option }` 這個選項
arg-refused-similar = 有名稱相近的選項：`{ $similar }`
arg-refused-missing = 缺少：{ $options }
arg-refused-conflict = { $option } 不能與 { $other } 同時使用
arg-refused-other = 命令列在 { $option } 處無法解讀
arg-refused-usage = 用法：{ $usage }
arg-refused-more = 詳情請執行 `{ $help }`。
# 命令列的第一個詞既不是命令，也不是檔案。
arg-misspelt-subcommand = 沒有 `{ $word }` 這個命令（也沒有這個名稱的檔案）
arg-misspelt-did-you-mean = 是否指 `levers { $name }`？
arg-unknown-command = 沒有 `{ $word }` 這個命令（也沒有這個名稱的檔案）
arg-unknown-command-list = 命令有：{ $names }

# levers seek: `--best`'s sentence, the names seek gives the packages it
# writes, and its progress spinners.
seek-cli-best = 可達到的最高比重：{ $year } 年製造業佔本地生產總值 { $share }%；限制因素：{ $binding }。
seek-cli-name-found = 於 { $year } 年前達到 { $target }% 的最低成本方案
seek-cli-name-found-robust = 在 { $confidence }% 的抽樣中於 { $year } 年前達到 { $target }% 的最低成本方案
seek-cli-name-closest = 最接近於 { $year } 年前達到 { $target }% 的方案
seek-cli-name-best = 於 { $year } 年前可達到最高比重的方案
seek-cli-searching = 正在尋找最低成本方案
seek-cli-searching-robust = 正在尋找穩健的最低成本方案
seek-cli-searching-best = 正在尋找可達到的最高比重
# The workbench's public purse: the window to the target year, and its present value and cost per job beside the horizon's.
tui-fiscal-target = 至目標
tui-fiscal-pv-to = 現值（{ $rate }%，不含融資）：至目標 { $target } · 至{ $horizon_year } { $horizon }
tui-fiscal-offered = 每年提供／實際使用：{ $kinds }
tui-offer-rd_grants = 研發
tui-offer-coinvestment = 共同投資
tui-fiscal-per-job-to = 每個新增職位淨額：至目標 { $target } · 至{ $horizon_year } { $horizon }
tui-fiscal-per-job-year-to = 每職位年：至目標 { $target } · 至{ $horizon_year } { $horizon }

# `levers check`: a file with no problem.
check-ok = { $file }：無誤（{ $name }）

# Validation problems (`levers check`, the reader's diagnostics, the workbench's
# refusals): `problem-ID` says what is wrong, `problem-ID-expected` what would
# be right. Numbers arrive formatted; `$label` is a lever's label, `$kind` and
# `$group` are keys of the file format, left as written.
problem-too-long = `{ $key }` 長 { $length } 個字元
problem-too-long-expected = 最多 { $limit } 個字元
problem-empty-name = 方案名稱是空白的
problem-empty-name-expected = 一個在表格及報告中標示方案的簡短名稱，例如不含 `.toml` 的檔名
problem-horizon-outside = 推算期末 { $horizon } 超出模型涵蓋的年份
problem-horizon-outside-expected = { $first } 至 { $last } 年之間的年份
problem-target-share-out-of-range = 目標比重 { $value } 超出範圍
problem-target-share-out-of-range-expected = 大於 0 且不超過 { $max } 的數字
problem-target-year-outside = 目標年份 { $year } 超出推算期 { $first }..{ $last }
problem-target-year-outside-expected = { $first } 年至推算期末（{ $last }）之間的年份
problem-horizon-before-default-target = 推算期末 { $horizon } 早於目標年份 { $year }（`[target]` 未寫 `year` 時的預設）
problem-horizon-before-default-target-expected = { $year } 年或以後的推算期末，或在 `[target]` 下寫上 { $first } 至 { $horizon } 年之間的 `year`
problem-horizon-before-target = 推算期末 { $horizon } 早於目標年份 { $year }
problem-horizon-before-target-expected = { $year } 年或以後的推算期末，或先把目標年份改為 { $first } 至 { $horizon } 年之間
problem-budget-cap-out-of-range = 預算上限 { $value } 超出範圍
problem-budget-cap-out-of-range-expected = 大於 0 且不超過 { $max } 的數字（每年十億港元）
problem-lever-out-of-range = { $label } { $value } 超出範圍
problem-lever-out-of-range-expected = { $range }
problem-amount-out-of-range = { $kind } 措施的{ $label } { $value } 超出範圍
problem-amount-out-of-range-expected = { $range }
problem-start-outside-projection = 開始年份 { $start } 超出推算期
problem-start-outside-projection-expected = { $first } 年至推算期末（{ $last }）之間的年份
problem-ramp-too-long = { $years } 年的過渡期太長
problem-ramp-too-long-expected = 0 至 { $max } 之間的整數年數
problem-ramp-past-horizon = 由 { $start } 年起 { $years } 年的過渡期在推算期末（{ $last }）之後才結束
problem-ramp-past-horizon-expected = 最多 { $most } 年的過渡期，使其在推算期末前結束
problem-end-before-start = 結束年份 { $end } 早於開始年份 { $start }
problem-end-before-start-expected = { $start } 至 { $last } 年之間的年份
problem-end-after-last-year = 結束年份 { $end } 遲於模型推算的最後一年 { $last }
problem-end-after-last-year-expected = { $start } 至 { $last } 年之間的年份
problem-sector-weight-out-of-range = 行業權重 { $value } 超出範圍
problem-sector-weight-out-of-range-expected = 0 至 { $max } 之間的數字
problem-weights-all-zero = 所有行業權重均為零，政策不會惠及任何行業
problem-weights-all-zero-expected = 至少一個大於 0 的權重（或刪去 `sectors`：五個行業權重相同）
problem-group-cannot-target-sectors = { $group } 組別不能針對個別行業：引入的人才及受訓的工人進入所有行業共用的同一勞動市場
problem-group-cannot-target-sectors-expected = 此處不應有 `sectors`（刪去該行）；請以資金及土地槓桿針對個別行業
problem-measure-cannot-target-sectors = { $kind } 措施不能針對個別行業：引入的人才及受訓的工人進入所有行業共用的同一勞動市場
problem-measure-cannot-target-sectors-expected = 此處不應有 `sectors`（刪去該行）；請以資金及土地措施針對個別行業
problem-assumption-out-of-range = { $name } = { $value } 超出合理範圍
problem-assumption-out-of-range-expected = { $low } 至 { $high } 之間的數字（{ $unit }）
problem-bad-measure-name = `{ $name }` 不能用作措施名稱
problem-bad-measure-name-expected = 由字母、數字、`_` 及 `-` 組成，最多 { $limit } 個字元的名稱
problem-duplicate-measure = 兩項措施同名為 `{ $name }`
problem-duplicate-measure-expected = 只供一項措施使用的名稱（請將其中一項改名）
problem-duplicate-measure-at = 兩項措施同名為 `{ $name }`（第一項在第 { $line } 行）
problem-duplicate-measure-at-expected = 只供一項措施使用的名稱（請將其中一項改名）
problem-empty-schedule = 時間表沒有列出任何年份
problem-empty-schedule-expected = 常數（`amount = 10`）或附數值的年份（`amount = {"{"} 2026 = 10 {"}"}`）
problem-schedule-year-outside = 時間表年份 { $year } 超出推算期
problem-schedule-year-outside-expected = { $first } 年至推算期末（{ $last }）之間的年份
problem-schedule-year-out-of-order = 時間表年份 { $year } 不在前一個年份之後
problem-schedule-year-out-of-order-expected = 按遞增次序排列的年份
problem-no-matching-ratio = { $kind } 措施沒有配對比例（只有 rd_grants 及 coinvestment 要求私人資金）
problem-no-matching-ratio-expected = 此處不應有 `matching_ratio`（刪去該行）
problem-cannot-limit-to-new-plants = { $kind } 措施不能只給新廠房（只有 rent_subsidy 及 profits_tax_concession 按廠商本身的租金或利潤計算）
problem-cannot-limit-to-new-plants-expected = 此處不應有 `eligible`，或寫 eligible = "all_firms"
problem-matching-ratio-out-of-range = 配對比例 { $value } 超出範圍
problem-matching-ratio-out-of-range-expected = { $range }

problem-unknown-key = 未知的鍵 `{ $key }`
problem-unknown-key-expected = { $allowed } 其中之一
problem-schedule-key-not-a-year = 時間表的鍵 `{ $key }` 不是年份
problem-schedule-key-not-a-year-expected = 以年份為鍵：amount = {"{"} 2026 = 10, 2028 = 20 {"}"}
problem-unknown-format = 這個版本的 levers 不認識政策格式 { $format }
problem-unknown-format-expected = format = { $current }（這個版本的 levers 讀取格式 { $known }）
problem-assumption-set-twice = `{ $name }` 設定了兩次：此處及第 { $line } 行第 { $column } 欄
problem-assumption-set-twice-expected = 每個參數只設定一次（加引號的 "group.name" 與以點分隔的 group.name 是同一參數）
problem-unknown-parameter = 未知的參數 `{ $name }`
problem-unknown-parameter-expected = 基線參數的名稱（見 `levers assumptions`）
problem-ramp-out-of-range = { $ramp } 年的漸進期超出範圍
problem-ramp-out-of-range-expected = 0 至 10 之間的整數年數
problem-label-without-name = 標籤表沒有給出名稱
problem-label-without-name-expected = 至少以 { $languages } 其中一種語言給出名稱，例如 label = {"{"} en = "San Tin land", zh-Hant = "新田科技城用地" {"}"}
problem-wrong-type = 找到{ $found }
problem-wrong-type-expected = { $expected }
problem-not-a-number = { $raw } 不是可用的數字（不接受 NaN 及無限大）
problem-not-a-number-expected = { $expected }
problem-integer-too-large = 整數太大
problem-integer-too-large-expected = { $expected }
problem-missing-key = 缺少鍵 `{ $key }`
problem-missing-key-expected = { $expected }
problem-missing-key-in = [{ $table }] 中缺少鍵 `{ $key }`
problem-missing-key-in-expected = { $expected }
found-text = 文字（"{ $value }"）
found-integer = 整數（{ $value }）
found-float = 小數（{ $value }）
found-boolean = 布林值（{ $value }）
found-date-time = 日期時間（{ $value }）
found-array = 陣列
found-table = 表
expected-year-to-horizon = { $first } 年至推算終結年之間的年份
expected-year-from-start = 開始年份或之後的年份
expected-year-in-projection = 推算期內的年份
expected-ramp-years = 0 至 10 之間的整數年數
expected-number = { $low } 至 { $high } 之間的數字
expected-text = 以引號括住的文字
expected-table = 一個表
expected-year = { $first } 至 { $last } 年之間的年份
expected-one-of = { $words } 其中之一
expected-amount = amount = { $range }，或按年份列出的數額 {"{"} <年份> = <數值>, ... {"}"}
problem-unknown-choice = 未知的值 "{ $found }"
problem-unknown-choice-expected = { $allowed } 其中之一
problem-unknown-key-in = [{ $table }] 中未知的鍵 `{ $key }`
problem-unknown-key-in-expected = { $allowed } 其中之一
problem-more-problems = 另有 { $more } 個問題（只顯示首 { $shown } 個；請修正後再檢查）

# The data files' problems (the baseline, the history and the settings; a
# syntax error in any file): worded as a package's are.
problem-not-valid-toml = 不是有效的 TOML：{ $message }
problem-file-too-large = 檔案大於 { $limit } KiB；方案檔一般只有數 KiB
problem-not-utf8 = 第 { $byte } 個位元組不是有效的 UTF-8；請把檔案存為 UTF-8 文字
problem-not-a-plain-file = 無法開啟：這是{ $kind }，不是一般檔案；levers 只讀一般檔案
problem-cannot-open = 無法開啟：{ $reason }
problem-cannot-read = 無法讀取：{ $reason }
file-kind-folder = 資料夾
file-kind-pipe = 具名管道（FIFO）
file-kind-socket = 通訊端（socket）
file-kind-device = 裝置
problem-unknown-output-format = 未知的輸出格式 "{ $found }"
problem-unknown-output-format-expected = { $allowed } 其中之一
problem-unknown-language = 未知的語言 "{ $found }"
problem-unknown-language-expected = { $allowed } 其中之一
problem-unknown-data-format = 這個版本的 levers 不認識{ $file ->
        [baseline] 基線
       *[history] 歷史數據
    }格式 { $format }
problem-unknown-data-format-expected = format = 1（這個版本的 levers 只讀取格式 1）
problem-base-year-out-of-range = 基年 { $year } 超出範圍
problem-base-year-out-of-range-expected = { $first } 至 { $last } 年之間的年份
problem-missing-parameter = 基線缺少參數 `{ $name }`
problem-missing-parameter-expected = 一個列出 value、unit、low、high 及 source 或 assumption 的表
problem-source-or-assumption = 參數須有 `source` 或 `assumption`，且只可有其中一個
problem-source-or-assumption-expected = source = "..." 或 assumption = "..."
problem-normal-without-sd = 常態分佈須有正數的標準差 `sd`
problem-normal-without-sd-expected = sd = 0.01（以參數的單位計）
problem-unknown-distribution = 未知的分佈 "{ $found }"
problem-unknown-distribution-expected = "triangular"、"uniform"、"normal"（須附 sd）或 "fixed"
problem-range-beyond-physical = 範圍 { $low }..{ $high } 超出 `{ $name }` 在現實中可能的數值
problem-range-beyond-physical-expected = low 及 high 均在 { $floor }..{ $ceiling } 之內
problem-value-outside-own-range = 數值 { $value } 不在其本身的範圍 { $low }..{ $high } 之內
problem-value-outside-own-range-expected = low <= value <= high（數值在範圍之內）
problem-missing-lag-kernel = 缺少 `{ $group }` 的滯後分佈
problem-missing-lag-kernel-expected = weights = [...]，總和為 1
problem-lag-weights-sum = 滯後權重的總和為 { $sum }
problem-lag-weights-sum-expected = 1 至 20 個非負數，總和為 1
problem-duplicate-figure = 數列 `{ $series }` 在 { $year } 年有兩個數字
problem-duplicate-figure-expected = 每年一個數字（刪去其中一個）
problem-figure-not-positive = 數列 `{ $series }` 的 { $year } 年：{ $value } 不是正數
problem-figure-not-positive-expected = 有限的正數
problem-figure-outside-years = 數列 `{ $series }` 有 { $year } 年的數字，超出 first_year..last_year
problem-figure-outside-years-expected = { $first } 至 { $last } 年之間的年份
problem-not-a-key = "{ $text }" 不是按鍵
problem-not-a-key-expected = 例如 "ctrl-s"、"shift-left"、"F2" 或 "?" 的按鍵，或這些按鍵的列表
expected-any-number = 數字
expected-any-year = 年份
expected-key = 例如 "ctrl-s"、"shift-left"、"F2" 或 "?" 的按鍵，或這些按鍵的列表
expected-lag-weights = 由 1 至 20 個非負數組成、總和為 1 的陣列
expected-points = 數字的陣列：{"{"} year = 2016, value = 2489.0, source = "..." {"}"}

# The fixed words of a diagnostic, each with its colon: `file:line:column: error: …`,
# then what was expected and a suggestion for a misspelt key.
diagnostic-error = 錯誤：
diagnostic-expected = 應為：
diagnostic-help = 提示：
diagnostic-did-you-mean = 是否指 `{ $suggestion }`？

# Progress bars on a terminal: `{ $eta }` is the time left, filled in as it runs.
progress-eta = 尚餘 { $eta }
progress-draws = 抽樣
progress-draws-out = --draws-out 的抽樣
progress-sobol = Sobol 模型運算
progress-sweep = 方案

## levers brief：兩頁的方案簡報
brief-title = 方案簡報：{ $year } 年製造業能否佔本地生產總值 { $target }%？
brief-intro = 以 levers { $version } 比較 { $count } 個方案：{ $names }。每個數字均與 `levers eval` 對同一檔案所列的相同。
brief-bottom-line = 結論
brief-bottom-most = { $name } 成效最大：{ $year } 年製造業佔本地生產總值 { $share }%（十次抽樣中有八次介乎 { $p10 }% 至 { $p90 }%）。
brief-bottom-cost = 按中心假設，由 { $from } 至 { $year } 年成本 { $cost }（每 10 次抽樣中有 8 次介乎 { $p10 } 至 { $p90 }；現值 { $pv }），每個淨新增職位 { $per_job }。
brief-bottom-cost-no-jobs = 按中心假設，由 { $from } 至 { $year } 年成本 { $cost }（每 10 次抽樣中有 8 次介乎 { $p10 } 至 { $p90 }；現值 { $pv }），屆時並無淨新增職位。
brief-bottom-chance-likely = { $name } 可望於 { $year } 年前達到 { $target }%：{ $chance } 的抽樣達標。
brief-bottom-chance-unlikely = 沒有方案可望於 { $year } 年前達到 { $target }%：機會最高的是 { $name }，只有 { $chance } 的抽樣達標。
brief-bottom-chance-none = 沒有方案在任何一次抽樣中於 { $year } 年前達到 { $target }%。
brief-bottom-nothing = 不採取任何措施，{ $year } 年佔比為 { $share }%；各方案令佔比增加 { $low } 至 { $high } 個百分點。
brief-bottom-nothing-one = 不採取任何措施，{ $year } 年佔比為 { $share }%；方案令佔比增加 { $low } 個百分點。
brief-bottom-nothing-same = 不採取任何措施，{ $year } 年佔比為 { $share }%；各方案均令佔比增加 { $low } 個百分點。
brief-bottom-cheapest = 以每個淨新增職位計，{ $name } 成本最低：{ $per_job }。
brief-options = 各方案（{ $from }–{ $year } 年）
brief-row-share = { $year } 年佔本地生產總值百分比（%）
brief-row-band = { $year } 年佔比第10至90百分位數（%）
brief-row-met = { $year } 年前達到 { $target }% 的機會
brief-row-at-least = { $year } 年佔比至少 { $threshold }% 的機會
brief-row-jobs = { $year } 年製造業就業人數
brief-row-direct-jobs = { $year } 年新增製造業職位（直接）
brief-row-net-jobs = { $year } 年全經濟淨新增職位
brief-row-cost = { $from }–{ $year } 年成本（十億港元）
brief-row-cost-band = 該成本第10至90百分位數（十億港元）
brief-row-present-value = 支出現值（現金支出及少收稅款，十億港元）
brief-row-per-job = 每個淨新增職位成本（百萬港元）
brief-window = 全表使用同一期間：職位按 { $year } 年計算；成本為由 { $from } 至 { $year } 年的現金支出、稅收損失及融資成本，以 { $base } 年實質港元計；現值（折算至 { $base } 年）及每個淨新增職位成本只計支出，融資成本另列。機會為不確定假設 { $draws } 次蒙地卡羅抽樣（種子 { $seed }）中達到該佔比的比例。
brief-target-years-differ = 各方案的目標年份不同（{ $options }）：簡報及其活頁簿以同一目標年份比較所有方案；請在每個檔案的 [target] 設定相同年份，或直接顯示 `levers compare` 的結果（逐一按各自的目標年份比較）
brief-option-year = { $file }：{ $year } 年
brief-target-shares-differ = 各方案的目標比重不同（{ $options }）：簡報以同一目標比重比較各方案達標的機會；請在每個檔案的 [target] 設定相同的 manufacturing_share_pct（其他比重可用 --threshold 查問，例如 --threshold 2），或直接顯示 `levers compare` 的結果（逐一按各自的目標比較）
brief-option-share = { $file }：{ $share }%
brief-chart = 製造業佔本地生產總值百分比，各方案及其第10至90百分位數範圍
brief-matters = 影響最大的因素
brief-matters-intro = 在各自合理範圍內變動時，對 { $name } 於 { $year } 年佔比影響最大的假設：
brief-matter = { $description }（`{ $name }`，{ $low } 至 { $high } { $unit }）：佔本地生產總值 { $at_low }% 至 { $at_high }%。
brief-matters-none = 沒有假設會改變目標年份的佔比。
brief-would-take = 達標需要甚麼
brief-would-take-for = 以下按成效最大的方案「{ $name }」計算。{ $needs }
brief-have-to-be-true = 甚麼條件必須成立
discover-never-met = { $options ->
        [one] { $name } 在
       *[several] 所有方案在
    } { $draws } 次抽樣中都未能於 { $year } 年前令製造業佔本地生產總值達 { $threshold }%：各項假設在其合理範圍內取任何數值都做不到。問題因而變為{ $options ->
        [one] 它要達到
       *[several] 成效最大的方案 { $name } 要達到
    } { $share }%（它在最少十分之一的抽樣中達到的比重）需要甚麼條件成立。
discover-rarely-met = { $options ->
        [one] { $name } 在 { $draws } 次抽樣中只有 { $cases } 次
       *[several] 所有方案在 { $draws } 次抽樣中最多只有 { $cases } 次
    }於 { $year } 年前令製造業佔本地生產總值達 { $threshold }%，次數太少，無法找出各項假設須為何值（PRIM 最少需要 { $needed } 次）。問題因而變為{ $options ->
        [one] 它要達到
       *[several] 成效最大的方案 { $name } 要達到
    } { $share }%（它在最少十分之一的抽樣中達到的比重）需要甚麼條件成立。
brief-reading = 如何解讀數字
brief-caveats = 注意事項及資料來源
brief-caveat-projection = 這是按所述假設作出的推算，並非預測：機會只涵蓋不確定假設的合理範圍，並不涵蓋措施能否如公布般落實。
brief-caveat-money = 所有金額均以 { $base } 年實質港元計：即企業採用措施時政府支付或放棄的款項，另加融資成本。成本為中心假設下的數字；各抽樣的第10至90百分位數可遠高於此而不會同樣低於此，因為數項成本假設（每名人才的引入成本、每公頃土地的平整成本、研發資助的需求）高於中心值的範圍較低於中心值的為闊。
brief-caveat-sources = { $base } 年基線數據來自政府統計處；每項假設的數值、範圍及來源：`levers assumptions`；模型說明：`docs/MODEL.md`。
brief-caveat-reproduce = 核對任何數字：{ $command }。
glossary-jobs = 職位：說明方案對整體就業的成效時請引用 **{ $year }全經濟淨新增職位**，即方案較不採取措施在全經濟所增加的職位（包括製造業、其帶動的本地服務業，以及獲接納人才和受訓工人的就業），減去從其他僱主吸納的工人；製造業本身的部分則引用 **新增製造業職位（直接）**。「製造業就業人數」則計算製造業所有從業人員，不論有否推行方案。
glossary-cost = 成本：請引用 **至 { $year } 年的成本**（由首個政策年份至目標年份的現金支出、稅收損失及融資成本）及其現值（只折算現金支出及稅收損失，融資成本另列）；「每個淨新增職位成本」即同一支出除以 { $year } 年的淨新增職位。計至較後年份或按職位年計算的數字，單因計算期間不同而較大或較小。
glossary-chance = 機會：在不確定假設的蒙地卡羅抽樣中，方案達到該佔比的比例。
xlsx-sheet-comparison = 比較
xlsx-sheet-assumptions = 假設
xlsx-sheet-charts = 圖表
xlsx-charts-year = 年份
xlsx-charts-target-share = 目標佔比（%）
xlsx-charts-package = 方案
xlsx-charts-jobs = 製造業就業人數（直接，人）
xlsx-charts-target = { $year } 年目標 { $share }%
summary-sheet = 摘要
contents-sheet-name = 目錄
contents-summary = 各方案並列比較，計至目標年份（由此開始）
contents-sheet = 工作表
contents-holds = 內容
contents-package = { $title }：逐年數字
summary-file = 檔案
summary-figure = 項目
summary-per-job-hkd = 每個淨新增職位成本（港元）
brief-sentence-join = {""}
glossary-year = { $year } 年
glossary-target-year = 目標年份
glossary-heading = 應引用哪些數字：
brief-no-effect = { $measure }（{ $option }）至 { $year } 年成本 { $cost }，但在 { $year } 年前對製造業佔比、製造業就業及整體經濟的就業均無影響。
explain-no-effect = 注意：{ $measure } 至 { $year } 年成本 { $cost }，但在 { $year } 年前對製造業佔比、製造業就業及整體經濟的就業均無影響。

## discover（情境探索，PRIM）：指令、報告及工作台

discover-at-least = { $name } >= { $low }
discover-at-most = { $name } <= { $high }
discover-between = { $name } 介乎 { $low } 至 { $high }
discover-range-at-least = >= { $low }
discover-range-at-most = <= { $high }
discover-range-between = { $low } 至 { $high }
discover-cases-target-met = { $name } 在 { $draws } 次抽樣中有 { $pct }% 達到目標（{ $year } 年前達 { $threshold }%）
discover-cases-target-missed = { $name } 在 { $draws } 次抽樣中有 { $pct }% 未達目標（{ $year } 年前達 { $threshold }%）
discover-cases-share-reached = { $name } 在 { $draws } 次抽樣中有 { $pct }% 於 { $year } 年佔本地生產總值至少 { $threshold }%
discover-cases-share-missed = { $name } 在 { $draws } 次抽樣中有 { $pct }% 於 { $year } 年低於本地生產總值的 { $threshold }%
discover-cases-outcome-reached = { $name } 在 { $draws } 次抽樣中有 { $pct }% 於 { $year } 年的{ $outcome }至少達 { $threshold } { $unit }
discover-cases-outcome-missed = { $name } 在 { $draws } 次抽樣中有 { $pct }% 於 { $year } 年的{ $outcome }低於 { $threshold } { $unit }
discover-outcome-share = 製造業佔本地生產總值比重
discover-outcome-jobs = 製造業就業人數
discover-outcome-effective_sectors = 有效行業數目
discover-outcome-cost = 累計財政成本
discover-box = 其中 { $coverage }% 的抽樣符合 { $restrictions }（密度 { $density }%）。
discover-weaker = 另有 { $count } 項較弱的限制（準 p 值高於 0.05）列於表中。
discover-none-significant = PRIM 找到的範圍限制了 { $count } 項假設，但沒有一項顯著（準 p 值均高於 0.05）：結果並不取決於少數假設。
discover-no-restriction = 沒有任何假設範圍能保留其中 { $coverage }% 而密度高於整體樣本：結果並不取決於少數假設。
discover-too-few = 即 { $cases } 次，太少，無法找出範圍（PRIM 需要至少 { $needed } 次）。
discover-too-few-left = 沒有第二個範圍：第一個範圍以外只剩 { $cases } 次個案，少於 { $needed } 次。
discover-too-many = 幾乎每次抽樣都是個案（只有 { $non_cases } 次不是，少於 { $needed } 次）。
# 命令列對個案太少或太多的建議（文件及工作台不顯示）。
discover-cli-too-few = 請增加抽樣（--draws）或改問較低的門檻（--threshold）。
discover-cli-too-few-share = 請增加抽樣（--draws）或改問較低的門檻：它在十分之一的抽樣中達到 { $share }%（--threshold { $share }）。
discover-cli-too-many = 請改問未達標的情況（--below）或較高的門檻（--threshold）。
discover-second = 第二個範圍（第一個範圍以外的抽樣）：{ $clause }
discover-sentence = { $cases }；{ $boxes }
discover-cli-method = { $draws } 次抽樣，種子 { $seed }；PRIM：剝離 alpha { $alpha }，回貼 alpha { $paste }；範圍取剝離軌跡中保留至少 { $coverage }% 個案而密度最高的一步，再回貼。
discover-cli-title = 需要甚麼條件成立 — { $name }（{ $file }）
discover-cli-title-markdown = { $name }（{ $file }）：需要甚麼條件成立
discover-cli-box-heading = 範圍 { $box }：覆蓋率 { $coverage }%，密度 { $density }%，質量 { $mass }%（第 { $step } 步，已回貼）
discover-cli-parameter = 參數
discover-cli-in-box = 範圍內
discover-cli-sampled = 抽樣範圍
discover-cli-dropped = 已剔除 { $count } 項不顯著的限制（準 p 值高於 { $limit }）
discover-cli-unit = 單位
discover-cli-quasi-p = 準 p 值
discover-cli-step = 步
discover-cli-coverage = 覆蓋率
discover-cli-density = 密度
discover-cli-restricted = 受限維度
discover-cli-trajectory = 剝離軌跡（* 為所選的一步）：
progress-discover = 情境探索抽樣
action-toggle_discover = 顯示／隱藏需要甚麼條件成立（情境探索）
hint-toggle_discover = 情境探索
discover-title = 需要甚麼條件成立：{ $year } 年前達 { $target }%，種子 { $seed }
discover-title-narrow = 需要甚麼條件成立
discover-stale = 方案已更改：按 D 重新計算
discover-stale-narrow = 已更改：D
discover-close = D 關閉
discover-computing = 正在計算 { $draws } 次抽樣…
discover-met = { $draws } 次抽樣中 { $pct }% 達標
discover-met-lower = 沒有抽樣達 { $target }%：改問十分之一抽樣可達的 { $share }%
discover-met-lower-few = 只有 { $cases } 次抽樣（共 { $draws } 次）達 { $target }%：改問十分之一抽樣可達的 { $share }%
discover-met-share = { $draws } 次抽樣中 { $pct }% 達 { $share }%
discover-chart = 密度對覆蓋率
discover-tui-parameter = 假設
discover-tui-range = 範圍內
discover-tui-p = 準 p 值
discover-tui-box = 範圍：覆蓋率 { $coverage }%，密度 { $density }%
report-what-would-have-to-be-true = 需要甚麼條件成立
doc-discover-method = 以上述 { $draws } 次抽樣（種子 { $seed }）進行情境探索：PRIM（Friedman & Fisher 1999）找出一個假設範圍，涵蓋大部分達標抽樣（覆蓋率）而少含其他抽樣（密度）；準 p 值接近 0 表示該限制並非偶然。以 `levers discover` 查詢 { $file } 會列出同一範圍及其剝離軌跡；`--threshold` 及 `--by` 可查詢任何比重及年份。
doc-discover-method-share = 以上述 { $draws } 次抽樣（種子 { $seed }）進行情境探索：PRIM（Friedman & Fisher 1999）找出一個假設範圍，涵蓋大部分達到 { $share }% 的抽樣（覆蓋率）而少含其他抽樣（密度）；準 p 值接近 0 表示該限制並非偶然。以 `levers discover` 加 `--threshold { $share }` 查詢 { $file } 會列出同一範圍及其剝離軌跡。

## 參數說明（以參數名稱為鍵，「.」寫作「-」；英文說明以 assets/baseline.toml 為準）
param-description-lag_stretch = 各滯後分佈在時間上的伸展：1 = 按原定分佈，1.5 = 每項延遲再長一半（蒙地卡羅會抽樣）
param-description-land_cost_share = 土地及租金佔廠商營運成本的比例
param-description-labour_cost_share = 工資佔廠商營運成本的比例
param-description-land_cost_ratio_hk_sz = 香港工業租金相對深圳的倍數
param-description-wage_ratio_hk_sz = 香港製造業工資相對深圳的倍數
param-description-cost_elasticity = 製造業活動對其相對深圳成本的彈性
param-description-capacity_adjustment_speed = 現有廠房產出與其成本所能支持的產出之間的差距，每年收窄的比例
param-description-rent_hkd_per_m2_year = 每平方米工業樓面每年的租金
param-description-floor_m2_per_worker = 每名製造業工人使用的工業樓面面積
param-description-spare_industrial_floor_m2 = 製造業可使用的空置工業樓面面積
param-description-plot_ratio = 每平方米推出的工業用地可建的樓面面積（地積比率）
param-description-land_servicing_cost_hkd_bn_per_ha = 平整及為一公頃工業用地提供基礎設施的公帑成本
param-description-industrial_land_premium_hkd_bn_per_ha = 政府出售一公頃已平整工業用地收回的地價；土地措施的支出為平整成本減地價（最低為 0）
param-description-industrial_land_pipeline_ha = 計劃推出的工業及創科用地總面積（超出此數的用地無法提供）；其他計劃可在 [assumptions] 更改
param-description-industrial_floor_stock_m2 = 香港的工業樓面總面積：推出用地後租金下調的市場
param-description-industrial_rent_stock_elasticity = 工業樓面按比例每增加一分，工業租金下跌的幅度（樓面需求彈性的倒數）；推出的用地既提供空間，也以較低租金惠及廠商
param-description-unmet_site_demand_ha_per_year = 無法使用分層工廠大廈的生產每年會承用、但現時找不到的已平整工業用地；超出此數推出的用地會空置等候
param-description-site_jobs_per_ha = 每公頃由需要獨立用地的生產承用的已平整工業用地上的職位
param-description-labour_force_base = 基年勞動人口
param-description-labour_force_growth = 無政策時勞動人口的趨勢增長
param-description-unemployment_rate_base = 基年失業率
param-description-unemployment_floor = 勞動市場可達的最低失業率；超出的人手須來自其他職位
param-description-local_hiring_capacity_per_year = 本地勞動市場每年可額外提供的製造業工人
param-description-admissions_manufacturing_share = 輸入人才中從事製造業的比例
param-description-training_to_manufacturing_share = 培訓名額中最終獲得製造業職位的比例
param-description-talent_attrition = 新增技術人手每年的流失率（離港、轉行）
param-description-skilled_labour_force = 整體勞動人口中的技術（大學學歷）工人；輸入人才加入此人才庫
param-description-skilled_wage_bill_share = 技術工人薪酬佔製造業工資總額的比例；人才措施只作用於此部分
param-description-skilled_wage_elasticity = 技術勞動人口按比例每增加一分，全港技術工人工資下跌的幅度
param-description-talent_employment_share = 輸入人才中加入香港勞動人口並就業的比例（按整體經濟的就業率找到工作）；其餘離港或不在港求職，不計作失業
param-description-talent_value_added_hkd = 一名受聘於製造業以外的輸入人才每年創造的增加價值（基年價格）
param-description-talent_local_jobs_multiplier = 每名就業的輸入人才帶動的本地服務業職位（其消費，以及圍繞技術人員發展的企業）
param-description-rd_spending_per_research_job_hkd = 每年維持一個研究職位所需的研發開支（研究人員及其支援人員）：資助所支付的額外研發在進行期間僱用人手
param-description-local_services_productivity_hkd = 在獲得帶動職位或流失工人至製造業的本地服務業（零售、餐飲、個人服務）中，每名工人每年的增加價值（基年）；並非包括金融業在內的全部服務業平均數（813,000 港元）
param-description-labour_supply_elasticity = 工資按比例每上升一分，勞動供應（勞動參與及輸入勞工）增加的幅度；市場越緊，越能吸引新工人，而非只從其他職位轉來
param-description-labour_demand_elasticity = 工資按比例每上升一分，其他僱主勞動需求下跌的幅度（絕對值）：其他行業讓出工人的難易
param-description-wage_curve_elasticity = 失業率按比例每上升一分，工資下跌的幅度（絕對值）；決定新增勞動需求有多少由失業人數減少來滿足
param-description-training_employment_effect = 受訓工人兩至三年後就業機會上升的幅度（受訓者來自結構性失業人士；效果隨受訓人數增加而遞減）
param-description-frictional_unemployment_rate = 培訓無法消除的失業（轉工期間的人）；培訓令失業率由最低失業率降向此水平，但不會低於此水平
param-description-admission_cost_hkd = 每輸入一名人才的公帑成本（處理、遷移及安頓支援）
param-description-training_cost_hkd = 每個資助培訓名額的公帑成本
param-description-gerd_base_hkd_bn = 本地研究及發展總開支
param-description-rd_depreciation = 研發知識存量的折舊率
param-description-rd_additionality = 每一港元公帑資助帶來的額外研發（包括企業自己的配對資金），未計飽和
param-description-rd_saturation_hkd_bn = 額外研發效果減半時每年發放的資助額（回報遞減）
param-description-rd_grant_demand_hkd_bn = 在 1:1 私人配對下，企業及大學每年會申領的資助額（申領額為資助額與此需求的平滑最小值）
param-description-matching_demand_elasticity = 配對公帑需求對（1 + 每一港元公帑所配對的私人港元）的彈性；高於 1 時，要求更多私人資金所失去的項目多於所得的槓桿
param-description-rd_output_elasticity = 製造業生產力對知識存量的彈性
param-description-rd_commercialisation_rate = 每一港元額外研發帶來的生產投資（由「0至1」研究到「1至10」創業）
param-description-zone_private_leverage = 政府每一港元共同投資帶來的私人投資（港元）
param-description-coinvestment_demand_hkd_bn = 在 1:2 配對下，企業每年會接受的政府共同投資額（項目數目有限；接受額為投資額與此需求的平滑最小值）
param-description-subsidy_deadweight = 共同投資項目中即使沒有資助也會興建的比例
param-description-relocation_share = 新廠房活動中由香港其他地方遷來的比例（對香港沒有增益）
param-description-tax_semi_elasticity = 利得稅每下調一個百分點（或相當於一個百分點的稅後利潤增幅），投資增加的比例
param-description-private_investment_base_hkd_bn = 目標產業中每年對成本及稅收有反應的私人投資
param-description-profit_share_of_value_added = 製造商毛盈餘（扣除折舊及利息前的利潤）佔增加價值的比例：利得稅寬減所放棄稅收的基數，亦是衡量成本節省的基準
param-description-profits_tax_rate = 香港法團利得稅稅率
param-description-scaleup_stage_share = 新增生產中屬「10至100」擴產階段的比例
param-description-gba_hq_share = 設於大灣區的擴產價值中記入香港的比例（總部、研發、設計、銷售）
param-description-gba_scaleup_boost = 擴產全部設於廣東時額外增加的擴產投資（土地及勞工較便宜、供應鏈完整）
param-description-capital_productivity = 每一港元新增生產資本每年創造的增加價值
param-description-new_capacity_depreciation = 新增產能每年的退役率
param-description-advanced_productivity_multiple = 新（「智能」）廠房每名工人的增加價值相對現有廠房的倍數
param-description-max_sector_growth = 製造業行業增加價值一年內最快的實質增長
param-description-sector_growth_allowance_hkd_bn = 行業一年內可在該增長以外額外增加的增加價值（首間大型廠房），讓新產業得以起步
param-description-absorption_floor_hkd_bn = 按行業吸納能力分配資金時，加於各行業增加價值的基數（權重 × 規模）
param-description-manufacturing_relative_price_change = 製造業價格相對整體價格的每年變動；把實質比重換算為官方的名義比重
param-description-induced_jobs_multiplier = 每個直接製造業職位帶動的本地服務業職位
param-description-crowding_out_reserves = 以財政儲備支付的每一港元公帑成本所損失的本地生產總值
param-description-crowding_out_borrowing = 以借貸支付的每一港元公帑成本所損失的本地生產總值
param-description-crowding_out_reallocation = 以削減其他開支支付的每一港元公帑成本所損失的本地生產總值
param-description-reserves_return = 動用儲備所放棄的投資回報
param-description-borrowing_rate = 政府借貸的利率
param-description-discount_rate = 把未來公帑成本折算為現值的實質貼現率
# 行業參數（$sector 為行業名稱）：在 assets/baseline.toml 沒有英文說明。
param-description-sector-value_added_hkd_bn = { $sector }基年的增加價值
param-description-sector-jobs = { $sector }基年的就業人數
param-description-sector-growth = 無政策時{ $sector }增加價值的每年實質增長
param-description-sector-productivity_growth = 無政策時{ $sector }每名工人增加價值的每年增長

## 工作台：至目標年份有成本但無影響的措施（brief2）
tui-no-effect = ! { $measure }：至 { $year } 年成本 { $cost }，
tui-no-effect-why = { $reason }{ $more }
tui-no-effect-later = { $year } 年前對製造業佔比及製造業就業均無影響：{ $from } 年才開始見效
tui-no-effect-never = 至 { $horizon } 年對製造業佔比及製造業就業仍無影響
tui-no-effect-more = （另有 { $count } 項）
impossible = 推算結果不可能成立：{ $year } 年的{ $what }會是 { $value }；基線數據超出模型可用的範圍
impossible-gdp = 本地生產總值
impossible-manufacturing-value-added = 製造業增加價值
impossible-manufacturing-share = 製造業佔本地生產總值百分比（%）
impossible-real-manufacturing-share = 以基年價格計算的製造業佔本地生產總值百分比（%）
impossible-manufacturing-jobs = 製造業就業人數
impossible-labour-force = 勞動人口
impossible-unemployment-rate = 失業率（%）
impossible-net-jobs-added = 淨新增職位
impossible-cumulative-cost = 累計公共成本
impossible-sector = 某行業的增加價值或就業人數

## 指明措施、政策槓桿或假設的指令參數（sweep --vary、discover --vary、seek --levers、--bound、--fix）
argument-hint = （是否指 `{ $suggestion }`？）
address-unknown = `{ $address }` 不是任何政策槓桿或措施{ $hint }；此組合的措施為 { $measures }
address-unknown-no-measures = `{ $address }` 不是任何政策槓桿或措施{ $hint }；此組合沒有具名措施
address-unknown-field = 措施 `{ $measure }` 沒有欄位 `{ $key }`{ $hint }；措施的欄位為 { $fields }
address-unknown-assumption = 未知的假設 `{ $name }`{ $hint }；`levers assumptions` 列出全部假設
grid-empty = FROM 不得大於 TO，STEP 必須大於 0
grid-too-large = 網格共有 { $packages } 個組合，上限為 { $limit }：請用較大的 STEP 或較少的 --vary
grid-size-about = 約 { $count }
vary-failed = --vary { $spec }：{ $why }
vary-grid-failed = --vary：{ $why }
vary-expected = 應為 GROUP.FIELD=FROM..TO:STEP（或 MEASURE.FIELD=…、assumptions.PARAM=…），例如 rd.grants_hkd_bn_per_year=0..20:1、nias.amount=0..20:1 或 assumptions.nev.growth=0..0.1:0.01
vary-unknown = { $why }；{ $expected }
vary-not-a-number = { $what } `{ $text }` 不是數字；{ $expected }
vary-out-of-range = { $what } { $value } 超出 { $path } 的範圍：{ $range }
vary-not-whole = { $path } 只接受整數：FROM 及 STEP 必須為整數
vary-step-not-positive = STEP { $step } 必須大於 0
vary-from-above-to = FROM { $from } 大於 TO { $to }
vary-not-one-number = `{ $path }` 指整個政策槓桿組別或整項措施，而非單一數值；{ $expected }
vary-no-matching-ratio = { $measure } 是 { $kind } 措施，沒有配對比例（只有研發資助及共同投資有）
vary-twice = --vary { $spec }：{ $name } 重複變動
vary-range-years = { $first } 至 { $last } 年之間的年份
vary-range-ramp = 0 至 { $max } 的整數年數
vary-range-assumption = { $low } 至 { $high }（{ $unit }）
sweep-shard-not-xlsx = --shard 只寫 CSV 或 NDJSON（各分片可直接串接），不寫 xlsx
sweep-vary-not-dir = --vary 只適用於單一檔案（FILE），不適用於 --dir
sweep-file-or-dir = levers sweep：請給出一個檔案（FILE）連同 --vary，或 --dir 資料夾
sweep-too-many-rows = 此掃描共有 { $packages } 個組合；一張工作表最多容納 { $limit } 個：請用 --format csv
sweep-grid-breaks-rule = --vary：網格中第 { $number } 個組合（{ $point }）違反規則：{ $path }：{ $message }；應為 { $expected }
sweep-more-files = 另有 { $count } 個檔案有問題
discover-vary-twice = --vary { $name }：重複變動；每個欄位只可給一個範圍
discover-vary-expected = 應為 NAME.FIELD=LO..HI，例如 zone_coinvestment.amount=0..20 或 rd.grants_hkd_bn_per_year=0..20
discover-vary-assumption = 假設已在抽樣之列；--vary 只可加入政策槓桿或措施的欄位
argument-two-numbers = 應為兩個數字組成的範圍 LO..HI，例如 0..20
discover-vary-range = 應為 { $min } <= LO < HI <= { $max }（{ $range }）
discover-vary-whole = `{ $path }` 只接受整數
discover-needs-threshold = --outcome { $outcome }：請以 --threshold 給出抽樣須達到的水平（組合的目標是佔本地生產總值的比重），例如 --outcome jobs --threshold 100000
discover-threshold-share = --threshold { $value }：應為 0 至 100 的本地生產總值比重（%），例如 1.2
discover-threshold-finite = --threshold { $value }：應為以該結果單位計的有限數字
discover-by = --by { $year }：應為組合推算期內的年份，{ $first } 至推算期末 { $horizon }
seek-target-share-range = --target-share { $value }：應為大於 0 且不超過 { $max } 的本地生產總值比重（%）
seek-by-range = --by { $year }：應為 { $first } 至 { $last } 年之間的年份
seek-by-before-measures = --by { $year }：seek 設定的措施最早於 { $first } 年開始，在 { $year } 年前都不能改變比重；應為 { $first } 年或以後，例如 --by { $first }
seek-file-year-before-measures = { $file }：目標年份 { $year } 早於 { $first } 年，即 seek 設定的措施最早開始的年份，在此之前都不能改變比重；請給出 --by { $first } 或以後的年份
seek-budget-range = --budget { $value }：應為每年大於 0 且不超過 { $max } 的十億港元
seek-unreachable = levers seek：無法在 { $year } 年前達到目標 { $share }%
seek-unreachable-confidence = levers seek：無法在 { $pct }% 的抽樣中於 { $year } 年前達到目標 { $share }%
seek-levers-failed = --levers：{ $why }{ $hint }；{ $takes }
seek-levers-takes = --levers 接受政策槓桿組別：land、rd、talent、zone 其中若干（以逗號分隔）
seek-levers-not-a-group = `{ $key }` 不是政策槓桿組別
seek-levers-unknown = 未知的政策槓桿組別 `{ $key }`
seek-limit-twice = { $said }：已由 { $first } 限制；每項政策槓桿或措施只可給一個限制
seek-bound-takes = --bound 接受政策槓桿數值（GROUP.FIELD，例如 rd.grants_hkd_bn_per_year）或措施的金額（MEASURE.amount）
seek-fix-takes = --fix 接受政策槓桿數值（GROUP.FIELD）、政策槓桿組別（GROUP）、措施的金額（MEASURE.amount）或整項措施（MEASURE）
seek-cannot-bound = `{ $text }` 不能設範圍：{ $takes }
seek-cannot-fix = `{ $text }` 不能固定：{ $takes }
seek-limit-failed = { $flag } { $text }：{ $why }
seek-bound-expected = 應為 NAME.FIELD=LO..HI，例如 rd.grants_hkd_bn_per_year=2..10 或 nias.amount=0..20
seek-not-moved = 目標求解不會調整 `{ $address }`（只調整金額及數量）；其值取自組合
seek-bound-range = 應為 { $min } <= LO <= HI <= { $max }（{ $unit }）
seek-group-left-out = { $address }：搜尋不使用 { $group } 組別（--levers）；請刪去此限制，或加入該組別
excel-csv-only = --excel（為 Excel 加上位元組順序標記）只適用於 --format csv
output-misnamed-xlsx = { $file }：.xlsx 檔案是 Excel 活頁簿，但指定了 --format { $format }；請用 --format xlsx 或另一個檔名
output-xlsx-not-stdout = xlsx 是二進位格式，不會寫到標準輸出；請給出 -o 檔名.xlsx
output-no-extension = 沒有副檔名的檔案
eval-output-form = { $file }：eval 不能寫成 { $extension }；請把檔名改為 .txt（表格，與沒有副檔名相同）、.csv、.json、.ndjson（每個方案一行 JSON）、.md（Markdown）或 .xlsx（Excel 活頁簿），或以 --format 選擇格式
sweep-output-form = { $file }：sweep 不能寫成 { $extension }；請把檔名改為 .csv、.ndjson（每個方案一行 JSON）或 .xlsx（Excel 活頁簿），或以 --format 選擇格式
package-output-form = { $file }：方案以 TOML 寫出，不能寫成 { $extension }；請把檔名改為 .toml（或以 - 寫到標準輸出）
csv-output-form = { $file }：此檔案以 CSV 寫出，不能寫成 { $extension }；請把檔名改為 .csv（或以 - 寫到標準輸出）
output-report-help = 提示：levers report FILE -o report.{ $format } 可把方案的報告寫成文件
eval-against-uncertainty = --against 不能與 --uncertainty 同用
eval-xlsx-uncertainty = --format xlsx 不能與 --uncertainty 同用；請用 --format csv
eval-ndjson-bands = --format ndjson 不能與 --uncertainty 的區間同用；加上 --each-draw 即每次抽樣一行
each-draw-format = --each-draw 及 --shard 以 --format csv 或 ndjson 每次抽樣一行輸出，不接受 { $format }
compare-workbook-name = { $file }：compare -o 寫出 Excel 活頁簿；請用以 .xlsx 結尾的檔名，或不用 -o 直接顯示
brief-form = { $file }：不能把簡報寫成 { $extension }；請寫成 .html（以兩頁 A4 列印）、.md（Markdown）、.xlsx（Excel 活頁簿），或以 - 把 Markdown 寫到標準輸出
report-form = { $file }：不能把報告寫成 { $extension }；報告可寫成 .md（Markdown）、.html 或 .xlsx（Excel 活頁簿），或以 - 把 Markdown 寫到標準輸出
report-convert-help = 提示：先寫 Markdown 再轉換，例如 pandoc report.md -o report.{ $format }
chart-form = { $file }：不能把圖表寫成 { $extension }；圖表檔名須以 .svg 或 .png 結尾（或以 - 把 SVG 寫到標準輸出）
chart-pdf-help = 提示：如要 PDF，請先寫 SVG 再轉換（rsvg-convert -f pdf chart.svg > chart.pdf）
stdin-twice = `-`（標準輸入）出現多於一次；標準輸入只能讀一次
cannot-write = { $file }：無法寫入：{ $reason }
cannot-write-no-folder = 資料夾 { $folder } 不存在
cannot-write-not-plain = 這是{ $kind }，不是一般檔案；levers 不會取代它（以 `-` 寫到標準輸出）
cannot-write-read-only = 檔案唯讀；請令它可寫入，或以另一檔名儲存
new-exists = { $file } 已存在，予以保留；請另選檔名，或加上 --force 取代它
new-wrote = 已寫出 { $file }；請編輯它，然後執行 `levers check { $file }` 及 `levers tui { $file }`
migrate-already = { $file } 已是格式二：照原樣寫出

## levers paths
paths-exists = 已存在
paths-not-created = 尚未建立
paths-no-home = （找不到主目錄；請設定環境變數）
paths-override = 可用 { $config }（設定）及 { $data }（方案庫：<dir>/policies，復原副本：<dir>/recovery）另行指定。

## check and summary: rate measures of one kind above the kind's maximum
# 疊加 a.toml+b.toml：上層組合取代的設定。
stack-dial-conflict = 注意：{ $above_file } 把 { $field } 設為 { $above }，取代 { $below_file } 的 { $below }；採用 { $above }
stack-budget = 注意：{ $above_file } 的預算（{ $above }）取代 { $below_file } 的預算（{ $below }）；預算以上層組合為準
stack-budget-words = { $cap }，資金來自{ $funding }
stack-budget-cap = 每年上限 { $cap }
stack-budget-no-cap = 不設上限
stacked-rates = 注意：{ $kind }：同類措施自 { $year } 年起在部分行業合計達 { $total }，超出模型所付上限 { $most }；超出部分既無作用，亦不計成本。
