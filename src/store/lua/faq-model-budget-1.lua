--[[
  One model answer from a person's budget for the current window, when any is left (shared by every replica).

  KEYS[1]  string  the person's count of model answers in this window (expires with it)
  ARGV[1]  how many the window allows
  ARGV[2]  seconds the count is kept (the window and a margin)

  Returns 1 when one was taken, 0 when the window's budget is spent (nothing counted then).
]]
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= tonumber(ARGV[1]) then return 0 end
redis.call('INCR', KEYS[1])
if used == 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
return 1
