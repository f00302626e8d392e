--[[
  Choose the next lesson for one chat in one push, so that no chat gets a lesson twice.
  The choice is remembered per push: a retried push (after a crash) reuses it instead of advancing again.

  KEYS[1]  hash   the push's plan: chat → lesson id
  KEYS[2]  set    lesson ids already given to the chat (its progress)
  ARGV[1]  the chat (channel:chatId)
  ARGV[2]  seconds to keep the plan
  ARGV[3…] candidate lesson ids, in teaching order

  Returns the lesson id planned for the chat, or false when the chat has had every candidate.
]]
local planned = redis.call('HGET', KEYS[1], ARGV[1])
if planned then return planned end
for i = 3, #ARGV do
  if redis.call('SADD', KEYS[2], ARGV[i]) == 1 then
    redis.call('HSET', KEYS[1], ARGV[1], ARGV[i])
    redis.call('EXPIRE', KEYS[1], tonumber(ARGV[2]))
    return ARGV[i]
  end
end
return false
