--[[
  Take send slots outside a job (pinning a sent message, editing a progress message) from the same
  windows the jobs use, so every request the bot makes on a channel counts against its limits.
  Slots are stamped in flight until delivery-settle restamps them (see delivery-claim).

  KEYS[1] {p}:dlv:win:{channel}     slot → time taken (ms)
  KEYS[2] {p}:dlv:pause:{channel}   exists while the channel honours a retry_after
  KEYS[3] {p}:dlv:seq               slot counter
  ARGV[1] the chat's window key ({p}:dlv:chatwin:{channel}:{chatId})
  ARGV[2] channel limit: slots per window    ARGV[3] channel window (ms)
  ARGV[4] chat limit: slots per window       ARGV[5] chat window (ms)
  ARGV[6] slots wanted
  ARGV[7] how long an unanswered request holds its slot (ms)
  Output: { 0, slot ids (comma-separated) } when taken; { ms to wait, 'channel' | 'chat' } when not (nothing taken)
]]
--@include limiter

local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return { paused, 'channel' } end
local chLimit, chWindow = tonumber(ARGV[2]), tonumber(ARGV[3])
local chatLimit, chatWindow = tonumber(ARGV[4]), tonumber(ARGV[5])
local cost = math.max(1, math.min(tonumber(ARGV[6]), chLimit, chatLimit))
local wait = room(KEYS[1], chLimit, chWindow, cost)
if wait > 0 then return { wait, 'channel' } end
wait = room(ARGV[1], chatLimit, chatWindow, cost)
if wait > 0 then return { wait, 'chat' } end
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
