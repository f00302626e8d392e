--[[
  询问: the branch asks the reporter a question (relayed by the bot); the ticket waits for the worker.
  Asking a new ticket takes it, as a claim would. The first question of a wait records when it began
  (`waitingSince`, the waiting index) and pauses the resolve deadline (start_wait in includes/ticket.lua);
  another question while it waits changes neither.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]   KEYS[6] tickets waiting on their reporter (zset, by waitingSince)
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] the question

  Returns { 'ok' } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_open(t) then return { 'bad-state', t.status } end

start_wait(t, KEYS[6])
t.status = 'waiting'
redis.call('HSET', KEYS[1], 'status', 'waiting')
take(t)
responded(t)
requeue(KEYS[1], t, KEYS[4], KEYS[5])
event(t, 'asked', { text = ARGV[6] })
return { 'ok' }
