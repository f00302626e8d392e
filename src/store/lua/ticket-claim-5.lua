--[[
  签收: a secretary (or organiser) takes a new ticket. Two concurrent claims: one owner, the other is told who.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role

  Returns { 'ok' } | { 'taken', owner, ownerName } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if t.status == 'claimed' or t.status == 'waiting' then return { 'taken', t.owner or '', t.ownerName or '' } end
if t.status ~= 'new' then return { 'bad-state', t.status } end

t.status = 'claimed'
redis.call('HSET', KEYS[1], 'status', 'claimed')
take(t)
responded(t)
requeue(KEYS[1], t, KEYS[4], KEYS[5])
event(t, 'claimed')
return { 'ok' }
