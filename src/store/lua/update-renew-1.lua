--[[
  Extend the leases of updates this process is still handling (or that wait behind their chat's
  earlier updates); an update finished meanwhile is not brought back.

  KEYS[1] {p}:upd:leases   update → lease expiry (ms)
  ARGV[1] lease (ms)   ARGV[2], … the updates' ids
  Output: leases extended
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for i = 2, #ARGV do
  n = n + redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i])
end
return n
