## Reports: the deadline sweep, the morning digest and /stats (figures)

## Durations

span-minutes = { $n } 分鐘
span-hours = { $n } 小時
span-days = { $n } 天

## Deadline sweep (triage chats, escalation chat)

sweep-remind = ⏰ 提醒：{ $id } 距{ $deadline ->
        [respond] 回應
       *[resolve] 辦結
    }時限還有 { $left }（{ $due }）
sweep-remind-owner = 承辦人：{ $who }
sweep-overdue-reason = 已超過{ $deadline ->
        [respond] 回應
       *[resolve] 辦結
    }時限（{ $due }，逾時 { $late }），系統自動督辦
sweep-unclaimed-reason = 🔴 特急仍無人簽收：報告人已等待 { $waited }（回應時限 { $due } 已過），系統第 { $n }/{ $of } 次再次督辦，請盡快簽收
ticket-event-reminded = { $who } 提醒：臨近時限
ticket-event-nudged = { $who } 提醒報告人回覆

## Morning digest (triage chats)

digest-title = 🌅 早間提醒 · { $branch } · { $date }
digest-counts = 待辦 { $open } 件 · 已逾時 { $overdue } 件 · 24 小時內到期 { $soon } 件
digest-overdue = ⛔ 已逾時：
digest-soon = ⏰ 24 小時內到期：
digest-line = { $id } · { $category } · { $deadline ->
        [respond] 回應
       *[resolve] 辦結
    }時限 { $due }
digest-late = （已逾時 { $span }）
digest-left = （還剩 { $span }）
digest-more = ……另有 { $n } 件，請打開待辦佇列查看。
digest-clear = ✅ 沒有逾時或 24 小時內到期的問題。
digest-waiting = ⏸ 等待報告人回覆（辦結時限暫停）：
digest-waiting-line = { $id } · { $category } · 等待報告人回覆 { $span }
digest-waiting-unanswered = （已滿 { $days } 天沒有回覆，可以辦結並註明「報告人未回覆」，不會自動關閉）
digest-btn-queue = 📋 打開待辦佇列

## /stats

cmd-stats = 反映問題統計：回應率、解決率、滿意率（書記）
stats-usage = 用法：/stats [支部] [週期]。支部：寫支部名稱裡的幾個字（或支部 id）；週期：不寫為本月，上月（或 last），近7天（或 7d），2026-11 為某月；區裡人員可寫 all 看全區。
stats-ambiguous = 「{ $arg }」對得上好幾個支部：{ $branches }。請多寫幾個字，或寫括號裡的 id。
stats-unknown = 看不懂「{ $arg }」。
stats-choose = 請選擇要統計的支部：
stats-district = 全區
stats-title = 📊 { $scope } · { $period }
stats-period-month = { $year }年{ $month }月
stats-period-days = 近 { $days } 天
stats-period-dates = { $from } 至 { $to }
stats-asof = 截至 { $time }
stats-none = 這段時間沒有收到反映。
stats-none-kept = 這段時間沒有留在本單位的反映。
stats-returned = ↩️ 退單 { $n } 件：已交其他單位辦理，計入對方的數字
stats-na = —
stats-received = 受理 { $received } 件（在辦 { $open } 件 · 待報告人確認 { $awaiting } 件）
stats-received-withdrawn = 受理 { $received } 件（在辦 { $open } 件 · 待報告人確認 { $awaiting } 件 · 報告人撤回 { $withdrawn } 件）
stats-response = 回應率 { $rate }（按時回應 { $n }/{ $of } 件已到回應時限或已回應）
stats-closure = 辦結率 { $rate }（已辦結 { $n }/{ $of } 件已到辦結時限或已辦結）
stats-closure-ontime = 按期辦結率 { $rate }（{ $n }/{ $of }）
# The denominator is every ticket past or meeting its resolve deadline, less those awaiting the reporter's word: an
# overdue ticket nobody resolved is in it (orgmonth: "件已有結果" read as if every one of them had an outcome).
stats-resolution = 實際解決率 { $rate }（已解決 { $n }/{ $of } 件已到辦結時限或已辦結，不含等報告人確認的）
stats-satisfaction = 滿意率 { $rate }（4–5 星 { $n }/{ $of } 條評價）
stats-ontime = 按期解決率 { $rate }（{ $n }/{ $of }）
stats-median-response = 首次回應用時（中位數）：{ $time }
stats-median-resolution = 解決用時（中位數）：{ $time }
stats-top = 主要問題：{ $list }
stats-top-item = { $category } { $n }
stats-list-separator = ；
stats-by-branch = 各支部：
stats-branch-row = { $branch }：受理 { $received } · 回應率 { $response } · 辦結率 { $closure } · 實際解決率 { $resolution } · 滿意率 { $satisfaction }
stats-branch-returned = { $branch }：退單 { $n } 件（已由其他單位辦理）
stats-footnote = 註：未到時限且未處理的反映不計入分母。辦結 = 支部已答覆辦理結果；實際解決 = 報告人確認已解決，或辦結後 { $days } 天內未提出異議（等待確認中的不計）。
stats-btn-7d = 近 7 天
stats-btn-month = 本月
stats-btn-last = 上月

## /stats trend chart
stats-btn-chart = 📈 近半年趨勢圖
stats-chart-title = { $scope } 三率趨勢
stats-chart-caption = 📈 { $scope } 近 { $months } 個月的回應率、辦結率、實際解決率、滿意率（空缺 = 當月尚無到期反映）
stats-chart-response = 回應率
stats-chart-closure = 辦結率
stats-chart-solved = 實際解決率
stats-chart-satisfaction = 滿意率
