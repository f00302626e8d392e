--[[
  Move a scheduled notice on, once: to "queued" when it is released at its send time (with the chats it
  was sent to, resolved then), or to "cancelled" by the organiser. Only a notice still "scheduled" moves,
  so a release and a cancel racing each other (two replicas, a press at the send minute) cannot both win.

  KEYS[1] the notice hash ({p}:notice:{id})
  KEYS[2] the scheduled index ({p}:notices:scheduled), a zset id → send time
  ARGV[1] the notice id
  ARGV[2] the new status: "queued" or "cancelled"
  ARGV[3] (queued only) JSON: the chats it went to, with their names { chats: [...], titles: {...} }

  Returns the status before the call ("scheduled" when this call moved it; "" for no such notice).
]]
local before = redis.call('HGET', KEYS[1], 'status')
if not before then return '' end
if before ~= 'scheduled' then return before end
redis.call('HSET', KEYS[1], 'status', ARGV[2])
if ARGV[3] and ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'sent-to', ARGV[3]) end
redis.call('ZREM', KEYS[2], ARGV[1])
return before
