--[[
  撤回 (QA20 #7): the reporter withdraws an open report (new, claimed or waiting). It is closed at once as
  withdrawn by the reporter (`closeReason` 'withdrawn', not solved, no resolution): out of the branch queue, the
  due index and the waiting index, a pending extension request dropped. The figures count it apart (fig_apply:
  in no resolution rate). Only the reporter: checked here, whatever the caller passed.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]   KEYS[6] tickets waiting on their reporter (zset)
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role

  Returns { 'ok', status before, owner, ownerName } | { 'not-reporter' } | { 'bad-state', status } | { 'missing' }
  | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
if not is_open(t) then return { 'bad-state', t.status } end

local was = t.status
end_wait(t, KEYS[6])
clear_extension()
redis.call('HSET', KEYS[1], 'status', 'closed', 'closedAt', ARGV[2], 'closeReason', 'withdrawn', 'solved', '0',
  'dueAt', '')
redis.call('ZREM', KEYS[4], t.id)
redis.call('ZREM', KEYS[5], t.id)
event(t, 'withdrawn', { from = was })
return { 'ok', was, t.owner or '', t.ownerName or '' }
