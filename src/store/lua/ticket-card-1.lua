--[[
  Remember the triage card posted for a ticket, unless the ticket has meanwhile moved to another branch
  (the move's own effect posts the card there).

  KEYS[1] ticket hash
  ARGV[1] the branch the card was posted for   ARGV[2] the card's message ref, packed by the repo (channel|chatId|threadId|messageId)

  Returns 1 when stored, 0 when the ticket is gone or has moved.
]]
local branch = redis.call('HGET', KEYS[1], 'branch')
if branch ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'card', ARGV[2])
return 1
