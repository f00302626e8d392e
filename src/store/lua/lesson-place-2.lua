--[[
  A lesson's place in its series as one chat sees it: "第 N/M 课". N counts the series' lessons the chat had before
  this one, those since removed from the pack included, so a lesson put in a removed lesson's slot moves on (it showed
  the same N twice: QA19); M is the series now plus the removed lessons the chat had, so the last lesson reads M/M.
  The N a chat was shown is kept per lesson, so the same message drawn again (a quiz tally, "上一课") says the same.

  KEYS[1] hash    the chat's places: lesson id → "<series id>|<N>"
  KEYS[2] set     the lesson ids the chat has had (its progress)
  ARGV[1]         the lesson id
  ARGV[2]         its series id
  ARGV[3]         'record': keep N if none is kept (the lesson goes out now); 'next': the N it would get, not kept;
                  'shown': the kept N only
  ARGV[4…]        the series' lesson ids now, in teaching order

  Output: { N (0 when 'shown' finds none kept), M }
]]
local lesson, series, mode = ARGV[1], ARGV[2], ARGV[3]
local now = {}
for i = 4, #ARGV do now[ARGV[i]] = true end

local removed, kept = 0, nil
local places = redis.call('HGETALL', KEYS[1])
for i = 1, #places, 2 do
  local of, n = string.match(places[i + 1], '^(.*)|(%d+)$')
  if of == series and not now[places[i]] then removed = removed + 1 end
  if places[i] == lesson then kept = tonumber(n) end
end
local total = (#ARGV - 3) + removed
if kept or mode == 'shown' then return { kept or 0, total } end

local had = 0
for i = 4, #ARGV do
  if ARGV[i] ~= lesson and redis.call('SISMEMBER', KEYS[2], ARGV[i]) == 1 then had = had + 1 end
end
local n = had + removed + 1
if mode == 'record' then redis.call('HSET', KEYS[1], lesson, series .. '|' .. n) end
return { n, total }
