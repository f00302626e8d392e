--[[
  The next answer one person gets in one chat, decided and recorded in one step (faq/repeats.ts): the same answer
  they got there a little before is pointed at; any other is claimed as being sent in full, so two answers at the
  same moment never both decide from the answer before them. A claim has no message yet: it is never pointed at
  (the answer may not land), so an answer raced by the same answer is sent in full twice, never pointed at twice.

  KEYS[1] the last answer ({p}:faq:last:{channel}:{chat}:{user}): JSON { print, messageId, at }
  ARGV[1] the answer's fingerprint
  ARGV[2] now (ms, the app's clock)
  ARGV[3] the window after a full answer in which it is pointed at (ms)
  ARGV[4] the claim kept when it is to be sent in full: JSON { print, at }
  ARGV[5] the claim's TTL (seconds)

  Returns the last answer's JSON to point at (nothing written), or nil once the claim is kept (send in full).
]]
local raw = redis.call('GET', KEYS[1])
if raw then
  local ok, last = pcall(cjson.decode, raw)
  if ok and type(last) == 'table' and last.print == ARGV[1] and type(last.messageId) == 'string'
      and last.messageId ~= '' and type(last.at) == 'number' then
    local now = tonumber(ARGV[2])
    if now >= last.at and now - last.at <= tonumber(ARGV[3]) then return raw end
  end
end
redis.call('SET', KEYS[1], ARGV[4], 'EX', ARGV[5])
return false
