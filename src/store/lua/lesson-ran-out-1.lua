--[[
  Record the first push of a schedule that found no lesson left for any group, in one step: set the send time
  unless a run-out is recorded already, and answer the one recorded. Read and write apart, a push that found
  lessons (and cleared the mark) between them left the caller reading nothing, and the run-out went untold.

  KEYS[1] string  the schedule's run-out mark ({p}:lessons:ran-out:{schedule})
  ARGV[1]         this push's send time (epoch ms)
  Output: the send time recorded — ARGV[1] for the first run-out (or a retry of that push), else the earlier one
]]
local recorded = redis.call('GET', KEYS[1])
if recorded then return recorded end
redis.call('SET', KEYS[1], ARGV[1])
return ARGV[1]
