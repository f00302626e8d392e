--[[
  Rewrite a ticket's kept words with the current masking (the kept-text upgrade, core/faq/upgrade.ts): its summary
  (on the state hash) and its body's JSON (the report's text and evidence), both or neither, only if each still holds
  what the caller read — TypeScript decides the new words, where the mask lives; a ticket anonymised or changed
  meanwhile is left as it now is. The body's TTL, if any, is kept.

  KEYS[1] {p}:ticket:{id}        hash
  KEYS[2] {p}:ticket:{id}:body   string (JSON)
  ARGV[1] the summary read ("" for none)   ARGV[2] the new summary
  ARGV[3] the body read ("" for none)      ARGV[4] the new body

  Returns 1 when rewritten, 0 when either changed or the ticket went meanwhile (nothing written).
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if (redis.call('HGET', KEYS[1], 'summary') or '') ~= ARGV[1] then return 0 end
if (redis.call('GET', KEYS[2]) or '') ~= ARGV[3] then return 0 end
if ARGV[2] ~= ARGV[1] then redis.call('HSET', KEYS[1], 'summary', ARGV[2]) end
if ARGV[4] ~= ARGV[3] then redis.call('SET', KEYS[2], ARGV[4], 'KEEPTTL') end
return 1
