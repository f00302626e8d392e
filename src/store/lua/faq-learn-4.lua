--[[
  Make a /gaps question a learned example of an FAQ entry (used by retrieval from now on), and close the gap.

  KEYS[1]  hash   the gap: q (normalised), text (a sample as asked)
  KEYS[2]  zset   the gaps' counts
  KEYS[3]  hash   the pack's learned examples: normalised question → JSON { entry, text, by, at }
  KEYS[4]  string the pack's learned-examples version
  ARGV[1]  entry id
  ARGV[2]  who (channel:user)
  ARGV[3]  now (ms)

  Returns { 'ok', text, version } | { 'missing' } (the gap is gone, or handled already: learned or drafted —
  a second press on an old list must not re-link it).
]]
local gap = redis.call('HMGET', KEYS[1], 'q', 'text', 'status')
if not gap[1] or gap[3] ~= 'open' then return { 'missing' } end
local text = gap[2] or gap[1]
redis.call('HSET', KEYS[3], gap[1],
  cjson.encode({ entry = ARGV[1], text = text, by = ARGV[2], at = tonumber(ARGV[3]) }))
local version = redis.call('INCR', KEYS[4])
redis.call('ZREM', KEYS[2], gap[1])
redis.call('HSET', KEYS[1], 'status', 'learned', 'entry', ARGV[1])
return { 'ok', text, tostring(version) }
