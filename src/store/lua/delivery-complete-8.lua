--[[
  Record that a job's message was accepted by the platform. Recorded even when the lease was lost
  (the message did go out); a job already recorded as sent is left alone, so the caller learns
  whether this was the first delivery of the pair or a duplicate.

  KEYS[1] {p}:dlv:b:{id}             broadcast hash
  KEYS[2] {p}:dlv:b:{id}:state       chat → pending | sent | failed | cancelled | unsure
  KEYS[3] {p}:dlv:b:{id}:refs        chat → JSON MessageRef
  KEYS[4] {p}:dlv:b:{id}:failed      chat → JSON { reason, detail }
  KEYS[5] {p}:dlv:jobs               job → JSON payload
  KEYS[6] {p}:dlv:attempts           job → failed attempts
  KEYS[7] {p}:dlv:leased:{channel}   job → lease expiry
  KEYS[8] {p}:dlv:ready:{channel}    job → due time
  ARGV[1] job ("{id} {chat}")
  ARGV[2] chat
  ARGV[3] the sent message's ref (JSON)
  ARGV[4] how long a finished broadcast is kept (ms)
  Output: { 1 if this is the first delivery recorded for the pair else 0, 1 if the broadcast just finished else 0 }
]]
--@include delivery

local job, chat = ARGV[1], ARGV[2]
redis.call('ZREM', KEYS[7], job)
redis.call('ZREM', KEYS[8], job)
redis.call('HDEL', KEYS[5], job)
redis.call('HDEL', KEYS[6], job)

local state = redis.call('HGET', KEYS[2], chat)
if state == 'cancelled' then
  redis.call('HINCRBY', KEYS[1], 'cancelled', -1)
elseif state == 'unsure' then
  redis.call('HINCRBY', KEYS[1], 'unsure', -1)
elseif state == 'failed' then
  redis.call('HINCRBY', KEYS[1], 'failed', -1)
  redis.call('HDEL', KEYS[4], chat)
elseif state ~= 'pending' then
  return { 0, 0 } -- already sent (a duplicate), or the broadcast has expired
end
redis.call('HSET', KEYS[2], chat, 'sent')
redis.call('HSET', KEYS[3], chat, ARGV[3])
redis.call('HINCRBY', KEYS[1], 'sent', 1)
return { 1, finish(tonumber(ARGV[4])) }
