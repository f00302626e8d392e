--[[
  Unbind a chat: its binding, its place among bound chats and in its branch's set go together.

  KEYS[1] hash   the chat's binding
  KEYS[2] set    every bound chat
  ARGV[1] the chat (channel:chatId)
  ARGV[2] branch-set key prefix ('{p}:branch:')   ARGV[3] its suffix (':groups')

  Returns 1 when the chat was bound, 0 when not.
]]
local branch = redis.call('HGET', KEYS[1], 'branch')
if not branch then return 0 end
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
redis.call('SREM', ARGV[2] .. branch .. ARGV[3], ARGV[1])
return 1
