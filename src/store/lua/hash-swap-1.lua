--[[
  Replace some fields of a hash only if each still holds the value the caller read: a read, a decision made from it
  (in TypeScript, where the logic lives), then this, is one step — a field another step changed meanwhile is never
  overwritten, and the hash is not brought back when it went (expired, removed). The hash's TTL is kept.

  Callers: the kept-text upgrade (core/faq/upgrade.ts, store/faq.ts `maskKeptQuestions`): a question kept for passing
  rewritten with the current masking.

  KEYS[1] the hash
  ARGV    triples: field, the value read ("" for a field that was not there), the new value

  Returns 1 when every field was replaced, 0 when one changed or the hash went meanwhile (nothing written).
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 3 do
  if (redis.call('HGET', KEYS[1], ARGV[i]) or '') ~= ARGV[i + 1] then return 0 end
end
for i = 1, #ARGV, 3 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 2])
end
return 1
