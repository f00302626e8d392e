--[[
  Replace a string only if it still holds the value the caller read, with a TTL: a read, a decision made from it
  (in TypeScript, where the logic lives), then this, is one step — a caller that lost the race reads again and
  decides again, where GET then SET across round trips would overwrite what another caller just wrote.

  KEYS[1] the string
  ARGV[1] the value read ("" for none)
  ARGV[2] the new value
  ARGV[3] its TTL (seconds)

  Returns 1 when replaced, 0 when the value changed meanwhile (nothing written).
]]
local now = redis.call('GET', KEYS[1]) or ''
if now ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1
