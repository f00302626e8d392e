--[[
  Extend a lease only if the caller still holds it (a chat's turn while its update is being handled).

  KEYS[1] the lease (a string holding its holder's token)
  ARGV[1] the caller's token
  ARGV[2] new length in ms
  Output: 1 if extended, 0 if the lease expired or belongs to another holder now
]]
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
