## Reports: the deadline sweep, the morning digest and /stats (figures)

## Durations

span-minutes = { $n } min
span-hours = { $n } h
span-days = { $n } { $n ->
    [one] day
   *[other] days
}

## Deadline sweep (triage chats, escalation chat)

sweep-remind = ⏰ Reminder: { $id } is due for { $deadline ->
        [respond] a response
       *[resolve] resolution
    } in { $left } ({ $due })
sweep-remind-owner = Handled by: { $who }
sweep-overdue-reason = Past its { $deadline ->
        [respond] response
       *[resolve] resolution
    } deadline ({ $due }, { $late } late); escalated automatically
sweep-unclaimed-reason = 🔴 Emergency still unclaimed: the reporter has waited { $waited } (respond deadline { $due } passed); the system escalates again, { $n } of { $of } — please claim it
ticket-event-reminded = { $who }: deadline reminder
ticket-event-nudged = { $who }: reminded the reporter to reply

## Morning digest (triage chats)

digest-title = 🌅 Morning list · { $branch } · { $date }
digest-counts = Open { $open } · overdue { $overdue } · due within 24 h { $soon }
digest-overdue = ⛔ Overdue:
digest-soon = ⏰ Due within 24 hours:
digest-line = { $id } · { $category } · { $deadline ->
        [respond] respond
       *[resolve] resolve
    } by { $due }
digest-late = ({ $span } late)
digest-left = ({ $span } left)
digest-more = …and { $n } more: open the queue to see them.
digest-clear = ✅ Nothing overdue or due within 24 hours.
digest-waiting = ⏸ Waiting for the reporter (resolve deadline paused):
digest-waiting-line = { $id } · { $category } · waiting for the reporter for { $span }
digest-waiting-unanswered = (no reply for { $days } days: you may resolve it noting "no reply from the reporter"; it will not close by itself)
digest-btn-queue = 📋 Open the queue

## /stats

cmd-stats = Report figures: response, resolution, satisfaction (secretaries)
stats-usage = Usage: /stats [branch] [period]. Branch: a word of its name (or its id); period: nothing for this month, last for last month, 7d for the last 7 days, 2026-11 for a month; organisers can write all for the whole district.
stats-ambiguous = "{ $arg }" matches several branches: { $branches }. Write more of the name, or the id in brackets.
stats-unknown = I don't understand "{ $arg }".
stats-choose = Choose a branch:
stats-district = Whole district
stats-title = 📊 { $scope } · { $period }
stats-period-month = { $year }-{ $month }
stats-period-days = last { $days } days
stats-period-dates = { $from } to { $to }
stats-asof = As of { $time }
stats-none = No reports were received in this period.
stats-none-kept = No reports of this period stayed with this branch.
stats-returned = ↩️ Returned { $n }: handled by another branch now, counted there
stats-na = —
stats-received = Received { $received } (open { $open } · awaiting the reporter's word { $awaiting })
stats-received-withdrawn = Received { $received } (open { $open } · awaiting the reporter's word { $awaiting } · withdrawn by the reporter { $withdrawn })
stats-response = Response rate { $rate } (responded in time { $n }/{ $of } past or met their respond deadline)
stats-closure = Closure rate { $rate } (closed { $n }/{ $of } past or met their resolve deadline)
stats-closure-ontime = Closed on time { $rate } ({ $n }/{ $of })
# The denominator is every ticket past or meeting its resolve deadline, less those awaiting the reporter's word: an
# overdue ticket nobody resolved is in it (orgmonth: "with a known outcome" read as if every one of them had one).
stats-resolution = Solved rate { $rate } (solved { $n }/{ $of } past or met their resolve deadline, leaving out those awaiting the reporter's word)
stats-satisfaction = Satisfaction { $rate } (4–5 stars { $n }/{ $of } ratings)
stats-ontime = Solved on time { $rate } ({ $n }/{ $of })
stats-median-response = Time to first response (median): { $time }
stats-median-resolution = Time to resolution (median): { $time }
stats-top = Top problems: { $list }
stats-top-item = { $category } { $n }
stats-list-separator = ;{" "}
stats-by-branch = By branch:
stats-branch-row = { $branch }: received { $received } · response { $response } · closure { $closure } · solved { $resolution } · satisfaction { $satisfaction }
stats-branch-returned = { $branch }: returned { $n } (handled elsewhere now)
stats-footnote = A ticket counts against a deadline only once the deadline has passed or been met. Closed = the branch gave its resolution; solved = the reporter confirmed it, or raised no objection within { $days } days (tickets awaiting their word are left out).
stats-btn-7d = Last 7 days
stats-btn-month = This month
stats-btn-last = Last month

## /stats trend chart
stats-btn-chart = 📈 Six-month trend
stats-chart-title = { $scope }: rates by month
stats-chart-caption = 📈 { $scope }: response, closure, solved and satisfaction rates over the last { $months } months (a gap = nothing due that month)
stats-chart-response = Response
stats-chart-closure = Closure
stats-chart-solved = Solved
stats-chart-satisfaction = Satisfaction
