--[[
  Note that a worker was seen in a bound group: what they did there and its branch, for a question they ask in
  private later (core/faq/worker-branch.ts). Asking there (a message to the bot) outweighs a press (a quiz answer,
  a 收到) and is never turned back into one; the time is always the latest.

  KEYS[1]  hash    people:groups:{channel}:{user}: `channel:chatId` → "<asked|seen> <branch> <ms>", `chose` → …
  ARGV[1]  the group (`channel:chatId`)
  ARGV[2]  asked | seen
  ARGV[3]  the group's branch
  ARGV[4]  now (ms)
  ARGV[5]  how long the hash is kept after this (ms)

  Returns 1.
]]
local kind = ARGV[2]
local was = redis.call('HGET', KEYS[1], ARGV[1])
if kind == 'seen' and was and string.sub(was, 1, 6) == 'asked ' then
  local wasBranch = string.match(was, '^asked (%S+) ')
  if wasBranch == ARGV[3] then kind = 'asked' end
end
redis.call('HSET', KEYS[1], ARGV[1], kind .. ' ' .. ARGV[3] .. ' ' .. ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[5]))
return 1
