--[[
  Record one person's "got it" on a notice in one chat, once while it is remembered.

  KEYS[1]  set     users who acknowledged the notice in this chat, as kept before stop 39 (read, never added to)
  KEYS[2]  string  this person acknowledged it in this chat (PX: forgotten after ARGV[3])
  KEYS[3]  hash    the notice's acknowledgement counts: chat → count (kept for good)
  ARGV[1]  user id
  ARGV[2]  the chat (channel:chatId)
  ARGV[3]  how long who pressed is remembered (ms)

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
return { 1, redis.call('HINCRBY', KEYS[3], ARGV[2], 1) }
