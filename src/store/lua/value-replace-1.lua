--[[
  Replace a string only if it still holds the value the caller read: a read, a decision made from it (in TypeScript,
  where the logic lives), then this, is one step — a caller that lost the race reads again and decides again, where
  GET then SET across round trips would overwrite what another caller just wrote. The new value gets a TTL of its own,
  or keeps the one the key has.

  Callers: a person's last words (store/dialogs.ts `replaceLastWords`: a TTL each time, as long as the run can go
  on), a draft awaiting confirmation with its question's numbers hidden (store/faq.ts, the stop 41 upgrade: its TTL
  kept, so the upgrade gives it no longer to wait).

  KEYS[1] the string
  ARGV[1] the value read ("" for none: a key that is not there reads as "")
  ARGV[2] the new value
  ARGV[3] its TTL in seconds, or "keep" to keep the key's (a key that was not there then has none)

  Returns 1 when replaced, 0 when the value changed or went meanwhile (nothing written).
]]
local now = redis.call('GET', KEYS[1]) or ''
if now ~= ARGV[1] then return 0 end
if ARGV[3] == 'keep' then
  redis.call('SET', KEYS[1], ARGV[2], 'KEEPTTL')
else
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
end
return 1
