--[[
  One-off: file tickets created before the per-branch created index into it (branch:{branch}:created, by
  creation time), at the branch each has now. Since then the ticket scripts keep it (includes/ticket.lua
  created_sync); running this again, or beside transitions, files nothing twice (ZADD of the same member).

  KEYS[1]  string  the "branch-indexed" marker (keys.ts ticketsBranchIndexed): read only, to skip work once set
  KEYS[2]  zset    every ticket by creation time (keys.ts ticketsCreated): the scores
  ARGV[1]  prefix of ticket keys ("ws:ticket:")
  ARGV[2]  prefix of the branch indexes ("ws:branch:")
  ARGV[3…] ticket ids

  Returns the number of tickets filed by this call (0 when the marker is set).
]]
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
local n = 0
for i = 3, #ARGV do
  local id = ARGV[i]
  local branch = redis.call('HGET', ARGV[1] .. id, 'branch')
  local at = redis.call('ZSCORE', KEYS[2], id)
  if branch and branch ~= '' and at then
    redis.call('ZADD', ARGV[2] .. branch .. ':created', at, id)
    n = n + 1
  end
end
return n
