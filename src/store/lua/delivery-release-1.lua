--[[
  Release a lock only if it is still held by the caller (it may have expired and been taken by another).

  KEYS[1] the lock (a string holding its holder's token)
  ARGV[1] the caller's token
  Output: 1 if released, 0 if the lock was not the caller's
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
