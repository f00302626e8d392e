--[[
  Move several high-water marks kept in one hash forward, never back (the lesson scheduler's "when a tick last
  looked at each schedule": two replicas ticking at once must not put an earlier time over a later one).

  KEYS[1] the hash (field → a number)
  ARGV[1] the new value
  ARGV[2], ARGV[3], … the fields to move
  Output: how many fields moved
]]
local at = tonumber(ARGV[1])
local moved = 0
for i = 2, #ARGV do
  local current = tonumber(redis.call('HGET', KEYS[1], ARGV[i]) or '')
  if not current or at > current then
    redis.call('HSET', KEYS[1], ARGV[i], ARGV[1])
    moved = moved + 1
  end
end
return moved
