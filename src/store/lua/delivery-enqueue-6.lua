--[[
  Queue one broadcast's jobs on one channel. A (broadcast, chat) pair is queued at most once:
  enqueuing the same broadcast again queues only the chats it has never seen.

  KEYS[1] {p}:dlv:b:{id}            broadcast hash (id, kind, total, sent, failed, cancelled, …)
  KEYS[2] {p}:dlv:b:{id}:state      chat → pending | sent | failed | cancelled
  KEYS[3] {p}:dlv:b:{id}:refs       chat → JSON MessageRef
  KEYS[4] {p}:dlv:b:{id}:failed     chat → JSON { reason, detail }
  KEYS[5] {p}:dlv:jobs              job → JSON payload
  KEYS[6] {p}:dlv:ready:{channel}   job → due time (ms, Redis clock)
  ARGV[1] broadcast id (no whitespace)
  ARGV[2] kind
  ARGV[3] delay in ms before the jobs are due, counted from now on the Redis clock (negative: ahead of
          everything queued, for replies handed to the queue)
  ARGV[4] progress target as JSON, or '' for none
  ARGV[5], ARGV[6], … pairs of chat ("{channel}:{chatId}") and job payload (JSON)
  Output: the number of jobs newly queued
  A job is named "{broadcast id} {chat}".
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local due = now + tonumber(ARGV[3])

redis.call('HSETNX', KEYS[1], 'id', ARGV[1])
redis.call('HSETNX', KEYS[1], 'kind', ARGV[2])
redis.call('HSETNX', KEYS[1], 'createdAt', now)
if ARGV[4] ~= '' then redis.call('HSETNX', KEYS[1], 'progress', ARGV[4]) end

local queued = 0
for i = 5, #ARGV, 2 do
  local chat = ARGV[i]
  if redis.call('HSETNX', KEYS[2], chat, 'pending') == 1 then
    local job = ARGV[1] .. ' ' .. chat
    redis.call('HSET', KEYS[5], job, ARGV[i + 1])
    redis.call('ZADD', KEYS[6], due, job)
    queued = queued + 1
  end
end

if queued > 0 then
  redis.call('HINCRBY', KEYS[1], 'total', queued)
  -- A finished broadcast that gains chats is open again (and no longer expires).
  redis.call('HDEL', KEYS[1], 'finishedAt')
  for k = 1, 4 do redis.call('PERSIST', KEYS[k]) end
end
return queued
