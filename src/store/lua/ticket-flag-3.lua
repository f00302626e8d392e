--[[
  Set a field on a ticket only if it is not set yet, and log it — for once-only marks such as a
  sweep's reminder ("remindedRespondAt"). Changes no state, queue or deadline.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] ''   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] field   ARGV[7] value   ARGV[8] event type ('' = set the field without an event)

  Returns { 'ok' } | { 'already', value } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not empty(t[ARGV[6]]) then return { 'already', t[ARGV[6]] } end

redis.call('HSET', KEYS[1], ARGV[6], ARGV[7])
if ARGV[8] ~= '' then event(t, ARGV[8], { field = ARGV[6], value = ARGV[7] }) end
return { 'ok' }
