--[[
  One person's vote on an FAQ entry; a new vote replaces the old one. The entry keeps counts only; who voted is
  kept in a key of its own that expires (QA29: the voters were kept for good), after which a vote is a new vote.

  KEYS[1]  hash    the entry's counts: #up / #down (before stop 39 also voter → up / down: moved into the counts
                   on the entry's next vote, those voters forgotten)
  KEYS[2]  string  this voter's vote on the entry (EX ARGV[3])
  ARGV[1]  voter (channel:user)
  ARGV[2]  vote: up | down
  ARGV[3]  how long a voter's vote is remembered (s)

  Returns 'new', 'changed' or 'same'.
]]
local old = redis.call('HGETALL', KEYS[1])
for i = 1, #old, 2 do
  if string.sub(old[i], 1, 1) ~= '#' then
    redis.call('HDEL', KEYS[1], old[i])
    redis.call('HINCRBY', KEYS[1], '#' .. old[i + 1], 1)
    if old[i] == ARGV[1] and redis.call('EXISTS', KEYS[2]) == 0 then
      redis.call('SET', KEYS[2], old[i + 1], 'EX', tonumber(ARGV[3]))
    end
  end
end
local previous = redis.call('GET', KEYS[2])
if previous == ARGV[2] then return 'same' end
redis.call('SET', KEYS[2], ARGV[2], 'EX', tonumber(ARGV[3]))
if previous then redis.call('HINCRBY', KEYS[1], '#' .. previous, -1) end
redis.call('HINCRBY', KEYS[1], '#' .. ARGV[2], 1)
if previous then return 'changed' end
return 'new'
