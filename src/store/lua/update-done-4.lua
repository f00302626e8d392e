--[[
  An update's handling has finished: remember it (a redelivery is then dropped) and forget its copy.

  KEYS[1] {p}:seen:{channel}:{updateId}   KEYS[2] {p}:upd:pending   KEYS[3] {p}:upd:leases
  KEYS[4] {p}:upd:replies:{channel}:{updateId}   the replies it sent (only needed while it could be replayed)
  ARGV[1] the update's id ({channel}:{updateId})   ARGV[2] how long to remember it (s)
  Output: 1
]]
redis.call('SET', KEYS[1], 'done', 'EX', tonumber(ARGV[2]))
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('DEL', KEYS[4])
return 1
