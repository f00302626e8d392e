--[[
  Retention: strip a ticket of what identifies or quotes the reporter, keeping what the statistics
  need (category, area, branch, state, timestamps, rating, solved). The event log loses its texts.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] the reporter's ticket index   KEYS[4] the ticket's body
  ARGV[1] now (ms)   ARGV[2] channel:reporter as the caller read it (KEYS[3] was built from it)

  Returns 1 when anonymised, 0 when already anonymised or missing.
]]
local t = redis.call('HMGET', KEYS[1], 'id', 'anonymisedAt', 'channel', 'reporter')
if not t[1] then return 0 end
if t[2] and t[2] ~= '' then return 0 end
if (t[3] or '') .. ':' .. (t[4] or '') ~= ARGV[2] then return 0 end
local id = t[1]

redis.call('HDEL', KEYS[1], 'reporter', 'reporterName', 'chat', 'summary', 'location', 'resolution', 'extReason',
  'originChat', 'draft', 'resolvedByName', 'ownerName', 'extByName')
redis.call('HSET', KEYS[1], 'anonymisedAt', ARGV[1], 'reporter', '-')
redis.call('DEL', KEYS[4])

local events = redis.call('LRANGE', KEYS[2], 0, -1)
if #events > 0 then
  redis.call('DEL', KEYS[2])
  for i = 1, #events do
    local e = cjson.decode(events[i])
    e.text = nil
    e.files = nil
    e.msg = nil -- a reply's source message names the reporter's private chat
    e.byName = nil
    if e.role == 'worker' then e.by = '-' end
    redis.call('RPUSH', KEYS[2], cjson.encode(e))
  end
end
redis.call('ZREM', KEYS[3], id)
return 1
