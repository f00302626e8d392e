--[[
  The worker who asked a /gaps question picked one of the "did you mean" entries: count it once per
  worker, on a gap still open (a pick never creates a gap, nor outlives it or its handling).

  KEYS[1]  hash   the gap's details (see faq-gap-log-2): gains `pick:<entry>` counts and `by:<picker>` marks
  ARGV[1]  entry id picked
  ARGV[2]  picker (a short hash of the worker's id)

  Returns 1 when counted, 0 when the gap is gone or handled, or this worker had picked already.
]]
if redis.call('HGET', KEYS[1], 'status') ~= 'open' then return 0 end
if redis.call('HSETNX', KEYS[1], 'by:' .. ARGV[2], ARGV[1]) == 0 then return 0 end
redis.call('HINCRBY', KEYS[1], 'pick:' .. ARGV[1], 1)
return 1
