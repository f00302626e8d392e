--[[
  Record one person's "got it" on a notice in one chat, once while it is remembered: the count, the version of the
  notice they pressed it on, and who they are (their name as the platform shows it) for the notice's details.

  KEYS[1]  set     users who acknowledged the notice in this chat, as kept before stop 39 (read, never added to)
  KEYS[2]  string  this person acknowledged it in this chat (PX: forgotten after ARGV[3])
  KEYS[3]  hash    the notice's acknowledgement counts: chat → count (kept for good)
  KEYS[4]  hash    the counts per version: "<chat> <rev>" → count (rev 0: the words first sent; kept for good)
  KEYS[5]  zset    who pressed in this chat: JSON [user, name, rev] scored by the press's time (ms); entries older
                   than ARGV[3] are dropped at each press, and the key expires ARGV[3] after the last one
  ARGV[1]  user id
  ARGV[2]  the chat (channel:chatId)
  ARGV[3]  how long who pressed is remembered (ms)
  ARGV[4]  the version pressed (0 for the first words, n after the n-th correction)
  ARGV[5]  the person's name (masked by the caller; '' when the platform gave none)
  ARGV[6]  now (ms)

  Returns { 1, count in this chat } for a first acknowledgement, { 0, count } for a repeat. A press after its
  person was forgotten counts again.
]]
local keep = tonumber(ARGV[3])
-- A set written before stop 39 has no expiry: it gets one now, and the people in it stay counted until then.
if redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], keep) end
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1
  or not redis.call('SET', KEYS[2], '1', 'PX', keep, 'NX') then
  return { 0, tonumber(redis.call('HGET', KEYS[3], ARGV[2]) or '0') }
end
local now = tonumber(ARGV[6])
redis.call('HINCRBY', KEYS[4], ARGV[2] .. ' ' .. ARGV[4], 1)
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', '(' .. (now - keep))
redis.call('ZADD', KEYS[5], now, cjson.encode({ ARGV[1], ARGV[5], tonumber(ARGV[4]) }))
redis.call('PEXPIRE', KEYS[5], keep)
return { 1, redis.call('HINCRBY', KEYS[3], ARGV[2], 1) }
