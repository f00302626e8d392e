-- Helpers shared by the ticket-*.lua scripts, inlined where a script says `--@include ticket`.
-- Transition scripts follow one layout:
--   KEYS[1] the ticket hash   KEYS[2] its event list   KEYS[3] the pending-effects hash
--   ARGV[1] the branch the caller checked the actor against ('' = no check), with what a prompt saw (see refuse)
--   ARGV[2] now (ms)
--   ARGV[3] actor (channel:userId, or "system")   ARGV[4] actor's display name   ARGV[5] actor's role
-- Numbers handed to redis.call become strings with 14 significant digits: ms timestamps and queue
-- scores (< 3e13) stay exact.

-- Figures counters (docs/board.md "Figures counters"): a ticket's contribution to its bucket — its branch
-- and the local month it was created in (`fm`, set at creation or by the backfill) — is kept in counters
-- and a few zsets scored by a deadline, so the figures read O(branches × months) keys, not tickets.
-- Each change takes the ticket's contribution out as it was loaded and puts it back as it now is
-- (fig_sync, called by append_event), so every transition keeps the counters without knowing them.
-- Tickets without `fm` are not counted yet (the backfill counts them). Mirrors figures.ts `outcomeOf`.
local FIG_FIELDS = { 'id', 'fm', 'fd', 'branch', 'status', 'category', 'area', 'respondBy', 'resolveBy',
  'firstResponseAt', 'resolvedAt', 'solved', 'rating', 'pausedAt', 'closeReason', 'closedAt' }
local FIG_BEFORE = nil

local function fig_of(t)
  local r = {}
  for _, f in ipairs(FIG_FIELDS) do r[f] = t[f] or '' end
  return r
end

local function fig_read(tkey)
  local v = redis.call('HMGET', tkey, unpack(FIG_FIELDS))
  local r = {}
  for i, f in ipairs(FIG_FIELDS) do r[f] = v[i] or '' end
  return r
end

local function fig_same(a, b)
  for _, f in ipairs(FIG_FIELDS) do if a[f] ~= b[f] then return false end end
  return true
end

