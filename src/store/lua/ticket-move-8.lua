--[[
  转派 (transfer: the branch names the new owner) or 退单 (return: "not ours"; the router's fallback
  decides). A return never ping-pongs: a ticket returned twice, or heading back to a branch that already
  returned it, goes to the district; the district cannot return. The ticket arrives new at its new branch;
  the deadlines keep running from the report, but the new branch gets at least a fresh respond window.
  A ticket waiting on the worker stops waiting (the new branch asks its own questions): a paused resolve deadline
  resumes with the time it had left (end_wait).

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the branch in ARGV[1]   KEYS[6] the queue of ARGV[7]   KEYS[7] the district's queue
  KEYS[8] tickets waiting on their reporter (zset)
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] 'transfer' | 'return'   ARGV[7] target branch   ARGV[8] the district branch   ARGV[9] reason
  ARGV[10] respond-by at the new branch (ms)

  Returns { 'ok', branch } | { 'same' } | { 'district' } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_open(t) then return { 'bad-state', t.status } end

local from = t.branch
local target, queue = ARGV[7], KEYS[6]
local kind = 'transferred'
if ARGV[6] == 'return' then
  if from == ARGV[8] then return { 'district' } end
  kind = 'returned'
  local returns = redis.call('HINCRBY', KEYS[1], 'returns', 1)
  local by = t.returnedBy or ''
  local already = string.find(',' .. by .. ',', ',' .. target .. ',', 1, true)
  if returns >= 2 or target == from or already then target, queue = ARGV[8], KEYS[7] end
  redis.call('HSET', KEYS[1], 'returnedBy', by == '' and from or (by .. ',' .. from))
else
  if target == from then return { 'same' } end
  redis.call('HINCRBY', KEYS[1], 'transfers', 1)
end

end_wait(t, KEYS[8])
local respond_by = math.max(tonumber(t.respondBy), tonumber(ARGV[10]))
t.status = 'new'
t.branch = target
t.respondBy = respond_by
redis.call('HSET', KEYS[1], 'status', 'new', 'branch', target, 'respondBy', respond_by, 'owner', '', 'ownerName', '',
  'claimedAt', '', 'card', '')
redis.call('ZREM', KEYS[5], t.id)
requeue(KEYS[1], t, KEYS[4], queue)
event(t, kind, { from = from, to = target, text = ARGV[9], oldCard = t.card or '' })
return { 'ok', target }
