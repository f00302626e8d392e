--[[
  Claim the next job of one channel that may be sent now, taking its send slots from the channel's
  and the chat's sliding windows in the same step, so processes sharing this Redis share the limits.
  Expired leases (a process that died or hung mid-send) go back to the queue first. A job whose chat
  window is full is pushed back to the moment that window opens, so it does not block the jobs behind it.

  A slot is stamped "in flight" (now + ARGV[8]) until delivery-settle restamps it with the time the
  platform answered. The platform saw the request at or before its answer, so a window counted on
  answer times never holds fewer requests than the platform's own window, whatever the network jitter.

  KEYS[1] {p}:dlv:ready:{channel}    job → due time (ms)
  KEYS[2] {p}:dlv:leased:{channel}   job → lease expiry (ms); the expiry is also the lease token
  KEYS[3] {p}:dlv:jobs               job → JSON payload ({ chat = channel:chatId, cost = slots, … })
  KEYS[4] {p}:dlv:attempts           job → failed attempts so far
  KEYS[5] {p}:dlv:win:{channel}      slot → time taken (ms)
  KEYS[6] {p}:dlv:pause:{channel}    exists while the channel honours a retry_after
  KEYS[7] {p}:dlv:seq                slot counter
  KEYS[8] {p}:dlv:iwait:{channel}    interactive requests waiting for a channel slot → until (ms)
  KEYS[9] {p}:dlv:hot:{channel}      exists while interactive traffic was seen lately
  ARGV[1] per-chat window key prefix: a chat's window is ARGV[1] .. chat
          (built here because the chat is known only here; the store runs on one Redis, not a cluster)
  ARGV[2] lease (ms)
  ARGV[3] channel limit: slots per window    ARGV[4] channel window (ms)
  ARGV[5] chat limit: slots per window       ARGV[6] chat window (ms)
  ARGV[7] how many due jobs to look at in one call
  ARGV[8] how long an unanswered request holds its slot (ms)
  ARGV[9] slots of the channel window left to interactive traffic while it is active
  Jobs are bulk work: they yield to interactive requests (see bulk_limit in the limiter include).
  Output: { 'job', job, payload, lease token, depth, attempts, slots (comma-separated slot ids) }
        | { 'wait', ms until something may be claimable (0: call again), depth }
        | { 'empty', 0, depth }
  depth = jobs queued or being sent on the channel.
]]
--@include limiter

-- Take `cost` slots in both windows, stamped in flight; returns their ids.
local function take(channelKey, chatKey, cost)
  local hold = tonumber(ARGV[8])
  local ids = {}
  for i = 1, cost do
    ids[i] = redis.call('INCR', KEYS[7])
    redis.call('ZADD', channelKey, now + hold, ids[i])
    redis.call('ZADD', chatKey, now + hold, ids[i])
  end
  redis.call('PEXPIRE', channelKey, hold + tonumber(ARGV[4]))
  redis.call('PEXPIRE', chatKey, hold + tonumber(ARGV[6]))
  return table.concat(ids, ',')
end

local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
for _, job in ipairs(expired) do
  redis.call('ZREM', KEYS[2], job)
  if redis.call('HEXISTS', KEYS[3], job) == 1 then redis.call('ZADD', KEYS[1], now, job) end
end

local depth = redis.call('ZCARD', KEYS[1]) + redis.call('ZCARD', KEYS[2])
local paused = redis.call('PTTL', KEYS[6])
if paused > 0 then return { 'wait', paused, depth } end

local chLimit, chWindow = tonumber(ARGV[3]), tonumber(ARGV[4])
local yieldMs
chLimit, yieldMs = bulk_limit(KEYS[8], KEYS[9], chLimit, tonumber(ARGV[9]))
if not chLimit then return { 'wait', yieldMs, depth } end
local chatLimit, chatWindow = tonumber(ARGV[5]), tonumber(ARGV[6])

for _ = 1, tonumber(ARGV[7]) do
  local head = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if #head == 0 then return { 'empty', 0, depth } end
  local job, due = head[1], tonumber(head[2])
  if due > now then return { 'wait', due - now, depth } end
  local payload = redis.call('HGET', KEYS[3], job)
  if not payload then
    redis.call('ZREM', KEYS[1], job) -- its broadcast was cancelled or expired
  else
    local p = cjson.decode(payload)
    local cost = math.max(1, math.min(tonumber(p.cost) or 1, chLimit, chatLimit))
    local wait = room(KEYS[5], chLimit, chWindow, cost)
    if wait > 0 then return { 'wait', wait, depth } end
    local chatKey = ARGV[1] .. (p.chat or p.c) -- `c`: jobs queued before the keys were spelt out
    local chatWait = room(chatKey, chatLimit, chatWindow, cost)
    if chatWait > 0 then
      redis.call('ZADD', KEYS[1], now + chatWait, job)
    else
      local slots = take(KEYS[5], chatKey, cost)
      local lease = now + tonumber(ARGV[2])
      redis.call('ZREM', KEYS[1], job)
      redis.call('ZADD', KEYS[2], lease, job)
      local attempts = tonumber(redis.call('HGET', KEYS[4], job)) or 0
      return { 'job', job, payload, tostring(lease), depth, attempts, slots }
    end
  end
end
return { 'wait', 0, depth }
