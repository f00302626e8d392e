--[[
  The reporter answers (the bot relays it to the branch); a ticket waiting for the worker is back with the branch.
  Words added while the ticket was not waiting on the worker (a follow-up nobody asked for) carry `added`.
  When the words tell of acute danger to a person now (the caller's emergency detector), the same step makes
  the ticket an emergency: urgency raised (never lowered), deadlines no later than the emergency ones, its
  place in the branch queue and the due index moved, and a 'raised' event after the 'replied' one. A pending
  extension request is voided by the raise ('extension-voided' event; the decide script then answers
  'voided'). A ticket that is an emergency already changes nothing more than the reply does.
  An answer ends the wait: a paused resolve deadline resumes with the time it had left (end_wait), before any raise.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the ticket's branch   KEYS[6] tickets waiting on their reporter (zset)
  ARGV[1] the branch KEYS[5] belongs to, as the caller read it ('moved' if the ticket left it)
  ARGV[2] now   ARGV[3] actor (must be the reporter)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6] the answer   ARGV[7] JSON array of attachments sent with it
  ARGV[8] emergency respond-by (ms), '' = the words tell of no danger   ARGV[9] emergency resolve-by (ms)
  ARGV[10] most files added later the ticket's evidence keeps (beside the first report's)
  ARGV[11] the worker's message the words came from (packed ref, '' when none): kept as the event's `msg`, so an
           edit of that message can follow the relayed words. Words of a message already relayed to this ticket
           are refused ('already'): a second tap of "📎 补充到" on a kept question adds nothing twice.

  The files join the ticket's evidence (its body, <ticket key>:body) in the same step, each marked `addedAt`
  (now; only the reporter adds), up to ARGV[10] added files in all; the rest stay on the 'replied' event
  (add_evidence in includes/ticket.lua).

  Returns { 'ok', raisedFrom } (raisedFrom = the urgency it had before, '' when not raised)
    | { 'not-reporter' } | { 'bad-state', status } | { 'moved', branch } | { 'missing' } | { 'already' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
if not is_open(t) then return { 'bad-state', t.status } end
if not empty(ARGV[11]) then
  for _, raw in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
    local ok, e = pcall(cjson.decode, raw)
    if ok and type(e) == 'table' and e.type == 'replied' and e.msg == ARGV[11] then return { 'already' } end
  end
end

local back = t.status == 'waiting'
if back then
  end_wait(t, KEYS[6])
  t.status = 'claimed'
  redis.call('HSET', KEYS[1], 'status', 'claimed')
end
local raised, voided = nil, nil
if ARGV[8] ~= '' then raised, voided = raise_emergency(t, ARGV[8], ARGV[9]) end
if back or raised then requeue(KEYS[1], t, KEYS[4], KEYS[5]) end
local files = cjson.decode(ARGV[7])
add_evidence(files, ARGV[10])
-- Words nobody asked for (the ticket was not waiting on the worker) are an addition, told apart where staff read them.
local fields = { text = ARGV[6], files = files }
if not back then fields.added = true end
if not empty(ARGV[11]) then fields.msg = ARGV[11] end
event(t, 'replied', fields)
raise_events(t, raised, voided)
return { 'ok', raised or '' }
