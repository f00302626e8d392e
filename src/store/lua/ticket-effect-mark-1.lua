--[[
  Mark one effect of a ticket's event done (`fx:<seq>:<i>`, core/reports/effects.ts), unless the ticket's done point
  (`fxSeq`) already covers that event. Two replicas' recover() may run one ticket's effects at once: one finishes
  the event and moves the done point on, which removes the event's marks (ticket-effects-done-2); the other, a step
  behind, would then set a mark nothing ever removes again. Refused here, in the same step that reads the done
  point, so a ticket holds marks only for events not done yet.

  KEYS[1]  hash  the ticket
  ARGV[1]  the event's seq
  ARGV[2]  the mark's field (fx:<seq>:<i>)

  Returns 1 when marked (or marked already), 0 when the done point covers the event or the ticket is gone.
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local fx = tonumber(redis.call('HGET', KEYS[1], 'fxSeq') or '0')
if tonumber(ARGV[1]) <= fx then return 0 end
redis.call('HSETNX', KEYS[1], ARGV[2], '1')
return 1
