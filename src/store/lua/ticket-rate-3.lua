--[[
  The reporter rates the handling, 1–5, once: a second rating changes nothing.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] ''   ARGV[2] now   ARGV[3] actor (must be the reporter)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6] rating 1–5

  Returns { 'ok' } | { 'already', rating } | { 'not-reporter' } | { 'bad-state', status } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
if not empty(t.rating) then return { 'already', t.rating } end
if t.status ~= 'resolved' and t.status ~= 'closed' then return { 'bad-state', t.status } end

redis.call('HSET', KEYS[1], 'rating', ARGV[6], 'ratedAt', ARGV[2])
event(t, 'rated', { rating = tonumber(ARGV[6]) })
return { 'ok' }
