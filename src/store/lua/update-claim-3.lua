--[[
  Claim an update for handling, keeping it until its handling has finished: a process killed mid-update
  leaves it here, and once the lease runs out any process handles it again (update-recover).

  KEYS[1] {p}:seen:{channel}:{updateId}   exists once the update's handling has finished
  KEYS[2] {p}:upd:pending                 update ({channel}:{updateId}) → JSON Incoming
  KEYS[3] {p}:upd:leases                  update → lease expiry (ms)
  ARGV[1] the update's id ({channel}:{updateId})   ARGV[2] the update as JSON   ARGV[3] lease (ms)
  Output: 'claimed' | 'reclaimed' (an earlier handler's lease ran out: it may have replied already)
        | 'done' (handled before: a redelivery) | 'busy' (another handler holds it now)
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
if redis.call('EXISTS', KEYS[1]) == 1 then return 'done' end
local lease = redis.call('ZSCORE', KEYS[3], ARGV[1])
if lease and tonumber(lease) > now then return 'busy' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[3], now + tonumber(ARGV[3]), ARGV[1])
if lease then return 'reclaimed' end
return 'claimed'
