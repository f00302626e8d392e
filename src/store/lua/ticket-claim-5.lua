--[[
  签收: a secretary (or organiser) takes a new ticket. Two concurrent claims: one owner, the other is told who.
  Taking over (QA11 #4): a claimed or waiting ticket whose claimer is no longer in the pack for its branch
  (the caller checked the pack, and passes the claimer it read as ARGV[6]) is taken by the presser — only
  while that claimer still holds it, so of two taking over at once one wins and the other is told who.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] the claimer to take over from ('' or absent = a plain claim)
  ARGV[7] the role the presser must have ('' or absent = any staff): 'organiser' for the escalation chat's
          签收, which is the district's — a branch secretary there is refused, whatever the client sent

  Returns { 'ok' } | { 'taken', owner, ownerName } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }
  | { 'organisers-only' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
local need = ARGV[7] or ''
if need ~= '' and ARGV[5] ~= need then return { 'organisers-only' } end
if t.status == 'claimed' or t.status == 'waiting' then
  local from = ARGV[6] or ''
  if from == '' or t.owner ~= from then return { 'taken', t.owner or '', t.ownerName or '' } end
  local from_name = t.ownerName or ''
  t.owner, t.ownerName, t.claimedAt = ARGV[3], ARGV[4], ARGV[2]
  redis.call('HSET', KEYS[1], 'owner', ARGV[3], 'ownerName', ARGV[4], 'claimedAt', ARGV[2])
  event(t, 'claimed', { previous = from, previousName = from_name })
  return { 'ok' }
end
if t.status ~= 'new' then return { 'bad-state', t.status } end

t.status = 'claimed'
redis.call('HSET', KEYS[1], 'status', 'claimed')
take(t)
responded(t)
requeue(KEYS[1], t, KEYS[4], KEYS[5])
event(t, 'claimed')
return { 'ok' }
