-- Helpers shared by the ticket-*.lua scripts, inlined where a script says `--@include ticket`.
-- Transition scripts follow one layout:
--   KEYS[1] the ticket hash   KEYS[2] its event list   KEYS[3] the pending-effects hash
--   ARGV[1] the branch the caller checked the actor against ('' = no check)   ARGV[2] now (ms)
--   ARGV[3] actor (channel:userId, or "system")   ARGV[4] actor's display name   ARGV[5] actor's role
-- Numbers handed to redis.call become strings with 14 significant digits: ms timestamps and queue
-- scores (< 3e13) stay exact.

local function load_ticket(key)
  local flat = redis.call('HGETALL', key)
  if #flat == 0 then return nil end
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  return t
end

local function empty(v) return v == nil or v == '' end

-- nil when the ticket exists and is still in the branch the caller checked, else the reply saying why not.
local function refuse(t)
  if not t then return { 'missing' } end
  if ARGV[1] ~= '' and t.branch ~= ARGV[1] then return { 'moved', t.branch } end
  return nil
end

local function is_reporter(t) return ARGV[3] == t.channel .. ':' .. t.reporter end

local function is_open(t) return t.status == 'new' or t.status == 'claimed' or t.status == 'waiting' end

local URGENCY_RANK = { emergency = 0, urgent = 1, normal = 2 }
-- One band of 1e13 ms (about 317 years) per urgency: emergency first, then by deadline.
local SCORE_BAND = 10000000000000

-- The deadline that matters next: respond while nobody has taken the ticket, then resolve.
local function next_due(t)
  if t.status == 'new' then return tonumber(t.respondBy) end
  return tonumber(t.resolveBy)
end

local function queue_score(t, due) return (URGENCY_RANK[t.urgency] or 2) * SCORE_BAND + due end

-- Place an open ticket in its branch queue and the due index at its current deadline.
local function requeue(tkey, t, due_key, queue_key)
  local due = next_due(t)
  t.dueAt = due
  redis.call('HSET', tkey, 'dueAt', due)
  redis.call('ZADD', due_key, due, t.id)
  redis.call('ZADD', queue_key, queue_score(t, due), t.id)
end

-- Append an event (JSON) to the ticket's log and mark the ticket as having effects to perform.
local function append_event(tkey, ekey, pkey, id, kind, data)
  local e = data or {}
  e.type = kind
  e.at = tonumber(ARGV[2])
  e.by = ARGV[3]
  if not empty(ARGV[4]) then e.byName = ARGV[4] end
  if not empty(ARGV[5]) then e.role = ARGV[5] end
  local seq = redis.call('HINCRBY', tkey, 'evSeq', 1)
  e.seq = seq
  redis.call('RPUSH', ekey, cjson.encode(e))
  redis.call('HSET', pkey, id, seq)
  return seq
end

local function event(t, kind, data) return append_event(KEYS[1], KEYS[2], KEYS[3], t.id, kind, data) end

-- The first response (a claim, a question, a resolution) is recorded once.
local function responded(t)
  if empty(t.firstResponseAt) then
    t.firstResponseAt = ARGV[2]
    redis.call('HSET', KEYS[1], 'firstResponseAt', ARGV[2])
  end
end

-- Whoever acts on an unowned ticket takes it.
local function take(t)
  if empty(t.owner) then
    t.owner = ARGV[3]
    t.ownerName = ARGV[4]
    t.claimedAt = ARGV[2]
    redis.call('HSET', KEYS[1], 'owner', ARGV[3], 'ownerName', ARGV[4], 'claimedAt', ARGV[2])
  end
end
