--[[
  Cancel a broadcast's jobs on one channel that are not being sent right now. Jobs in flight finish
  (a failure of theirs is then cancelled rather than retried); sent ones stay sent. A waiting job whose chat a
  try may have reached with no answer (KEYS[9]) ends `unsure`, not cancelled: it may be in the chat.

  KEYS[1] {p}:dlv:b:{id}             broadcast hash
  KEYS[2] {p}:dlv:b:{id}:state       chat → pending | sent | failed | cancelled | unsure
  KEYS[3] {p}:dlv:b:{id}:refs
  KEYS[4] {p}:dlv:b:{id}:failed
  KEYS[5] {p}:dlv:jobs               job → JSON payload
  KEYS[6] {p}:dlv:attempts           job → failed attempts
  KEYS[7] {p}:dlv:ready:{channel}    job → due time
  KEYS[8] {p}:dlv:leased:{channel}   job → lease expiry
  KEYS[9] {p}:dlv:b:{id}:unsure      chat → 1: a try may have reached the chat with no answer
  ARGV[1] channel (the chats of the channel are "{channel}:…")
  ARGV[2] how long a finished broadcast is kept (ms)
  ARGV[3] optional: why ('expired': a notice past its end), kept as `cancelReason` (the first given) when a job is
          cancelled, for the progress message; the chats cancelled with a reason are added to `reasonChats` (a JSON
          list on the broadcast hash), in this same step: the one record of them, which a notice's "已过期未发" reads
          (status().cancelledFor), so no crash can separate the cancel from it
  Output: { jobs cancelled, 1 if the broadcast just finished else 0, the chats cancelled… }; { -1, 0 } for an
          unknown broadcast
]]
--@include delivery

local id = redis.call('HGET', KEYS[1], 'id')
if not id then return { -1, 0 } end
redis.call('HSETNX', KEYS[1], 'cancelledAt', now)

local prefix = ARGV[1] .. ':'
local states = redis.call('HGETALL', KEYS[2])
local n = 0
local unsure = 0
local chats = {}
for i = 1, #states, 2 do
  local chat, state = states[i], states[i + 1]
  if state == 'pending' and string.sub(chat, 1, #prefix) == prefix then
    local job = id .. ' ' .. chat
    local lease = redis.call('ZSCORE', KEYS[8], job)
    if not lease or tonumber(lease) <= now then
      redis.call('ZREM', KEYS[7], job)
      redis.call('ZREM', KEYS[8], job)
      redis.call('HDEL', KEYS[5], job)
      redis.call('HDEL', KEYS[6], job)
      if redis.call('HEXISTS', KEYS[9], chat) == 1 then
        redis.call('HSET', KEYS[2], chat, 'unsure')
        unsure = unsure + 1
      else
        redis.call('HSET', KEYS[2], chat, 'cancelled')
        n = n + 1
        chats[n] = chat
      end
    end
  end
end
if unsure > 0 then redis.call('HINCRBY', KEYS[1], 'unsure', unsure) end
if n > 0 then
  redis.call('HINCRBY', KEYS[1], 'cancelled', n)
  if ARGV[3] and ARGV[3] ~= '' then
    redis.call('HSETNX', KEYS[1], 'cancelReason', ARGV[3])
    local kept = {}
    local raw = redis.call('HGET', KEYS[1], 'reasonChats')
    if raw then
      local ok, list = pcall(cjson.decode, raw)
      if ok and type(list) == 'table' then kept = list end
    end
    for i = 1, n do kept[#kept + 1] = chats[i] end
    redis.call('HSET', KEYS[1], 'reasonChats', cjson.encode(kept))
  end
end
local out = { n, finish(tonumber(ARGV[2])) }
for i = 1, n do out[i + 2] = chats[i] end
return out
