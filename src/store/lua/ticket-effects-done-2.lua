--[[
  Record that the effects (messages, card edits) of a ticket's events up to a seq have been performed;
  when none are left the ticket leaves the pending hash.

  KEYS[1] ticket hash   KEYS[2] pending effects
  ARGV[1] ticket id   ARGV[2] the last event seq whose effects are done

  The done-once marks of effects (`fx:<seq>:<i>`, core/reports/effects.ts) of events up to the new fxSeq are
  covered by it from now on: they are removed, so the ticket hash does not keep one per event for good.

  Returns the number of events whose effects are still to do.
]]
local fx = tonumber(redis.call('HGET', KEYS[1], 'fxSeq') or '0')
local done = tonumber(ARGV[2])
if done > fx then
  redis.call('HSET', KEYS[1], 'fxSeq', done)
  fx = done
  for _, field in ipairs(redis.call('HKEYS', KEYS[1])) do
    local seq = string.match(field, '^fx:(%d+):%d+$')
    if seq and tonumber(seq) <= fx then redis.call('HDEL', KEYS[1], field) end
  end
end
local ev = tonumber(redis.call('HGET', KEYS[1], 'evSeq') or '0')
if fx >= ev then redis.call('HDEL', KEYS[2], ARGV[1]) end
return math.max(ev - fx, 0)
