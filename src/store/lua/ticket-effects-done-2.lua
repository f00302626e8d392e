--[[
  Record that the effects (messages, card edits) of a ticket's events up to a seq have been performed;
  when none are left the ticket leaves the pending hash.

  KEYS[1] ticket hash   KEYS[2] pending effects
  ARGV[1] ticket id   ARGV[2] the last event seq whose effects are done

  The done-once marks of effects (`fx:<seq>:<i>`, core/reports/effects.ts) of the events the done point passes are
  covered by it from now on: they are removed, so the ticket hash does not keep one per event for good. Only those
  events' marks are looked at, never the whole hash: an event's marks are set in order, `fx:<seq>:0` first, each
  only once the one before it is there, so they are deleted from 0 up until one is missing. The cost is the events
  passed (one, as the engine moves on) and their marks (one, at most two), however long the ticket's history.

  Returns the number of events whose effects are still to do.
]]
local fx = tonumber(redis.call('HGET', KEYS[1], 'fxSeq') or '0')
local ev = tonumber(redis.call('HGET', KEYS[1], 'evSeq') or '0')
local done = tonumber(ARGV[2])
if done > fx then
  redis.call('HSET', KEYS[1], 'fxSeq', done)
  -- No event past evSeq has been logged, so none has marks.
  for seq = fx + 1, math.min(done, ev) do
    local i = 0
    while redis.call('HDEL', KEYS[1], 'fx:' .. seq .. ':' .. i) == 1 do i = i + 1 end
  end
  fx = done
end
if fx >= ev then redis.call('HDEL', KEYS[2], ARGV[1]) end
return math.max(ev - fx, 0)
