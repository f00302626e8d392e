--[[
  Take over updates whose handler's lease ran out (the process died or hung mid-update), leasing them
  to the caller, which handles them again.

  KEYS[1] {p}:upd:pending   update → JSON Incoming
  KEYS[2] {p}:upd:leases    update → lease expiry (ms)
  ARGV[1] lease (ms)   ARGV[2] at most this many
  Output: { id, json, id, json, … }
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local out = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))) do
  local json = redis.call('HGET', KEYS[1], id)
  if json then
    redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), id)
    out[#out + 1] = id
    out[#out + 1] = json
  else
    redis.call('ZREM', KEYS[2], id)
  end
end
return out
