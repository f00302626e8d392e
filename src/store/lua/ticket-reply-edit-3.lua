--[[
  The reporter edited words of theirs already relayed to the branch (a 'replied' event): a 'reply-edited' event with
  the new words, naming the event it edits and the relayed message, for the effects to edit in place. Changes no
  state, queue or deadline: the words were said when they were. Any status (a resolved ticket's history reads them
  too); only the reporter, so an anonymised ticket (no reporter any more) takes none.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] ''   ARGV[2] now   ARGV[3] actor (must be the reporter)   ARGV[4] ''   ARGV[5] 'worker'
  ARGV[6] the seq of the 'replied' event edited   ARGV[7] the new words (masked)
  ARGV[8] the relayed message (packed ref)

  Returns { 'ok', seq } | { 'not-reporter' } | { 'missing' } | { 'none' } (no such 'replied' event).
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_reporter(t) then return { 'not-reporter' } end
local of = tonumber(ARGV[6])
local ok, was = pcall(cjson.decode, redis.call('LINDEX', KEYS[2], of - 1) or '')
if not ok or type(was) ~= 'table' or was.type ~= 'replied' or tonumber(was.seq) ~= of then return { 'none' } end

local seq = event(t, 'reply-edited', { of = of, text = ARGV[7], relayed = ARGV[8] })
return { 'ok', tostring(seq) }
