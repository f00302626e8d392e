--[[
  Record one person's quiz answer, once: a second tap changes nothing and reports the first answer.

  KEYS[1]  hash   answers for one lesson in one chat: user → option index
  KEYS[2]  hash   the running tally for that lesson in that chat: option index → count, "n" → takers, "right" → correct
  KEYS[3]  hash   the chat's lesson stats: "takers", "correct" (all lessons)
  ARGV[1]  user id
  ARGV[2]  option index
  ARGV[3]  "1" when the option is the right one, else "0"
  ARGV[4]  seconds to keep the answers and the tally

  Returns { 1, option } for a first answer, { 0, first option } for a repeat.
]]
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then
  return { 0, redis.call('HGET', KEYS[1], ARGV[1]) }
end
redis.call('HINCRBY', KEYS[2], ARGV[2], 1)
redis.call('HINCRBY', KEYS[2], 'n', 1)
redis.call('HINCRBY', KEYS[3], 'takers', 1)
if ARGV[3] == '1' then
  redis.call('HINCRBY', KEYS[2], 'right', 1)
  redis.call('HINCRBY', KEYS[3], 'correct', 1)
end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
return { 1, ARGV[2] }
