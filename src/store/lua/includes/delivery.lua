-- Helpers shared by the delivery-*.lua scripts that settle jobs, inlined where a script says
-- `--@include delivery`. They expect KEYS[1..4] to be the broadcast's hash, state, refs and failed keys.

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function num(x) return tonumber(x) or 0 end

-- Mark the broadcast finished once nothing is left pending (sent, failed, cancelled, or unsure: a try may have
-- reached the chat with no answer), and let its keys expire after keepMs.
-- Returns 1 when this call finished it, else 0.
local function finish(keepMs)
  local m = redis.call('HMGET', KEYS[1], 'total', 'sent', 'failed', 'cancelled', 'finishedAt', 'unsure')
  if num(m[1]) - num(m[2]) - num(m[3]) - num(m[4]) - num(m[6]) > 0 or m[5] then return 0 end
  redis.call('HSET', KEYS[1], 'finishedAt', now)
  for k = 1, 4 do redis.call('PEXPIRE', KEYS[k], keepMs) end
  return 1
end
