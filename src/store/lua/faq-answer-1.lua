--[[
  A branch's answer to a passed question, once.

  KEYS[1]  hash   the question (status open → answered)
  ARGV[1]  who answers (channel:user)
  ARGV[2]  their display name
  ARGV[3]  now (ms)
  ARGV[4]  the answer text

  Returns { 'ok' } | { 'answered', name, by } (someone answered first) | { 'missing' } (gone or never passed).
]]
local status = redis.call('HGET', KEYS[1], 'status')
if status == 'answered' then
  local who = redis.call('HMGET', KEYS[1], 'byName', 'by')
  return { 'answered', who[1] or '', who[2] or '' }
end
if status ~= 'open' then return { 'missing' } end
redis.call('HSET', KEYS[1], 'status', 'answered', 'by', ARGV[1], 'byName', ARGV[2], 'answeredAt', ARGV[3],
  'answer', ARGV[4])
return { 'ok' }
