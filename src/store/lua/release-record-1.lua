--[[
  A replica starts or checks its release level (core/release.ts): the level kept is the highest ever started on
  this Redis, so an older replica learns that a newer release runs and steps aside.

  KEYS[1] {p}:release:level   the highest release level started here
  ARGV[1] this replica's release level (an integer ≥ 1)
  Output: the level kept now (ARGV[1] when it was raised or equal; higher when a newer release runs)
]]
local mine = tonumber(ARGV[1])
local kept = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if kept < mine then
  redis.call('SET', KEYS[1], mine)
  return mine
end
return kept
