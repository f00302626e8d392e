-- The sliding-window limiter shared by delivery-acquire and delivery-claim, inlined where a script says
-- `--@include limiter`. A window is a sorted set of slot ids scored by when they were used (or, while a
-- request is in flight, by a time in the future until its answer comes).

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)

-- Wait (ms) until `cost` more slots fit in the window at `key`; 0 when they fit now.
local function room(key, limit, window, cost)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local used = redis.call('ZCARD', key)
  if used + cost <= limit then return 0 end
  local nth = used + cost - limit - 1
  local oldest = tonumber(redis.call('ZRANGE', key, nth, nth, 'WITHSCORES')[2])
  -- A slot still in flight frees up when its answer comes: look again shortly.
  if oldest > now then return 5 end
  return math.max(1, oldest + window - now)
end

-- Interactive traffic (a reply, an edit, a toast) goes first. Bulk work (a broadcast job, its pin, a
-- progress edit) yields while an interactive request waits for a channel slot (`iwaitKey`: waiter →
-- expiry) and, while interactive traffic was seen lately (`hotKey` exists), leaves `reserve` slots of
-- the channel window free for it. Returns the channel limit bulk may fill, or nil and a wait (ms).
local function bulk_limit(iwaitKey, hotKey, limit, reserve)
  redis.call('ZREMRANGEBYSCORE', iwaitKey, '-inf', now)
  if redis.call('ZCARD', iwaitKey) > 0 then return nil, 10 end
  if redis.call('EXISTS', hotKey) == 1 then return math.max(1, limit - reserve), 0 end
  return limit, 0
end
