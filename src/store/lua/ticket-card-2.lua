--[[
  Remember the triage card posted for a ticket, unless the ticket has meanwhile moved to another branch
  (the move's own effect posts the card there); and the other way round, which ticket that message is the
  card of (a reply to it in the triage chat is staff talking about the ticket, not a slip).

  KEYS[1] ticket hash   KEYS[2] the card message's index key (ticketcard:<channel>:<chat>:<message>)
  ARGV[1] the branch the card was posted for   ARGV[2] the card's message ref, packed by the repo (channel|chatId|threadId|messageId)
  ARGV[3] the ticket id   ARGV[4] how long the index key lives (s)

  Returns 1 when stored, 0 when the ticket is gone or has moved.
]]
local branch = redis.call('HGET', KEYS[1], 'branch')
if branch ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'card', ARGV[2])
redis.call('SET', KEYS[2], ARGV[3], 'EX', tonumber(ARGV[4]))
return 1
