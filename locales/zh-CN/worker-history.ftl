## What a worker sees of internal steps in their ticket's history (outcomes, not reasons)

ticket-worker-event-moved = 转由 { $to } 办理
ticket-worker-event-extended = 办理时限延长至 { $until }
ticket-worker-event-nudged = 提醒您回复支部的问题
