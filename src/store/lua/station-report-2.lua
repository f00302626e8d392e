--[[
  One report of a problem at a station on a day; a person counts once per problem per day.

  KEYS[1] set    "problem:reporter" already counted that day
  KEYS[2] hash   problem → count that day
  ARGV[1] problem   ARGV[2] reporter   ARGV[3] time to live of both (seconds)

  Returns { 1, count } when this report counted, { 0, count } for a repeat.
]]
if redis.call('SADD', KEYS[1], ARGV[1] .. ':' .. ARGV[2]) == 0 then
  return { 0, tonumber(redis.call('HGET', KEYS[2], ARGV[1]) or '0') }
end
local n = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return { 1, n }
