--[[
  Count one message a person sent to the bot in one chat in the current minute (shared by every replica).
  The core compares the count with the chat's limit: past it, one "slow down" line, then nothing.

  KEYS[1]  string  the person's count of messages in this chat in this minute (expires with it)
  ARGV[1]  seconds the count is kept (the window and a margin)

  Returns the count, this message included.
]]
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
