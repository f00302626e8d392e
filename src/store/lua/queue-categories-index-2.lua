--[[
  One-off: file a branch's open tickets into its category queues (queue:{branch}:cat:{category}), for a
  store whose tickets were queued before the category queues existed. Since then every transition keeps
  them (includes/ticket.lua catq_sync); running this again, or beside transitions, changes nothing twice.

  KEYS[1]  zset    the branch queue (keys.ts branchQueue)
  KEYS[2]  string  the branch's "indexed" marker (keys.ts branchCategoryIndexed), set here
  ARGV[1]  prefix of ticket keys ("ws:ticket:")
  ARGV[2]  prefix of the branch's category queues ("ws:queue:{branch}:cat:")

  Returns the number of tickets filed (0 when the marker was already set).
]]
if redis.call('EXISTS', KEYS[2]) == 1 then return 0 end
local flat = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #flat, 2 do
  local cat = redis.call('HGET', ARGV[1] .. flat[i], 'category')
  if not cat or cat == '' then cat = 'other' end
  redis.call('ZADD', ARGV[2] .. cat, flat[i + 1], flat[i])
end
redis.call('SET', KEYS[2], '1')
return #flat / 2
