--[[
  Record that a job failed for good (the bot was removed, a bad request, too many transient errors).
  Only the holder of the current lease may do it; a pair already sent stays sent. A chat that one of the job's
  tries may have reached (a send with no answer: KEYS[8], or this try: ARGV[6]) is no failure: it ends `unsure`,
  counted apart (the broadcast's `unsure`), the failure not kept.

  KEYS[1] {p}:dlv:b:{id}             broadcast hash
  KEYS[2] {p}:dlv:b:{id}:state       chat → pending | sent | failed | cancelled | unsure
  KEYS[3] {p}:dlv:b:{id}:refs
  KEYS[4] {p}:dlv:b:{id}:failed      chat → JSON { reason, detail }
  KEYS[5] {p}:dlv:jobs               job → JSON payload
  KEYS[6] {p}:dlv:attempts           job → failed attempts
  KEYS[7] {p}:dlv:leased:{channel}   job → lease expiry (the lease token)
  KEYS[8] {p}:dlv:b:{id}:unsure      chat → 1: a try may have reached the chat with no answer
  ARGV[1] job   ARGV[2] chat   ARGV[3] lease token (from the claim)
  ARGV[4] the failure as JSON { reason, detail }
  ARGV[5] how long a finished broadcast is kept (ms)
  ARGV[6] '1' when this try had no answer and may have reached the chat, else '0'
  Output: { 1 if the failure was recorded else 0, 1 if the broadcast just finished else 0, 1 if it ended unsure }
]]
--@include delivery

local job, chat = ARGV[1], ARGV[2]
local lease = redis.call('ZSCORE', KEYS[7], job)
if not lease or tonumber(lease) ~= tonumber(ARGV[3]) then return { 0, 0, 0 } end
redis.call('ZREM', KEYS[7], job)
redis.call('HDEL', KEYS[5], job)
redis.call('HDEL', KEYS[6], job)
if redis.call('HGET', KEYS[2], chat) ~= 'pending' then return { 0, 0, 0 } end
if ARGV[6] == '1' or redis.call('HEXISTS', KEYS[8], chat) == 1 then
  redis.call('HSET', KEYS[8], chat, '1')
  redis.call('PEXPIRE', KEYS[8], tonumber(ARGV[5]))
  redis.call('HSET', KEYS[2], chat, 'unsure')
  redis.call('HINCRBY', KEYS[1], 'unsure', 1)
  return { 1, finish(tonumber(ARGV[5])), 1 }
end
redis.call('HSET', KEYS[2], chat, 'failed')
redis.call('HSET', KEYS[4], chat, ARGV[4])
redis.call('HINCRBY', KEYS[1], 'failed', 1)
return { 1, finish(tonumber(ARGV[5])), 0 }
