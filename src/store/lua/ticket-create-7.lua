--[[
  Create a ticket from a confirmed intake draft — once per draft, whatever is retried.

  KEYS[1]  string  draft → ticket id (the idempotency key)
  KEYS[2]  string  the year's ticket sequence
  KEYS[3]  zset    every ticket by creation time
  KEYS[4]  zset    open tickets by next deadline
  KEYS[5]  zset    the reporter's tickets by creation time (also the rate limit's window)
  KEYS[6]  hash    pending effects: ticket → event seq
  KEYS[7]  zset    the owning branch's queue
  ARGV[1]  ''      ARGV[2] now (ms)   ARGV[3] reporter (channel:userId)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6]  prefix of ticket keys ("ws:ticket:"); the ticket, its body and its events live at
           <prefix><id>, <prefix><id>:body and <prefix><id>:events
  ARGV[7]  ticket number prefix ("JN-2026-")
  ARGV[8]  reports allowed in the window (0 = no limit)   ARGV[9] window start (ms)
  ARGV[10] seconds to remember the draft
  ARGV[11] JSON object of the ticket's fields (strings): branch, category, urgency, respondBy, resolveBy…
           and `fm`/`fd` (its local month and day: the figures bucket, see includes/ticket.lua)
  Also writes the figures counters (<prefix without "ticket:">fig:…, keys.ts figures*), the branch's created
  index (branch:{branch}:created, keys.ts branchCreated) and, for a store's first ticket, the "counted" and
  "branch-indexed" markers (no backfill needed).
  ARGV[12] the body: JSON of the report's text, summary and evidence (kept apart so that the state
           hash holds only short values and stays compact)

  Returns { 'created', id } | { 'exists', id } (this draft was filed before) | { 'rate-limited', count }.
]]
--@include ticket

local existing = redis.call('GET', KEYS[1])
if existing then return { 'exists', existing } end

local limit = tonumber(ARGV[8])
if limit > 0 then
  local n = redis.call('ZCOUNT', KEYS[5], ARGV[9], '+inf')
  if n >= limit then return { 'rate-limited', tostring(n) } end
end

local seq = redis.call('INCR', KEYS[2])
local id = ARGV[7] .. string.format('%06d', seq)
local tkey = ARGV[6] .. id
local t = cjson.decode(ARGV[11])
t.id = id
t.status = 'new'
t.createdAt = ARGV[2]
t.evSeq = '0'
t.fxSeq = '0'
t.dueAt = tostring(next_due(t))

local flat = {}
for k, v in pairs(t) do
  flat[#flat + 1] = k
  flat[#flat + 1] = tostring(v)
end
redis.call('HSET', tkey, unpack(flat))
redis.call('SET', tkey .. ':body', ARGV[12])

local due = tonumber(t.dueAt)
-- The first ticket of a store: nothing before it needs the figures backfill (keys.ts figuresCounted).
if redis.call('ZCARD', KEYS[3]) == 0 then
  local p = string.sub(ARGV[6], 1, #ARGV[6] - #'ticket:')
  redis.call('SET', p .. 'fig:counted', '1')
  redis.call('SET', p .. 'tickets:branch-indexed', '1')
end
redis.call('ZADD', KEYS[3], ARGV[2], id)
redis.call('ZADD', KEYS[4], due, id)
redis.call('ZADD', KEYS[5], ARGV[2], id)
redis.call('ZADD', KEYS[7], queue_score(t, due), id)
redis.call('SET', KEYS[1], id, 'EX', ARGV[10])
append_event(tkey, tkey .. ':events', KEYS[6], id, 'created', { branch = t.branch, category = t.category, urgency = t.urgency })
return { 'created', id }
