--[[
  A waiter gives up its place in a chat's queue (it stopped waiting: shutdown, or it gave up).

  KEYS[1] the chat's waiting updates (zset: token → update id)
  KEYS[2] the waiters' deadlines (hash)
  ARGV[1] the caller's token
  Output: 1 if the caller was waiting, 0 otherwise
]]
redis.call('HDEL', KEYS[2], ARGV[1])
return redis.call('ZREM', KEYS[1], ARGV[1])
