--[[
  A chat's turn across processes: updates of one chat wait in a queue ordered by update id, and only the
  oldest waiting one may take the chat's lock. A waiter refreshes its place on every call; one that
  stopped calling (its process died) is dropped once its place expires, so it never blocks the chat.

  KEYS[1] the chat's lock (string: the holder's token, PX)
  KEYS[2] the chat's waiting updates (zset: token → update id)
  KEYS[3] the waiters' deadlines (hash: token → ms after which a silent waiter is dropped)
  ARGV[1] the caller's token (random per update)
  ARGV[2] the update id (the order within the chat)
  ARGV[3] lock length in ms
  ARGV[4] how long a waiter's place lasts without a refresh, in ms
  Output: 1 if the caller now holds the chat's lock (and has left the queue), 0 if it must wait
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local token, waitMs = ARGV[1], tonumber(ARGV[4])

redis.call('ZADD', KEYS[2], ARGV[2], token)
redis.call('HSET', KEYS[3], token, now + waitMs)
-- The queue and deadlines vanish on their own once nobody is waiting any more.
redis.call('PEXPIRE', KEYS[2], waitMs * 2)
redis.call('PEXPIRE', KEYS[3], waitMs * 2)

-- Drop dead waiters in front of the queue (only the head can block anyone).
local head
while true do
  head = redis.call('ZRANGE', KEYS[2], 0, 0)[1]
  if head == nil or head == token then break end
  local deadline = tonumber(redis.call('HGET', KEYS[3], head) or '0')
  if deadline >= now then break end
  redis.call('ZREM', KEYS[2], head)
  redis.call('HDEL', KEYS[3], head)
end

if head ~= token or redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], token, 'PX', ARGV[3])
redis.call('ZREM', KEYS[2], token)
redis.call('HDEL', KEYS[3], token)
return 1
