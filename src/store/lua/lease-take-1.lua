--[[
  Take a lease, or renew it when the caller already holds it (the long-polling lease: one poller per bot).

  KEYS[1] the lease (a string holding its holder's token)
  ARGV[1] the caller's token (instance id and a random part: a fencing value no other process has)
  ARGV[2] lease length in ms
  Output: 1 if the caller holds the lease for ARGV[2] ms from now, 0 if another process holds it
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return 1
end
return 0
