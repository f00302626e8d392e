## What a worker sees of internal steps in their ticket's history (outcomes, not reasons)

ticket-worker-event-moved = Now handled by { $to }
ticket-worker-event-extended = Deadline extended to { $until }
ticket-worker-event-nudged = Reminded you to answer the branch
