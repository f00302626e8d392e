--[[
  Give a broadcast's jobs that have not been sent yet a new payload (a corrected notice: the groups still
  waiting get the new text). A job being sent right now keeps the payload it was claimed with; a retry of
  it reads the new one. Sent, failed and cancelled chats are left alone.

  KEYS[1] {p}:dlv:b:{id}:state         chat → pending | sent | failed | cancelled
  KEYS[2] {p}:dlv:jobs                 job → JSON payload
  KEYS[3..5] {p}:dlv:leased:{channel}  jobs being sent, one set per channel
  ARGV[1] broadcast id
  ARGV[2], ARGV[3], … pairs of chat and new payload (JSON)
  Output: the number of jobs given the new payload that were still waiting — not one being sent right now, which
  goes with the words it was claimed with (the organiser is told "还在等待的 N 个群会收到新文字", QA28 #4)
]]
local n = 0
local function sending(job)
  for k = 3, #KEYS do
    if redis.call('ZSCORE', KEYS[k], job) then return true end
  end
  return false
end
for i = 2, #ARGV, 2 do
  local chat = ARGV[i]
  local job = ARGV[1] .. ' ' .. chat
  if redis.call('HGET', KEYS[1], chat) == 'pending' and redis.call('HEXISTS', KEYS[2], job) == 1 then
    redis.call('HSET', KEYS[2], job, ARGV[i + 1])
    if not sending(job) then n = n + 1 end
  end
end
return n
