--[[
  Take send slots for one request from the channel's and the chat's sliding windows: every request the
  bot makes on a channel counts against one budget, shared by all processes on this Redis. Used for
  interactive traffic (replies, edits, pins a handler makes) and for bulk requests outside a job (the
  pin after a broadcast message, a progress edit). Interactive requests may fill the whole channel
  window and, while they wait, make bulk work yield; bulk requests leave a reserve (see bulk_limit).
  Slots are stamped in flight until delivery-settle restamps them (see delivery-claim).

  KEYS[1] {p}:dlv:win:{channel}     slot → time taken (ms)
  KEYS[2] {p}:dlv:pause:{channel}   exists while the channel honours a retry_after
  KEYS[3] {p}:dlv:seq               slot counter
  KEYS[4] {p}:dlv:iwait:{channel}   interactive requests waiting for a channel slot → until (ms)
  KEYS[5] {p}:dlv:hot:{channel}     exists while interactive traffic was seen lately (PX)
  ARGV[1] the chat's window key ({p}:dlv:chatwin:{channel}:{chatId})
  ARGV[2] channel limit: slots per window    ARGV[3] channel window (ms)
  ARGV[4] chat limit: slots per window       ARGV[5] chat window (ms)
  ARGV[6] slots wanted
  ARGV[7] how long an unanswered request holds its slot (ms)
  ARGV[8] 'i' interactive or 'b' bulk
  ARGV[9] bulk: slots of the channel window left to interactive traffic while it is active
  ARGV[10] interactive: the waiter's id      ARGV[11] interactive: how long traffic counts as recent (ms)
  Output: { 0, slot ids (comma-separated) } when taken; { ms to wait, 'channel' | 'chat' } when not (nothing taken)
]]
--@include limiter

local interactive = ARGV[8] == 'i'
if interactive then redis.call('SET', KEYS[5], '1', 'PX', tonumber(ARGV[11])) end
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return { paused, 'channel' } end
local chLimit, chWindow = tonumber(ARGV[2]), tonumber(ARGV[3])
local chatLimit, chatWindow = tonumber(ARGV[4]), tonumber(ARGV[5])
local limit = chLimit
if not interactive then
  local l, w = bulk_limit(KEYS[4], KEYS[5], chLimit, tonumber(ARGV[9]))
  if not l then return { w, 'channel' } end
  limit = l
end
local cost = math.max(1, math.min(tonumber(ARGV[6]), limit, chatLimit))
local wait = room(KEYS[1], limit, chWindow, cost)
if wait > 0 then
  -- Bulk work yields to an interactive request until it has its slot (or gives up).
  if interactive then redis.call('ZADD', KEYS[4], now + wait + 1000, ARGV[10]) end
  return { wait, 'channel' }
end
wait = room(ARGV[1], chatLimit, chatWindow, cost)
if wait > 0 then return { wait, 'chat' } end
if interactive then redis.call('ZREM', KEYS[4], ARGV[10]) end
local hold = tonumber(ARGV[7])
local ids = {}
for i = 1, cost do
  ids[i] = redis.call('INCR', KEYS[3])
  redis.call('ZADD', KEYS[1], now + hold, ids[i])
  redis.call('ZADD', ARGV[1], now + hold, ids[i])
end
redis.call('PEXPIRE', KEYS[1], hold + chWindow)
redis.call('PEXPIRE', ARGV[1], hold + chatWindow)
return { 0, table.concat(ids, ',') }
