--[[
  Set fields of a hash only if it exists: an update never creates half a record (a binding, a notice)
  that was removed meanwhile.

  KEYS[1] the hash
  ARGV[1..] field, value, field, value, …

  Returns 1 when updated, 0 when the hash does not exist.
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV))
return 1
