--[[
  Count one more unanswered, 👎 or passed-over asking of a question for /gaps.

  KEYS[1]  zset   normalised question → times asked unanswered, voted 👎 or passed over
  KEYS[2]  hash   the gap's details: q, text, asked, down, skipped, entry, status, at (and pick:/by: marks,
                  see faq-gap-pick-1)
  ARGV[1]  normalised question (the zset member)
  ARGV[2]  the question as a worker wrote it (scrubbed), kept as a sample when the gap is new
  ARGV[3]  field to count: asked | down | skipped
  ARGV[4]  entry id answered (that got the 👎, or that the asker passed over; '' for none)
  ARGV[5]  now (ms)
  ARGV[6]  most gaps kept (the least frequent are dropped)
  ARGV[7]  TTL of the details (seconds)
  ARGV[8]  picker: a short hash of the asker who passed the answer over for another entry ('' for none);
           counted once per picker and question
  ARGV[9]  the entry that asker picked instead ('' for none)

  Returns the gap's new count; 0 when this picker had been counted already (nothing changes).
]]
if ARGV[8] ~= '' then
  if redis.call('HSETNX', KEYS[2], 'by:' .. ARGV[8], ARGV[9]) == 0 then return 0 end
  redis.call('HINCRBY', KEYS[2], 'pick:' .. ARGV[9], 1)
end
local count = redis.call('ZINCRBY', KEYS[1], 1, ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[6]) - 1)
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
redis.call('HSET', KEYS[2], 'q', ARGV[1], 'status', 'open', 'at', ARGV[5])
redis.call('HSETNX', KEYS[2], 'text', ARGV[2])
if ARGV[4] ~= '' then redis.call('HSET', KEYS[2], 'entry', ARGV[4]) end
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[7]))
return tonumber(count)
