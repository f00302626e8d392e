--[[
  Replace a hash field's value only if the field is there: a record another step removed meanwhile (a card
  copy no longer followed) stays removed, where HEXISTS then HSET across two round trips could bring it back.

  KEYS[1] the hash
  ARGV[1] field   ARGV[2] value

  Returns 1 when replaced, 0 when the field was not there.
]]
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return 1
