--[[
  Put a job whose send failed for now (a 429, a transient error) back in the queue after a delay.
  Only the holder of the current lease may do it. A 429 also pauses the whole channel. A job of a
  cancelled broadcast is cancelled instead of requeued.

  KEYS[1] {p}:dlv:b:{id}             broadcast hash
  KEYS[2] {p}:dlv:b:{id}:state       chat → pending | sent | failed | cancelled | unsure
  KEYS[3] {p}:dlv:b:{id}:refs
  KEYS[4] {p}:dlv:b:{id}:failed
  KEYS[5] {p}:dlv:jobs               job → JSON payload
  KEYS[6] {p}:dlv:attempts           job → failed attempts
  KEYS[7] {p}:dlv:leased:{channel}   job → lease expiry (the lease token)
  KEYS[8] {p}:dlv:ready:{channel}    job → due time
  KEYS[9] {p}:dlv:pause:{channel}    exists while the channel honours a retry_after
  KEYS[10] {p}:dlv:b:{id}:unsure     chat → 1: a try may have reached the chat with no answer
  ARGV[1] job   ARGV[2] chat   ARGV[3] lease token (from the claim)
  ARGV[4] delay before the job is due again (ms)
  ARGV[5] '1' to count this as a failed attempt, '0' not to (a 429 is not the job's fault)
  ARGV[6] pause the channel for this long (ms), '0' for no pause; a pause is only ever lengthened
  ARGV[7] how long a finished broadcast is kept (ms)
  ARGV[8] '1' when this try had no answer and may have reached the chat (the next try says it may repeat), else '0'
  Output: { attempts so far, or -1 when the job was not requeued; 1 if the broadcast just finished else 0 }
]]
--@include delivery

local job, chat = ARGV[1], ARGV[2]
local pause = tonumber(ARGV[6])
if pause > 0 and redis.call('PTTL', KEYS[9]) < pause then
  redis.call('SET', KEYS[9], '1', 'PX', pause)
end

local lease = redis.call('ZSCORE', KEYS[7], job)
if not lease or tonumber(lease) ~= tonumber(ARGV[3]) then return { -1, 0 } end
-- Noted before anything else: whatever becomes of the job, this chat may have the message.
if ARGV[8] == '1' and redis.call('HGET', KEYS[2], chat) == 'pending' then
  redis.call('HSET', KEYS[10], chat, '1')
  redis.call('PEXPIRE', KEYS[10], tonumber(ARGV[7]))
end
redis.call('ZREM', KEYS[7], job)

if redis.call('HGET', KEYS[2], chat) ~= 'pending' or redis.call('HEXISTS', KEYS[5], job) == 0 then
  redis.call('HDEL', KEYS[5], job)
  redis.call('HDEL', KEYS[6], job)
  return { -1, 0 }
end
if redis.call('HEXISTS', KEYS[1], 'cancelledAt') == 1 then
  redis.call('HDEL', KEYS[5], job)
  redis.call('HDEL', KEYS[6], job)
  if redis.call('HEXISTS', KEYS[10], chat) == 1 then
    redis.call('HSET', KEYS[2], chat, 'unsure')
    redis.call('HINCRBY', KEYS[1], 'unsure', 1)
  else
    redis.call('HSET', KEYS[2], chat, 'cancelled')
    redis.call('HINCRBY', KEYS[1], 'cancelled', 1)
  end
  return { -1, finish(tonumber(ARGV[7])) }
end

local attempts = num(redis.call('HGET', KEYS[6], job))
if ARGV[5] == '1' then attempts = redis.call('HINCRBY', KEYS[6], job, 1) end
redis.call('ZADD', KEYS[8], now + math.max(0, tonumber(ARGV[4])), job)
return { attempts, 0 }
