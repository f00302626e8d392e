--[[
  Pass a worker's question to its branch, once: the question (kept when the bot answered or was unsure)
  becomes open, and its id goes on the branch's list. The branch was chosen when the question was kept;
  one that no longer exists in the pack falls back to the district.

  KEYS[1]  hash   the question: text, chat, branch, status (pending → open), …
  ARGV[1]  prefix of the branches' lists (the branch id is appended here)
  ARGV[2]  now (ms)
  ARGV[3]  longest list kept per branch
  ARGV[4]  TTL of the question once passed (seconds)
  ARGV[5]  the pack's branch ids, space-separated
  ARGV[6]  the district's branch id

  Returns { 'ok', branch } | { 'passed', branch } (passed before) | { 'missing' } (expired or unknown).
]]
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return { 'missing' } end
local branch = redis.call('HGET', KEYS[1], 'branch') or ''
if status ~= 'pending' then return { 'passed', branch } end
if branch == '' or not string.find(' ' .. ARGV[5] .. ' ', ' ' .. branch .. ' ', 1, true) then
  branch = ARGV[6]
end
redis.call('HSET', KEYS[1], 'status', 'open', 'branch', branch, 'passedAt', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
local id = string.match(KEYS[1], '([^:]+)$')
local list = ARGV[1] .. branch
redis.call('LPUSH', list, id)
redis.call('LTRIM', list, 0, tonumber(ARGV[3]) - 1)
return { 'ok', branch }
