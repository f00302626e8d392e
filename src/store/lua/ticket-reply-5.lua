--[[
  The reporter answers (the bot relays it to the branch); a ticket waiting for the worker is back with the branch.
  Words added while the ticket was not waiting on the worker (a follow-up nobody asked for) carry `added`.
  When the words tell of acute danger to a person now (the caller's emergency detector), the same step makes
  the ticket an emergency: urgency raised (never lowered), deadlines no later than the emergency ones, its
  place in the branch queue and the due index moved, and a 'raised' event after the 'replied' one. A pending
  extension request is voided by the raise ('extension-voided' event; the decide script then answers
  'voided'). A ticket that is an emergency already changes nothing more than the reply does.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects   KEYS[4] due index
  KEYS[5] the queue of the ticket's branch
  ARGV[1] the branch KEYS[5] belongs to, as the caller read it ('moved' if the ticket left it)
  ARGV[2] now   ARGV[3] actor (must be the reporter)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6] the answer   ARGV[7] JSON array of attachments sent with it
  ARGV[8] emergency respond-by (ms), '' = the words tell of no danger   ARGV[9] emergency resolve-by (ms)

  Returns { 'ok', raisedFrom } (raisedFrom = the urgency it had before, '' when not raised)
    | { 'not-reporter' } | { 'bad-state', status } | { 'moved', branch } | { 'missing' }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
if not is_open(t) then return { 'bad-state', t.status } end

local raised, voided = nil, nil
if ARGV[8] ~= '' then raised, voided = raise_emergency(t, ARGV[8], ARGV[9]) end
local back = t.status == 'waiting'
if back then
  t.status = 'claimed'
  redis.call('HSET', KEYS[1], 'status', 'claimed')
end
if back or raised then requeue(KEYS[1], t, KEYS[4], KEYS[5]) end
-- Words nobody asked for (the ticket was not waiting on the worker) are an addition, told apart where staff read them.
local fields = { text = ARGV[6], files = cjson.decode(ARGV[7]) }
if not back then fields.added = true end
event(t, 'replied', fields)
raise_events(t, raised, voided)
return { 'ok', raised or '' }
