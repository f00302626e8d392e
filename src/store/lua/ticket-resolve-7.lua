--[[
  办结: the branch resolves the ticket with a note; it leaves the queue and waits for the worker's word.
  A pending extension request is dropped with it (moot now, and it must not block one after a reopen).
  A ticket waiting on the worker stops waiting; its paused resolve deadline resumes first (end_wait), so a branch
  that closes it unanswered is on time if it had time left when it asked.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]   KEYS[6] resolved tickets awaiting confirmation
  KEYS[7] tickets waiting on their reporter (zset)
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] the resolution note

  Returns { 'ok' } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_open(t) then return { 'bad-state', t.status } end

end_wait(t, KEYS[7])
take(t)
responded(t)
redis.call('HSET', KEYS[1], 'status', 'resolved', 'resolvedAt', ARGV[2], 'resolution', ARGV[6], 'resolvedBy', ARGV[3],
  'resolvedByName', ARGV[4], 'dueAt', '')
clear_extension()
redis.call('ZREM', KEYS[4], t.id)
redis.call('ZREM', KEYS[5], t.id)
redis.call('ZADD', KEYS[6], ARGV[2], t.id)
event(t, 'resolved', { text = ARGV[6] })
return { 'ok' }
