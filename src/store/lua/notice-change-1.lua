--[[
  Correct or withdraw a notice, once and in one step, so a correction and a withdrawal racing each other (two
  organisers, two replicas) cannot both win: nothing is corrected once withdrawn, and a withdrawal happens once.

  KEYS[1] the notice hash ({p}:notice:{id})
  ARGV[1] "revise" or "withdraw"
  ARGV[2] revise: the new wording as JSON ({ text, variants, at }); withdraw: the time (ms)
  ARGV[3] revise: the whole record (`json`) with the new wording, used while the notice is still "scheduled"
          (optional: a caller without it has the wording kept in `revision`, as before)

  Returns { status before, corrections so far }: "" for no such notice; a notice already "withdrawn" is left as it
  is; "withdraw" moves only a notice that went out ("queued" or "cancelled"), not one still "scheduled". A revision
  is marked `corrected` when the notice had gone out, against its status here, not as the caller read it earlier.
  A notice still "scheduled" (nothing sent) has its text replaced outright: the record itself takes the new wording
  and no `revision` or count is kept (QA24 #4: a release that reads only `json` sent the first words), so the
  correction count it returns is unchanged.
]]
local before = redis.call('HGET', KEYS[1], 'status')
if not before then return { '', 0 } end
local rev = tonumber(redis.call('HGET', KEYS[1], 'rev') or '0')
if before == 'withdrawn' then return { before, rev } end
if ARGV[1] == 'revise' and before == 'scheduled' and ARGV[3] and ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'json', ARGV[3])
  redis.call('HDEL', KEYS[1], 'revision')
elseif ARGV[1] == 'revise' then
  rev = redis.call('HINCRBY', KEYS[1], 'rev', 1)
  local wording = cjson.decode(ARGV[2])
  wording.corrected = before ~= 'scheduled'
  redis.call('HSET', KEYS[1], 'revision', cjson.encode(wording))
elseif before ~= 'scheduled' then
  redis.call('HSET', KEYS[1], 'status', 'withdrawn', 'withdrawnAt', ARGV[2])
end
return { before, rev }
