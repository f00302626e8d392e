--[[
  The figures counters' one-off backfill: count tickets created before the counters existed (no `fm`).
  Each ticket is counted once whoever runs it: a ticket that has `fm` is skipped, inside this script.

  KEYS[1]  string  the "counted" marker (keys.ts figuresCounted): read only, to skip work once it is set
  ARGV[1]  prefix of ticket keys ("ws:ticket:")
  ARGV[2…] triples: ticket id, its local creation month (YYYY-MM), its local creation day (YYYY-MM-DD)

  Returns the number of tickets counted by this call.
]]
--@include ticket

if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local n = 0
for i = 2, #ARGV, 3 do
  local tkey = ARGV[1] .. ARGV[i]
  local r = fig_read(tkey)
  if r.status ~= '' and r.fm == '' then
    redis.call('HSET', tkey, 'fm', ARGV[i + 1], 'fd', ARGV[i + 2])
    r.fm = ARGV[i + 1]
    r.fd = ARGV[i + 2]
    fig_apply(tkey, r, 1)
    n = n + 1
  end
end
return n
