--[[
  Record one person's "got it" on a notice in one chat, once.

  KEYS[1]  set    users who acknowledged the notice in this chat
  KEYS[2]  hash   the notice's acknowledgement counts: chat → count
  ARGV[1]  user id
  ARGV[2]  the chat (channel:chatId)

  Returns { 1, count in this chat } for a first acknowledgement, { 0, count } for a repeat.
]]
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then
  return { 0, tonumber(redis.call('HGET', KEYS[2], ARGV[2]) or '0') }
end
return { 1, redis.call('HINCRBY', KEYS[2], ARGV[2], 1) }
