## Reports: the deadline sweep, the morning digest and /stats (figures)

## Durations

span-minutes = { $n } 分钟
span-hours = { $n } 小时
span-days = { $n } 天

## Deadline sweep (triage chats, escalation chat)

sweep-remind = ⏰ 提醒：{ $id } 距{ $deadline ->
        [respond] 响应
       *[resolve] 办结
    }时限还有 { $left }（{ $due }）
sweep-remind-owner = 承办人：{ $who }
sweep-overdue-reason = 已超过{ $deadline ->
        [respond] 响应
       *[resolve] 办结
    }时限（{ $due }，超时 { $late }），系统自动督办
sweep-unclaimed-reason = 🔴 特急仍无人签收：报告人已等待 { $waited }（响应时限 { $due } 已过），系统第 { $n }/{ $of } 次再次督办，请尽快签收
ticket-event-reminded = { $who } 提醒：临近时限
ticket-event-nudged = { $who } 提醒报告人回复

## Morning digest (triage chats)

digest-title = 🌅 早间提醒 · { $branch } · { $date }
digest-counts = 待办 { $open } 件 · 已超时 { $overdue } 件 · 24 小时内到期 { $soon } 件
digest-overdue = ⛔ 已超时：
digest-soon = ⏰ 24 小时内到期：
digest-line = { $id } · { $category } · { $deadline ->
        [respond] 响应
       *[resolve] 办结
    }时限 { $due }
digest-late = （已超时 { $span }）
digest-left = （还剩 { $span }）
digest-more = ……另有 { $n } 件，请打开待办队列查看。
digest-clear = ✅ 没有超时或 24 小时内到期的问题。
digest-waiting = ⏸ 等待报告人回复（办结时限暂停）：
digest-waiting-line = { $id } · { $category } · 等待报告人回复 { $span }
digest-waiting-unanswered = （已满 { $days } 天没有回复，可以办结并注明“报告人未回复”，不会自动关闭）
digest-btn-queue = 📋 打开待办队列

## /stats

cmd-stats = 反映问题统计：响应率、解决率、满意率（书记）
stats-usage = 用法：/stats [支部] [周期]。支部：写支部名称里的几个字（或支部 id）；周期：不写为本月，上月（或 last），近7天（或 7d），2026-11 为某月；区里人员可写 all 看全区。
stats-ambiguous = 「{ $arg }」对得上好几个支部：{ $branches }。请多写几个字，或写括号里的 id。
stats-unknown = 看不懂「{ $arg }」。
stats-choose = 请选择要统计的支部：
stats-district = 全区
stats-title = 📊 { $scope } · { $period }
stats-period-month = { $year }年{ $month }月
stats-period-days = 近 { $days } 天
stats-period-dates = { $from } 至 { $to }
stats-asof = 截至 { $time }
stats-none = 这段时间没有收到反映。
stats-none-kept = 这段时间没有留在本单位的反映。
stats-returned = ↩️ 退单 { $n } 件：已交其他单位办理，计入对方的数字
stats-na = —
stats-received = 受理 { $received } 件（在办 { $open } 件 · 待报告人确认 { $awaiting } 件）
stats-received-withdrawn = 受理 { $received } 件（在办 { $open } 件 · 待报告人确认 { $awaiting } 件 · 报告人撤回 { $withdrawn } 件）
stats-response = 响应率 { $rate }（按时响应 { $n }/{ $of } 件已到响应时限或已响应）
stats-closure = 办结率 { $rate }（已办结 { $n }/{ $of } 件已到办结时限或已办结）
stats-closure-ontime = 按期办结率 { $rate }（{ $n }/{ $of }）
# The denominator is every ticket past or meeting its resolve deadline, less those awaiting the reporter's word: an
# overdue ticket nobody resolved is in it (orgmonth: "件已有结果" read as if every one of them had an outcome).
stats-resolution = 实际解决率 { $rate }（已解决 { $n }/{ $of } 件已到办结时限或已办结，不含等报告人确认的）
stats-satisfaction = 满意率 { $rate }（4–5 星 { $n }/{ $of } 条评价）
stats-ontime = 按期解决率 { $rate }（{ $n }/{ $of }）
stats-median-response = 首次响应用时（中位数）：{ $time }
stats-median-resolution = 解决用时（中位数）：{ $time }
stats-top = 主要问题：{ $list }
stats-top-item = { $category } { $n }
stats-list-separator = ；
stats-by-branch = 各支部：
stats-branch-row = { $branch }：受理 { $received } · 响应率 { $response } · 办结率 { $closure } · 实际解决率 { $resolution } · 满意率 { $satisfaction }
stats-branch-returned = { $branch }：退单 { $n } 件（已由其他单位办理）
stats-footnote = 注：未到时限且未处理的反映不计入分母。办结 = 支部已答复办理结果；实际解决 = 报告人确认已解决，或办结后 { $days } 天内未提出异议（等待确认中的不计）。
stats-btn-7d = 近 7 天
stats-btn-month = 本月
stats-btn-last = 上月

## /stats trend chart
stats-btn-chart = 📈 近半年趋势图
stats-chart-title = { $scope } 三率趋势
stats-chart-caption = 📈 { $scope } 近 { $months } 个月的响应率、办结率、实际解决率、满意率（空缺 = 当月尚无到期反映）
stats-chart-response = 响应率
stats-chart-closure = 办结率
stats-chart-solved = 实际解决率
stats-chart-satisfaction = 满意率
