--[[
  Replace a draft awaiting confirmation with its question's numbers hidden, only if it still holds what the caller
  read, keeping its TTL (the stop 41 upgrade: core/faq/upgrade.ts).

  KEYS[1]  string  JSON: the draft waiting for confirmation
  ARGV[1]  the value read
  ARGV[2]  the new value

  Returns 1 when replaced, 0 when it changed or went meanwhile.
]]
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
return 1
