--[[
  Replace one kept question of a pack (a learned example, a confirmed draft) with its numbers hidden, only if it
  still holds what the caller read: the upgrade that hides every run of six digits or more in what was kept
  before stop 40 (core/faq/upgrade.ts decides the new words in TypeScript, where the mask lives; this writes them
  in one step, so a replica learning or confirming meanwhile is never overwritten). Bumps the pack's version, so
  every process rebuilds its asker from the hidden words.

  KEYS[1]  hash    the pack's learned examples (normalised question → JSON) or confirmed drafts (id → JSON)
  KEYS[2]  string  the pack's learned-examples version
  ARGV[1]  the field read
  ARGV[2]  its value read
  ARGV[3]  the new field (the same for a draft; a learned example's normalised question, numbers hidden)
  ARGV[4]  the new value

  Returns 1 when replaced, 0 when the field changed meanwhile (nothing written). A learned example whose new field
  is held already (the same wording learned since) is dropped for that one.
]]
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
if ARGV[1] ~= ARGV[3] then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('HSETNX', KEYS[1], ARGV[3], ARGV[4])
else
  redis.call('HSET', KEYS[1], ARGV[3], ARGV[4])
end
redis.call('INCR', KEYS[2])
return 1
