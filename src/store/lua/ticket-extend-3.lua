--[[
  延期: the branch asks for a later resolve-by, with a reason; an organiser decides (ticket-decide).

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] requested resolve-by (ms)   ARGV[7] reason

  Returns { 'ok' } | { 'pending' } (one request at a time) | { 'not-later' } | { 'bad-state', status }
        | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if t.status ~= 'claimed' and t.status ~= 'waiting' then return { 'bad-state', t.status } end
if not empty(t.extUntil) then return { 'pending' } end
if tonumber(ARGV[6]) <= tonumber(t.resolveBy) then return { 'not-later' } end

redis.call('HSET', KEYS[1], 'extUntil', ARGV[6], 'extReason', ARGV[7], 'extBy', ARGV[3], 'extByName', ARGV[4], 'extAt', ARGV[2])
event(t, 'extension-requested', { ['until'] = tonumber(ARGV[6]), text = ARGV[7] })
return { 'ok' }
