--[[
  Bind (or re-bind) a chat to a branch: the binding is replaced and the chat moves between branch sets
  in one step, so two concurrent re-binds leave it in exactly one branch (the last one's). Locale and
  tags not given are kept from the binding being replaced, read in the same step.
  The old branch is read here, so its set's key is built from ARGV (a single Redis, not a cluster).

  KEYS[1] hash   the chat's binding
  KEYS[2] set    every bound chat
  KEYS[3] set    the new branch's chats
  ARGV[1] the chat (channel:chatId)   ARGV[2] new branch
  ARGV[3] branch-set key prefix ('{p}:branch:')   ARGV[4] its suffix (':groups')
  ARGV[5] locale ('' = keep the previous one, else ARGV[6])   ARGV[6] locale when there is none to keep
  ARGV[7] tags as JSON ('' = keep the previous ones, else '[]')
  ARGV[8..] the binding's other fields, name then value

  Returns { previous branch ('' when none), locale, tags JSON } as bound.
]]
local previous = redis.call('HMGET', KEYS[1], 'branch', 'locale', 'tags')
local branch = previous[1] or ''
local locale = ARGV[5]
if locale == '' then locale = previous[2] or ARGV[6] end
local tags = ARGV[7]
if tags == '' then tags = previous[3] or '[]' end
if branch ~= '' and branch ~= ARGV[2] then
  redis.call('SREM', ARGV[3] .. branch .. ARGV[4], ARGV[1])
end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'chat', ARGV[1], 'branch', ARGV[2], 'locale', locale, 'tags', tags, unpack(ARGV, 8))
redis.call('SADD', KEYS[2], ARGV[1])
redis.call('SADD', KEYS[3], ARGV[1])
return { branch, locale, tags }
