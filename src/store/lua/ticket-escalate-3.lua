--[[
  督办: the ticket is escalated to the district (by an organiser, a secretary, or the overdue sweep).
  With ARGV[7] = '1' it happens at most once per ticket (the sweep's "escalate overdue, once").

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] reason ('' allowed)   ARGV[7] '1' = only if never escalated
  ARGV[8] window (ms, '' or 0 = none): refused while the last escalation is more recent than this, so a
  double tap or two people pressing at once escalate once
  ARGV[9] the deadline the ticket passed ('respond' | 'resolve', '' = none: escalated by a person)
  ARGV[10] when it was due (ms). The sweep's escalation keeps these on the event, not words in one language:
  each viewer reads the reason in their own (how late is the event's time minus `due`). Events written before
  carry their reason as `text`, and read as they were.
  ARGV[11] repeat: the sweep telling the district again of an emergency nobody has claimed ('' = not a repeat):
  the number of repeats this one brings the ticket to. Refused unless the ticket is still new and an emergency
  ('bad-state'), and unless fewer repeats than that were made ('already': another process made it), so however
  many processes sweep, each repeat is made once. The window (ARGV[8]) counts from the last escalation of any kind.
  ARGV[12] the most repeats there will be (kept on the event, for its words).
  ARGV[13] the sweep's batch ('' = none): the ids of the branch's tickets it escalates together, the first the one
  whose effects post the one summary for all (comma-separated), kept on the event as `batch`.

  Returns { 'ok', count } | { 'already' } | { 'recent', escalatedAt } | { 'bad-state', status }
  | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if t.status == 'closed' then return { 'bad-state', t.status } end
if ARGV[7] == '1' and not empty(t.escalatedAt) then return { 'already' } end
local rep = tonumber(ARGV[11] or '')
if rep then
  if t.status ~= 'new' or t.urgency ~= 'emergency' then return { 'bad-state', t.status } end
  if (tonumber(t.unclaimedAlerts) or 0) >= rep then return { 'already' } end
end
local window = tonumber(ARGV[8] or '') or 0
if window > 0 and not empty(t.escalatedAt) and tonumber(ARGV[2]) - tonumber(t.escalatedAt) < window then
  return { 'recent', t.escalatedAt }
end

local n = redis.call('HINCRBY', KEYS[1], 'escalations', 1)
redis.call('HSET', KEYS[1], 'escalatedAt', ARGV[2])
local data = { text = ARGV[6], branch = t.branch }
if not empty(ARGV[9]) then
  data.deadline = ARGV[9]
  data.due = tonumber(ARGV[10])
end
if rep then
  redis.call('HSET', KEYS[1], 'unclaimedAlerts', rep)
  data['repeat'] = rep
  data.repeats = tonumber(ARGV[12])
  data.reported = tonumber(t.createdAt)
end
if not empty(ARGV[13]) then data.batch = ARGV[13] end
event(t, 'escalated', data)
return { 'ok', tostring(n) }
