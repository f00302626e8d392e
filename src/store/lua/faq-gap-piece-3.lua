--[[
  A private message of words sent in pieces (core/fragments.ts). Read together with the pieces before it, the gaps
  those pieces logged are withdrawn — the whole replaces them — whatever answers the whole: fragments.ts calls this
  with no question ('') as the message is read, and the FAQ again with the whole's own gap when it is one. Each
  piece of a phone or ID number logged alone would otherwise sit in /gaps beside the masked whole, and together give
  the number back (QA31 #1); a run another feature answered (the emergency numbers, a report offer, a station card)
  left its pieces in /gaps as questions nobody answered. One script, so /gaps never shows both, nor the count of a
  piece twice.

  KEYS[1]  zset   normalised question → times asked unanswered, voted 👎 or passed over (see faq-gap-log-2)
  KEYS[2]  hash   this message's gap's details (see faq-gap-log-2); unused when ARGV[1] is ''
  KEYS[3]  hash   the person's pieces in this chat: `since` → when the first piece was said (ms);
                  normalised question → the key of its details hash, for each gap the pieces logged
  ARGV[1]  normalised question of this message ('' when it is not a gap, or only the pieces are withdrawn)
  ARGV[2]  the question as the worker wrote it (scrubbed), kept as a sample when the gap is new
  ARGV[3]  now (ms)
  ARGV[4]  most gaps kept (the least frequent are dropped)
  ARGV[5]  TTL of the details (seconds)
  ARGV[6]  since: when the first of this message's pieces was said (ms)
  ARGV[7]  '1' when this message was read together with the pieces before it, else '0'
  ARGV[8]  TTL of the pieces' record (seconds: as long as a piece can still be read with the next)

  Returns the gap's new count (0 when this message logged none).
]]
local pieces = KEYS[3]
if ARGV[7] == '1' and redis.call('HGET', pieces, 'since') == ARGV[6] then
  local logged = redis.call('HGETALL', pieces)
  for i = 1, #logged, 2 do
    local q, details = logged[i], logged[i + 1]
    -- Only a gap still listed: one an organiser handled meanwhile (learned, drafted) is left as it is.
    if q ~= 'since' and redis.call('ZSCORE', KEYS[1], q) then
      if tonumber(redis.call('ZINCRBY', KEYS[1], -1, q)) <= 0 then
        redis.call('ZREM', KEYS[1], q)
        redis.call('DEL', details)
      else
        redis.call('HINCRBY', details, 'asked', -1)
      end
    end
  end
end
redis.call('DEL', pieces)
redis.call('HSET', pieces, 'since', ARGV[6])
local count = 0
if ARGV[1] ~= '' then
  count = tonumber(redis.call('ZINCRBY', KEYS[1], 1, ARGV[1]))
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -tonumber(ARGV[4]) - 1)
  redis.call('HINCRBY', KEYS[2], 'asked', 1)
  redis.call('HSET', KEYS[2], 'q', ARGV[1], 'status', 'open', 'at', ARGV[3])
  redis.call('HSETNX', KEYS[2], 'text', ARGV[2])
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[5]))
  redis.call('HSET', pieces, ARGV[1], KEYS[2])
end
redis.call('EXPIRE', pieces, tonumber(ARGV[8]))
return count