-- Add (d = 1) or take out (d = -1) one ticket's contribution. Keys: keys.ts figures*().
local function fig_apply(tkey, r, d)
  if r.fm == '' or r.status == '' or r.id == '' then return end
  local p = string.sub(tkey, 1, #tkey - #('ticket:' .. r.id))
  local base = p .. 'fig:' .. r.branch .. ':' .. r.fm
  local function inc(f) redis.call('HINCRBY', base, f, d) end
  local function z(name, score)
    if d > 0 then redis.call('ZADD', base .. ':' .. name, score, r.id)
    else redis.call('ZREM', base .. ':' .. name, r.id) end
  end
  local cat = r.category ~= '' and r.category or 'other'
  local respond_by, resolve_by = tonumber(r.respondBy) or 0, tonumber(r.resolveBy) or 0
  inc('n')
  inc('s:' .. r.status)
  inc('c:' .. cat)
  -- Withdrawn by its reporter (ticket-withdraw-6): counted apart, in no resolution rate; in the response rate only
  -- when someone responded or the respond deadline had passed before the withdrawal.
  local withdrawn = r.status == 'closed' and r.closeReason == 'withdrawn'
  if r.firstResponseAt ~= '' then
    inc('resp')
    if tonumber(r.firstResponseAt) <= respond_by then inc('respIn') end
  elseif not withdrawn or (tonumber(r.closedAt) or 0) > respond_by then
    z('unresp', respond_by)
  end
  local finished = r.status == 'resolved' or r.status == 'closed'
  if withdrawn then inc('wd')
  -- A resolve deadline paused while the ticket waits on the worker has not passed (see pause_wait below).
  elseif finished then inc('fin')
  elseif r.status == 'waiting' and r.pausedAt ~= '' then z('unres', '+inf')
  else z('unres', resolve_by) end
  if finished and not withdrawn and r.resolvedAt ~= '' then
    local at = tonumber(r.resolvedAt)
    local on_time = at <= resolve_by
    inc('cl')
    if on_time then inc('clOn') end
    if r.status == 'closed' then
      if r.solved == '1' then
        inc('sol')
        if on_time then inc('solOn') end
      end
    else
      z('await', at)
      if on_time then z('awaitOn', at) end
    end
  end
  if r.rating ~= '' then
    inc('rated')
    if tonumber(r.rating) >= 4 then inc('sat') end
  end
  if r.fd ~= '' then
    redis.call('HINCRBY', p .. 'fig:day:' .. r.fd, r.branch .. '|' .. cat .. '|' .. r.area, d)
  end
end

local function fig_sync(tkey)
  local after = fig_read(tkey)
  if FIG_BEFORE and fig_same(FIG_BEFORE, after) then return end
  if FIG_BEFORE then fig_apply(tkey, FIG_BEFORE, -1) end
  fig_apply(tkey, after, 1)
  FIG_BEFORE = after
end

-- Category queues ({p}:queue:{branch}:cat:{category}, keys.ts branchCategoryQueue): a branch queue's
-- open tickets of one category, at the same score, so the board's category filter reads a range instead
-- of every open ticket. Kept here, after each transition has placed the ticket in (or out of) its branch
-- queue: out of the queue it was in, into the one it is in now if its branch queue holds it.
local function catq_sync(tkey, id)
  local p = string.sub(tkey, 1, #tkey - #('ticket:' .. id))
  if FIG_BEFORE and FIG_BEFORE.branch ~= '' then
    local old_cat = FIG_BEFORE.category ~= '' and FIG_BEFORE.category or 'other'
    redis.call('ZREM', p .. 'queue:' .. FIG_BEFORE.branch .. ':cat:' .. old_cat, id)
  end
  local v = redis.call('HMGET', tkey, 'branch', 'category')
  local branch, cat = v[1], (v[2] and v[2] ~= '') and v[2] or 'other'
  if not branch or branch == '' then return end
  local score = redis.call('ZSCORE', p .. 'queue:' .. branch, id)
  if score then redis.call('ZADD', p .. 'queue:' .. branch .. ':cat:' .. cat, score, id) end
end

-- Each branch's tickets of every state by creation time ({p}:branch:{branch}:created, keys.ts branchCreated),
-- so the board's closed/all list of a branch reads that branch's newest, not the district's (QA18: a secretary's
-- list was the district's newest 2,000 filtered to the branch). Kept here for creation (no ticket loaded before)
-- and for every move (the branch differs from the one loaded); tickets older than the index are filed once by
-- tickets-branch-index-2.lua.
local function created_sync(tkey, id)
  local p = string.sub(tkey, 1, #tkey - #('ticket:' .. id))
  local v = redis.call('HMGET', tkey, 'branch', 'createdAt')
  local branch, at = v[1], v[2]
  if not branch or branch == '' or not at or at == '' then return end
  if FIG_BEFORE and FIG_BEFORE.branch == branch then return end
  if FIG_BEFORE and FIG_BEFORE.branch ~= '' then
    redis.call('ZREM', p .. 'branch:' .. FIG_BEFORE.branch .. ':created', id)
  end
  redis.call('ZADD', p .. 'branch:' .. branch .. ':created', at, id)
end

local function load_ticket(key)
  local flat = redis.call('HGETALL', key)
  if #flat == 0 then return nil end
  local t = {}
  for i = 1, #flat, 2 do t[flat[i]] = flat[i + 1] end
  FIG_BEFORE = fig_of(t)
  return t
end

local function empty(v) return v == nil or v == '' end

-- nil when the ticket exists and is still in the branch the caller checked, else the reply saying why not.
-- What of a ticket a prompt is about (core/ports/tickets.ts seenOf): taken or not, closed or resolved, and by whom.
local function seen_of(t)
  local phase = (t.status == 'claimed' or t.status == 'waiting') and 'held' or t.status
  return phase .. '|' .. (t.owner or '')
end

-- ARGV[1] is the branch checked, or the branch, a newline and the ticket as the person's prompt saw it (seen_of):
-- a ticket someone else has moved on since is refused 'changed' (status, owner) rather than acted on blind. The
-- person's own claim since (a new ticket they took on another card) is no change.
local function refuse(t)
  if not t then return { 'missing' } end
  local branch, saw = ARGV[1], nil
  local cut = string.find(branch, '\n', 1, true)
  if cut then branch, saw = string.sub(branch, 1, cut - 1), string.sub(branch, cut + 1) end
  if branch ~= '' and t.branch ~= branch then return { 'moved', t.branch } end
  if saw then
    local now = seen_of(t)
    if now ~= saw and not (saw == 'new|' and now == 'held|' .. ARGV[3]) then
      return { 'changed', t.status, t.owner or '' }
    end
  end
  return nil
end

local function is_reporter(t) return ARGV[3] == t.channel .. ':' .. t.reporter end

local function is_open(t) return t.status == 'new' or t.status == 'claimed' or t.status == 'waiting' end

local URGENCY_RANK = { emergency = 0, urgent = 1, normal = 2 }
-- One band of 1e13 ms (about 317 years) per urgency: emergency first, then by deadline.
local SCORE_BAND = 10000000000000

-- A ticket waiting on the worker has its resolve deadline paused (`pausedAt`, docs/reports.md "Waiting on the
-- worker"): never an emergency's, never one already passed when the question was asked.
local function is_paused(t) return t.status == 'waiting' and not empty(t.pausedAt) end

-- The deadline that matters next: respond while nobody has taken the ticket, then resolve; none while paused.
local function next_due(t)
  if is_paused(t) then return nil end
  if t.status == 'new' then return tonumber(t.respondBy) end
  return tonumber(t.resolveBy)
end

local function queue_score(t, due) return (URGENCY_RANK[t.urgency] or 2) * SCORE_BAND + due end

-- Paused tickets sit after every running deadline of their band, by the time they had left (a ticket's time
-- left is far below the 1e12 ms between this base and the next band).
local PAUSED_BASE = 9000000000000

-- Place an open ticket in its branch queue and the due index at its current deadline. A paused ticket has no
-- deadline running: out of the due index (nothing escalates or reminds the branch), `dueAt` empty.
local function requeue(tkey, t, due_key, queue_key)
  local due = next_due(t)
  if not due then
    t.dueAt = ''
    redis.call('HSET', tkey, 'dueAt', '')
    redis.call('ZREM', due_key, t.id)
    local left = math.max(0, tonumber(t.resolveBy) - tonumber(t.pausedAt))
    redis.call('ZADD', queue_key, (URGENCY_RANK[t.urgency] or 2) * SCORE_BAND + PAUSED_BASE + left, t.id)
    return
  end
  t.dueAt = due
  redis.call('HSET', tkey, 'dueAt', due)
  redis.call('ZADD', due_key, due, t.id)
  redis.call('ZADD', queue_key, queue_score(t, due), t.id)
end

-- The ticket starts waiting on the worker (a question asked while it was not waiting): `waitingSince` and the
-- waiting index (the worker's reminder, the digest), and the resolve deadline paused unless it is an emergency's
-- or has passed already. Call before the status is set to 'waiting'; the caller requeues.
local function start_wait(t, waiting_key)
  -- A second question does not restart a wait — unless the ticket was left waiting from before waits were
  -- recorded (no waitingSince): its next question starts the wait it never had, once.
  if t.status == 'waiting' and not empty(t.waitingSince) then return end
  t.waitingSince = ARGV[2]
  redis.call('HSET', KEYS[1], 'waitingSince', ARGV[2])
  redis.call('ZADD', waiting_key, ARGV[2], t.id)
  if t.urgency ~= 'emergency' and tonumber(t.resolveBy) > tonumber(ARGV[2]) then
    t.pausedAt = ARGV[2]
    redis.call('HSET', KEYS[1], 'pausedAt', ARGV[2])
  end
end

-- The ticket stops waiting on the worker (an answer, a resolution, a move): a paused resolve deadline resumes
-- with the time it had left (moved on by the time paused). Call while the status is still 'waiting'; the
-- caller sets the new status and requeues. Tickets that waited before waits were recorded have nothing to undo.
local function end_wait(t, waiting_key)
  if t.status ~= 'waiting' then return end
  if not empty(t.pausedAt) then
    local resolve_by = tonumber(t.resolveBy) + (tonumber(ARGV[2]) - tonumber(t.pausedAt))
    t.resolveBy = resolve_by
    redis.call('HSET', KEYS[1], 'resolveBy', resolve_by)
  end
  t.pausedAt = ''
  t.waitingSince = ''
  redis.call('HSET', KEYS[1], 'pausedAt', '', 'waitingSince', '')
  redis.call('ZREM', waiting_key, t.id)
end

-- The pending extension request as its events carry it.
local function extension_request(t)
  -- `request`: which request (its extAt), so the decision can close that request's card wherever it was decided.
  return { ['until'] = tonumber(t.extUntil), text = t.extReason or '', requestedBy = t.extBy or '', request = tonumber(t.extAt) }
end

-- Forget the pending extension request (decided, voided by a raise, or its ticket resolved or reopened).
local function clear_extension()
  redis.call('HSET', KEYS[1], 'extUntil', '', 'extReason', '', 'extBy', '', 'extByName', '', 'extAt', '')
end

-- Danger told in words the worker added later (a reply, a "not solved" comment): the ticket becomes an
-- emergency. Urgency only goes up; each deadline becomes the emergency one (counted from now, passed in by
-- the caller) when that is sooner — the respond-by only while the ticket waits for a response (`new`).
-- The caller requeues (the score's band and deadline both change). Returns the urgency it had, or nil
-- when it was an emergency already (a repeat changes nothing).
-- A pending extension request was made on the old timeline: the raise voids it (docs/reports.md
-- "Decisions"), and `extVoided` keeps the request's time (`extAt`) so an approver pressing its buttons later
-- is told why it is gone.
-- Second value: the voided request (extension_request), or nil.
local function raise_emergency(t, respond_by, resolve_by)
  if t.urgency == 'emergency' then return nil end
  local was = empty(t.urgency) and 'normal' or t.urgency
  t.urgency = 'emergency'
  redis.call('HSET', KEYS[1], 'urgency', 'emergency')
  local voided = nil
  if not empty(t.extUntil) then
    voided = extension_request(t)
    redis.call('HSET', KEYS[1], 'extVoided', t.extAt or '')
    clear_extension()
    t.extUntil = ''
  end
  if t.status == 'new' and tonumber(respond_by) < (tonumber(t.respondBy) or math.huge) then
    t.respondBy = respond_by
    redis.call('HSET', KEYS[1], 'respondBy', respond_by)
  end
  if tonumber(resolve_by) < (tonumber(t.resolveBy) or math.huge) then
    t.resolveBy = resolve_by
    redis.call('HSET', KEYS[1], 'resolveBy', resolve_by)
  end
  return was, voided
end

-- Files the reporter sent after the report (an answer, a "not solved" reason) join its evidence (the body,
-- <ticket key>:body), each marked `addedAt` (now), up to `max` added files in all; the rest stay on the event only.
local function add_evidence(files, max)
  if #files == 0 then return end
  local bkey = KEYS[1] .. ':body'
  local ok, body = pcall(cjson.decode, redis.call('GET', bkey) or '{}')
  if not ok or type(body) ~= 'table' then body = {} end
  -- cjson reads an empty JSON array as an empty table, which it would write back as {}: rebuild the list.
  local evidence, added = {}, 0
  for _, f in ipairs(type(body.evidence) == 'table' and body.evidence or {}) do
    evidence[#evidence + 1] = f
    if f.addedAt then added = added + 1 end
  end
  local room = tonumber(max) - added
  for _, f in ipairs(files) do
    if room <= 0 then break end
    evidence[#evidence + 1] = { kind = f.kind, fileId = f.fileId, addedAt = tonumber(ARGV[2]) }
    room = room - 1
  end
  if #evidence > 0 then
    body.evidence = evidence
    redis.call('SET', bkey, cjson.encode(body))
  end
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
  catq_sync(tkey, id)
  created_sync(tkey, id)
  fig_sync(tkey)
  return seq
end

local function event(t, kind, data) return append_event(KEYS[1], KEYS[2], KEYS[3], t.id, kind, data) end

-- The events of a raise (after the words' own event): 'raised', then 'extension-voided' when it voided one.
local function raise_events(t, was, voided)
  if not was then return end
  event(t, 'raised', { from = was, urgency = 'emergency' })
  if voided then event(t, 'extension-voided', voided) end
end

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
