--[[
  The /report link token of a group, made on first use: the group's token if it has one, else the
  candidate, stored both ways. Concurrent first uses all get the one token that was stored.

  KEYS[1] string  the group's token (reportlink:chat:{chat})
  KEYS[2] string  the candidate token's group (reportlink:{candidate})
  ARGV[1] the candidate token   ARGV[2] the group (channel:chatId)

  Returns the group's token, or false when the candidate belongs to another group (draw another).
]]
local existing = redis.call('GET', KEYS[1])
if existing then return existing end
if redis.call('EXISTS', KEYS[2]) == 1 then return false end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('SET', KEYS[2], ARGV[2])
return ARGV[1]
