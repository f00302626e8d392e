--[[
  An organiser approves or refuses a pending extension request (one tap). Approval moves the
  resolve-by, and with it the ticket's place in its queue. Approved while the deadline is paused (the ticket
  waits on the worker), the pause counts from the approval: the approved date holds as of then, and the wait
  before it is not added on top.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the ticket's branch
  ARGV[1] the branch KEYS[5] belongs to, as the caller read it ('moved' if the ticket left it)
  ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] 'approve' | 'refuse'
  ARGV[7] the request the approver saw (its `extAt`, ms), '' = whichever is pending (older buttons)

  Returns { 'ok' } | { 'none' } (no request pending, or not the one seen) | { 'voided' } (the request was
  voided when the ticket became an emergency: raise_emergency in includes/ticket.lua)
  | { 'moved', branch } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
local seen = ARGV[7] or ''
if not empty(t.extVoided) and (seen == t.extVoided or (seen == '' and empty(t.extUntil))) then
  return { 'voided' }
end
if empty(t.extUntil) then return { 'none' } end
-- A button of an older request never decides the one asked since.
if seen ~= '' and seen ~= t.extAt then return { 'none' } end

local approved = ARGV[6] == 'approve'
local data = extension_request(t)
clear_extension()
if approved then
  t.resolveBy = t.extUntil
  redis.call('HSET', KEYS[1], 'resolveBy', t.extUntil)
  if is_paused(t) then
    t.pausedAt = ARGV[2]
    redis.call('HSET', KEYS[1], 'pausedAt', ARGV[2])
  end
  redis.call('HINCRBY', KEYS[1], 'extensions', 1)
  if is_open(t) then requeue(KEYS[1], t, KEYS[4], KEYS[5]) end
end
event(t, approved and 'extension-approved' or 'extension-refused', data)
return { 'ok' }
