--[[
  One person's 👍/👎 on an FAQ entry; a new vote replaces their earlier one.

  KEYS[1] hash   voter → up | down
  ARGV[1] voter   ARGV[2] 'up' | 'down'

  Returns 'new', 'changed' or 'same'.
]]
local previous = redis.call('HGET', KEYS[1], ARGV[1])
if previous == ARGV[2] then return 'same' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
if previous then return 'changed' end
return 'new'
