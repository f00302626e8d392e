## What a worker sees of internal steps in their ticket's history (outcomes, not reasons)

ticket-worker-event-moved = 轉由 { $to } 辦理
ticket-worker-event-extended = 辦理時限延長至 { $until }
ticket-worker-event-nudged = 提醒您回覆支部的問題
