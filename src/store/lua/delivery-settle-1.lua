--[[
  Restamp send slots with the time the platform answered (they were stamped "in flight" when taken).
  From then on each slot counts for one window length from its answer, which is no earlier than the
  moment the platform saw the request, so the bot's window never undercounts the platform's.

  KEYS[1] {p}:dlv:win:{channel}     slot → time (ms)
  ARGV[1] the chat's window key ({p}:dlv:chatwin:{channel}:{chatId})
  ARGV[2] channel window (ms)   ARGV[3] chat window (ms)
  ARGV[4] slot ids, comma-separated
  Output: slots restamped
]]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for id in string.gmatch(ARGV[4], '[^,]+') do
  n = n + redis.call('ZADD', KEYS[1], 'XX', 'CH', now, id)
  redis.call('ZADD', ARGV[1], 'XX', now, id)
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]), 'GT')
redis.call('PEXPIRE', ARGV[1], tonumber(ARGV[3]), 'GT')
return n
