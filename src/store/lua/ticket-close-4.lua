--[[
  Close a resolved ticket: the reporter confirms it is solved ('confirmed'), or the confirmation window
  passed without objection ('window', by "system" from the scheduled sweep).

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  KEYS[4] resolved tickets awaiting confirmation
  ARGV[1] ''   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] reason: 'confirmed' (actor must be the reporter) | 'window' | another word
  ARGV[7] solved: '1' | '0'

  Returns { 'ok' } | { 'not-reporter' } | { 'bad-state', status } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if ARGV[6] == 'confirmed' and not is_reporter(t) then return { 'not-reporter' } end
if t.status ~= 'resolved' then return { 'bad-state', t.status } end

redis.call('HSET', KEYS[1], 'status', 'closed', 'closedAt', ARGV[2], 'closeReason', ARGV[6], 'solved', ARGV[7])
redis.call('ZREM', KEYS[4], t.id)
event(t, 'closed', { reason = ARGV[6], solved = ARGV[7] == '1' })
return { 'ok' }
