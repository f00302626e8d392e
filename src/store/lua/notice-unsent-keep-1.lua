--[[
  Keep the chats whose copies of a notice were dropped at its end, added to those kept before, in one step: two
  callers at once (two replicas' tickers) each keep theirs, where HGET then HSET across round trips could lose one.
  A notice that is gone is not brought back as half a record.

  KEYS[1] the notice hash ({p}:notice:{id})
  ARGV[1..] chats (channel:chatId)

  Returns how many chats the notice now keeps (0 when the notice does not exist).
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local kept = redis.call('HGET', KEYS[1], 'unsent-at-end')
local chats = {}
if kept then
  local ok, list = pcall(cjson.decode, kept)
  if ok and type(list) == 'table' then chats = list end
end
local seen = {}
for _, chat in ipairs(chats) do seen[chat] = true end
local added = false
for _, chat in ipairs(ARGV) do
  if not seen[chat] then
    seen[chat] = true
    chats[#chats + 1] = chat
    added = true
  end
end
if added then redis.call('HSET', KEYS[1], 'unsent-at-end', cjson.encode(chats)) end
return #chats
