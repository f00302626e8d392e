--[[
  Count one more unanswered (or 👎) asking of a question for /gaps.

  KEYS[1]  zset   normalised question → times asked unanswered or voted 👎
  KEYS[2]  hash   the gap's details: q, text, asked, down, entry, status, at
  ARGV[1]  normalised question (the zset member)
  ARGV[2]  the question as a worker wrote it (scrubbed), kept as a sample when the gap is new
  ARGV[3]  field to count: asked | down
  ARGV[4]  entry id that got the 👎 ('' for none)
  ARGV[5]  now (ms)
  ARGV[6]  most gaps kept (the least frequent are dropped)
  ARGV[7]  TTL of the details (seconds)

  Returns the gap's new count.
]]
local count = redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[6]) - 1)
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
redis.call('HSET', KEYS[2], 'q', ARGV[1], 'status', 'open', 'at', ARGV[5])
redis.call('HSETNX', KEYS[2], 'text', ARGV[2])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], 'entry', ARGV[4]) end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[7]))
return tonumber(count)
