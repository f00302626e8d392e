--[[
  Move a high-water mark forward, never back (retention's "every ticket created before this is done").

  KEYS[1] the mark (a string holding a number)
  ARGV[1] the new value
  Output: 1 when the mark moved, 0 when it was already there or beyond
]]
local current = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if tonumber(ARGV[1]) > current then
  redis.call('SET', KEYS[1], ARGV[1])
  return 1
end
return 0
