--[[
  Bind (or re-bind) a chat to a branch: the binding is replaced and the chat moves between branch sets
  in one step, so two concurrent re-binds leave it in exactly one branch (the last one's).
  The old branch is read here, so its set's key is built from ARGV (a single Redis, not a cluster).

  KEYS[1] hash   the chat's binding
  KEYS[2] set    every bound chat
  KEYS[3] set    the new branch's chats
  ARGV[1] the chat (channel:chatId)   ARGV[2] new branch
  ARGV[3] branch-set key prefix ('{p}:branch:')   ARGV[4] its suffix (':groups')
  ARGV[5..] the binding's fields, name then value

  Returns the previous branch ('' when there was none).
]]
local previous = redis.call('HGET', KEYS[1], 'branch') or ''
if previous ~= '' and previous ~= ARGV[2] then
  redis.call('SREM', ARGV[3] .. previous .. ARGV[4], ARGV[1])
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], unpack(ARGV, 5))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return previous
