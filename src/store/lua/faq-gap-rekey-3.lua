--[[
  Move one /gaps line kept before stop 40 to its question with the numbers hidden (the upgrade that hides every
  run of six digits or more in what was kept: core/faq/upgrade.ts decides the new words in TypeScript, where the
  mask lives). Only if the line still holds the sample the caller read; the count moves with it, and onto a line
  already under the new question it is added (counts, picks; one asker's mark kept once).

  KEYS[1]  zset    the gaps' counts (see faq-gap-log-2)
  KEYS[2]  hash    the gap's details under its old question
  KEYS[3]  hash    the gap's details under its new question (KEYS[2] when the question is unchanged)
  ARGV[1]  old normalised question
  ARGV[2]  new normalised question
  ARGV[3]  the sample read ('' when the details were gone)
  ARGV[4]  the sample with its numbers hidden

  Returns 1 when moved or rewritten, 0 when the details changed meanwhile (nothing written).
]]
if (redis.call('HGET', KEYS[2], 'text') or '') ~= ARGV[3] then return 0 end
if ARGV[1] == ARGV[2] then
  if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[2], 'text', ARGV[4]) end
  return 1
end
local score = redis.call('ZSCORE', KEYS[1], ARGV[1])
if score then
  redis.call('ZREM', KEYS[1], ARGV[1])
  redis.call('ZINCRBY', KEYS[1], score, ARGV[2])
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  if redis.call('EXISTS', KEYS[3]) == 1 then
    local old = redis.call('HGETALL', KEYS[2])
    for i = 1, #old, 2 do
      local f, v = old[i], old[i + 1]
      if f == 'asked' or f == 'down' or f == 'skipped' or f:sub(1, 5) == 'pick:' then
        redis.call('HINCRBY', KEYS[3], f, tonumber(v) or 0)
      elseif f:sub(1, 3) == 'by:' then
        redis.call('HSETNX', KEYS[3], f, v)
      elseif f == 'status' and v == 'open' then
        redis.call('HSET', KEYS[3], 'status', 'open')
      end
    end
    redis.call('DEL', KEYS[2])
  else
    redis.call('RENAME', KEYS[2], KEYS[3])
    redis.call('HSET', KEYS[3], 'q', ARGV[2], 'text', ARGV[4])
  end
end
return 1
