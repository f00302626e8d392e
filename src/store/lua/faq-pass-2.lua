--[[
  Pass a worker's question to its branch, once, for its asker only: the question (kept when the bot answered or
  was unsure) becomes open, and its id goes on the branch's list. The branch was chosen when the question was kept;
  one that no longer exists in the pack falls back to the district. A question asked in private by a worker whose
  branch the bot did not know (`askBranch`) has none: the asker names it (ARGV[8]), and that choice is remembered
  with the worker (KEYS[2], field `chose`) for their next question; without a choice nothing changes ('choose').

  KEYS[1]  hash   the question: text, chat, user, branch, askBranch, status (pending → open), …
  KEYS[2]  hash   the presser's groups and chosen branch (people:groups:{channel}:{user}); written only on a choice
  ARGV[1]  prefix of the branches' lists (the branch id is appended here)
  ARGV[2]  now (ms)
  ARGV[3]  longest list kept per branch
  ARGV[4]  TTL of the question once passed (seconds)
  ARGV[5]  the pack's branch ids, space-separated
  ARGV[6]  the district's branch id
  ARGV[7]  the presser (`channel:userId`); '' = not checked (a question kept without its asker)
  ARGV[8]  the branch the asker chose: a branch id, '-' for "not sure" (the district, not remembered), '' none
  ARGV[9]  how long the chosen branch is remembered (ms)

  Returns { 'ok', branch } | { 'passed', branch } (passed before) | { 'missing' } (expired or unknown)
        | { 'not-yours' } (someone else pressed) | { 'choose' } (the asker must name their branch first).
]]
local status = redis.call('HGET', KEYS[1], 'status')
if not status then return { 'missing' } end
local user = redis.call('HGET', KEYS[1], 'user')
if ARGV[7] ~= '' and user and user ~= ARGV[7] then return { 'not-yours' } end
local branch = redis.call('HGET', KEYS[1], 'branch') or ''
if status ~= 'pending' then return { 'passed', branch } end
local function known(id) return string.find(' ' .. ARGV[5] .. ' ', ' ' .. id .. ' ', 1, true) ~= nil end
if branch == '' and redis.call('HGET', KEYS[1], 'askBranch') == 'true' then
  if ARGV[8] == '-' then
    branch = ARGV[6]
  elseif ARGV[8] ~= '' and known(ARGV[8]) then
    branch = ARGV[8]
    redis.call('HSET', KEYS[2], 'chose', 'chose ' .. branch .. ' ' .. ARGV[2])
    redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[9]))
  else
    return { 'choose' }
  end
end
if branch == '' or not known(branch) then
  branch = ARGV[6]
end
redis.call('HSET', KEYS[1], 'status', 'open', 'branch', branch, 'passedAt', ARGV[2])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[4]))
local id = string.match(KEYS[1], '([^:]+)$')
local list = ARGV[1] .. branch
redis.call('LPUSH', list, id)
redis.call('LTRIM', list, 0, tonumber(ARGV[3]) - 1)
return { 'ok', branch }
