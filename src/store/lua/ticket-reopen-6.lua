--[[
  "Not solved": the reporter reopens a resolved (or closed) ticket, with a comment, within the pack's
  confirmation window. It goes back to the branch that resolved it, with fresh deadlines (the resolve-by
  never sooner than the one in force, which an approved extension may have moved), still held by
  whoever had claimed it (status claimed; new only if nobody had), so nobody re-claims and the worker is
  not told "签收" a second time. A stale extension request is dropped.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the ticket's branch   KEYS[6] resolved tickets awaiting confirmation
  ARGV[1] the branch KEYS[5] belongs to, as the caller read it ('moved' if the ticket left it)
  ARGV[2] now   ARGV[3] actor (must be the reporter)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6] comment   ARGV[7] new respond-by (ms)   ARGV[8] new resolve-by (ms)
  ARGV[9] confirmation window (ms) counted from the resolution
  ARGV[10] '1' when the comment tells of acute danger to a person now: the ticket becomes an emergency in
  the same step (the caller passes the emergency deadlines in ARGV[7..8]) and a 'raised' event follows
  the 'reopened' one, unless it was an emergency already
  ARGV[11] JSON array of files sent as (or with) the reason ('' = none): they join the ticket's evidence as an
  answer's do (add_evidence, up to ARGV[12] added files in all) and ride on the 'reopened' event; the comment
  may then be empty (a photo sent alone as the reason, stop 39)

  Returns { 'ok', raisedFrom } (the urgency it had before, '' when not raised) | { 'not-reporter' } | { 'too-late' } | { 'bad-state', status } | { 'moved', branch } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
if t.status ~= 'resolved' and t.status ~= 'closed' then return { 'bad-state', t.status } end
if tonumber(ARGV[2]) - tonumber(t.resolvedAt or '0') > tonumber(ARGV[9]) then return { 'too-late' } end

t.status = empty(t.owner) and 'new' or 'claimed'
t.respondBy = ARGV[7]
-- Fresh deadlines, but never sooner than the resolve-by in force: an extension an organiser approved (and
-- the worker was told) still stands. Without one the fresh deadline is always the later one.
local resolve_by = ARGV[8]
if (tonumber(t.resolveBy) or 0) > tonumber(ARGV[8]) then resolve_by = t.resolveBy end
t.resolveBy = resolve_by
redis.call('HSET', KEYS[1], 'status', t.status, 'respondBy', ARGV[7], 'resolveBy', resolve_by,
  'resolvedAt', '', 'closedAt', '', 'closeReason', '', 'solved', '', 'reopenedAt', ARGV[2])
clear_extension()
t.extUntil = ''
redis.call('HINCRBY', KEYS[1], 'reopens', 1)
redis.call('ZREM', KEYS[6], t.id)
local raised, voided = nil, nil
if ARGV[10] == '1' then raised, voided = raise_emergency(t, ARGV[7], ARGV[8]) end
requeue(KEYS[1], t, KEYS[4], KEYS[5])
local files = empty(ARGV[11]) and {} or cjson.decode(ARGV[11])
add_evidence(files, ARGV[12] or '0')
local fields = { text = ARGV[6], branch = t.branch }
if #files > 0 then fields.files = files end
event(t, 'reopened', fields)
raise_events(t, raised, voided)
return { 'ok', raised or '' }
