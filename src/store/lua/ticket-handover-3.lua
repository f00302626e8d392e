--[[
  👥 转给同事 (QA20 #3): the holder of a claimed or waiting ticket hands it to another secretary of the same
  branch — at shift end, say. Only the holder, or an organiser, may hand it over; the caller has checked from
  the pack that the receiver is a secretary of the ticket's branch (ARGV[1], checked again here). With ARGV[8]
  the caller names the holder it read (a bulk hand-over of "my tickets"): a ticket someone else took meanwhile
  is left alone. The state, deadlines and queue place do not change: only who holds it.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] the receiver (channel:userId)   ARGV[7] the receiver's name
  ARGV[8] the holder expected ('' = whoever holds it; then the actor must be the holder or an organiser)

  Returns { 'ok', previous, previousName } | { 'not-holder', owner, ownerName } | { 'same' } | { 'bad-state', status }
  | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if t.status ~= 'claimed' and t.status ~= 'waiting' then return { 'bad-state', t.status } end
local expected = ARGV[8] or ''
if expected ~= '' and t.owner ~= expected then return { 'not-holder', t.owner or '', t.ownerName or '' } end
if t.owner ~= ARGV[3] and ARGV[5] ~= 'organiser' then return { 'not-holder', t.owner or '', t.ownerName or '' } end
if t.owner == ARGV[6] then return { 'same' } end

local from, from_name = t.owner or '', t.ownerName or ''
redis.call('HSET', KEYS[1], 'owner', ARGV[6], 'ownerName', ARGV[7], 'claimedAt', ARGV[2])
event(t, 'handed-over', { previous = from, previousName = from_name, receiver = ARGV[6], receiverName = ARGV[7] })
return { 'ok', from, from_name }
