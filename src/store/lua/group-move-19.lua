--[[
  A chat moved to a new id (a Telegram group upgraded to a supergroup): everything kept under the old chat key
  that the bot still needs moves to the new one in one step, and the move is recorded. Safe to run again (the
  service message in each chat and a refused send may all report the same move): what already moved is not
  found under the old key the second time.
  - the binding (its `chat` field rewritten, marked active: the bot is in the new chat); when the new id already
    has a binding (someone ran /bind there first), that one stays and the old one is dropped
  - its place among bound chats and in its branch's set
  - lesson progress and deliveries (sets, merged), quiz figures (counters, added), pauses (all and per series),
    and the 第 N 课 each lesson was shown with (a hash, merged; the new chat's own entry wins), so a quiz tally or
    上一课 redrawn in the new chat keeps its N and the next lesson counts on from it
  - the /report link: the old token now names the new chat (a link already shared keeps working)
  - the latest notice and lesson posted in the chat, for the time they had left, unless the new chat has its own
    (what it was sent since is newer): "上一课" or a question about the latest notice asked in the new chat finds
    them. Copied, not moved: the old chat's stay until they expire, as before.
  The old binding's branch and link token are read here, so their keys are built from ARGV prefixes (a single
  Redis, not a cluster), as are the per-series pause sets named by ARGV[7..].

  KEYS[1]  hash    the old chat's binding
  KEYS[2]  hash    the new chat's binding
  KEYS[3]  set     every bound chat
  KEYS[4]  hash    moved chats: old chat key → new chat key
  KEYS[5]  set     lesson ids given to the old chat      KEYS[6]  the same, new chat
  KEYS[7]  set     lesson ids delivered to the old chat  KEYS[8]  the same, new chat
  KEYS[9]  hash    the old chat's quiz figures           KEYS[10] the same, new chat
  KEYS[11] set     chats whose lessons are paused
  KEYS[12] string  the old chat's /report token          KEYS[13] the same, new chat
  KEYS[14] hash    lesson places of the old chat         KEYS[15] the same, new chat
  KEYS[16] string  the old chat's latest notice (TTL)    KEYS[17] the same, new chat
  KEYS[18] string  the old chat's latest lesson (TTL)    KEYS[19] the same, new chat
  ARGV[1] old chat (channel:chatId)   ARGV[2] new chat
  ARGV[3] branch-set key prefix ('{p}:branch:')   ARGV[4] its suffix (':groups')
  ARGV[5] per-series pause set prefix ('{p}:lessons:paused:')
  ARGV[6] /report token key prefix ('{p}:reportlink:')
  ARGV[7..] the pack's schedule ids

  Returns { 1 when this call recorded the move (0: it was known), 1 when a binding moved (0: none) }.
]]
local old, new = ARGV[1], ARGV[2]
local first = redis.call('HGET', KEYS[4], old) ~= new and 1 or 0
redis.call('HSET', KEYS[4], old, new)

local bound = 0
local branch = redis.call('HGET', KEYS[1], 'branch')
if branch then
  if redis.call('EXISTS', KEYS[2]) == 0 then
    local fields = redis.call('HGETALL', KEYS[1])
    redis.call('HSET', KEYS[2], unpack(fields))
    redis.call('HSET', KEYS[2], 'chat', new, 'active', '1')
    redis.call('SADD', KEYS[3], new)
    redis.call('SADD', ARGV[3] .. branch .. ARGV[4], new)
    bound = 1
  end
  redis.call('DEL', KEYS[1])
  redis.call('SREM', KEYS[3], old)
  redis.call('SREM', ARGV[3] .. branch .. ARGV[4], old)
end

for _, pair in ipairs({ { KEYS[5], KEYS[6] }, { KEYS[7], KEYS[8] } }) do
  if redis.call('EXISTS', pair[1]) == 1 then
    redis.call('SUNIONSTORE', pair[2], pair[2], pair[1])
    redis.call('DEL', pair[1])
  end
end

local figures = redis.call('HGETALL', KEYS[9])
for i = 1, #figures, 2 do
  redis.call('HINCRBY', KEYS[10], figures[i], tonumber(figures[i + 1]) or 0)
end
redis.call('DEL', KEYS[9])

if redis.call('SREM', KEYS[11], old) == 1 then redis.call('SADD', KEYS[11], new) end
for i = 7, #ARGV do
  local paused = ARGV[5] .. ARGV[i]
  if redis.call('SREM', paused, old) == 1 then redis.call('SADD', paused, new) end
end

local places = redis.call('HGETALL', KEYS[14])
for i = 1, #places, 2 do
  redis.call('HSETNX', KEYS[15], places[i], places[i + 1])
end
redis.call('DEL', KEYS[14])

local token = redis.call('GET', KEYS[12])
if token then
  redis.call('SET', ARGV[6] .. token, new)
  if redis.call('EXISTS', KEYS[13]) == 0 then redis.call('SET', KEYS[13], token) end
  redis.call('DEL', KEYS[12])
end

for _, pair in ipairs({ { KEYS[16], KEYS[17] }, { KEYS[18], KEYS[19] } }) do
  local json = redis.call('GET', pair[1])
  local ttl = redis.call('PTTL', pair[1])
  if json and ttl > 0 then redis.call('SET', pair[2], json, 'PX', ttl, 'NX') end
end

return { first, bound }
