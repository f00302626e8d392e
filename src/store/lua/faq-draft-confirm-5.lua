--[[
  Confirm a draft FAQ entry an organiser wrote for a /gaps question: it joins the pack's answers at once
  (kept with the pack's confirmed drafts, and the learned-examples version bumped so every process rebuilds
  its index with it), waits there for export into the pack, and closes the gap.

  KEYS[1]  string JSON: the draft waiting for confirmation
  KEYS[2]  hash   the pack's confirmed drafts: draft id → JSON
  KEYS[3]  hash   the gap it answers
  KEYS[4]  zset   the gaps' counts
  KEYS[5]  string the pack's learned-examples version (what the askers are built from)
  ARGV[1]  draft id

  Returns the draft's JSON, or false when it is gone (confirmed already, or expired).
]]
local draft = redis.call('GET', KEYS[1])
if not draft then return false end
redis.call('HSET', KEYS[2], ARGV[1], draft)
redis.call('DEL', KEYS[1])
redis.call('INCR', KEYS[5])
local q = redis.call('HGET', KEYS[3], 'q')
if q then
  redis.call('ZREM', KEYS[4], q)
  redis.call('HSET', KEYS[3], 'status', 'drafted', 'entry', ARGV[1])
end
return draft
