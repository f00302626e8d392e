--[[
  Remember a message that shows a ticket with its buttons besides its triage card (a staff view, a reminder),
  so the effects keep its buttons in step with the ticket. Read in the same step: the ticket's last event, so
  a caller whose copy was drawn before a newer event knows to bring it up to date (the effects of that
  event may have run before the copy was remembered). Also indexes the message as showing the ticket, as
  ticket-card-2 does for the card (a reply to it in a triage chat is staff talking about the ticket).

  A staff view (ARGV[7] '1': /ticket, 📄 查看详情) replaces the ticket's older views in the same chat (stop 43: each
  /ticket left one more live copy): they are no longer followed, and are returned so the caller can say on each
  where the live one is. The copy dropped to keep at most ARGV[6] is returned too (its buttons must go).

  KEYS[1] ticket hash   KEYS[2] the ticket's copies hash (packed ref → JSON)   KEYS[3] the message's index key
  ARGV[1] packed ref   ARGV[2] the copy (JSON, with `at`)   ARGV[3] the ticket id   ARGV[4] copies' TTL (s)
  ARGV[5] index TTL (s)   ARGV[6] most copies kept (the oldest goes)   ARGV[7] '1' when the copy is a staff view

  Returns { the ticket's event seq now, then packed ref, copy JSON of each copy no longer followed … },
  or { -1 } when there is no such ticket.
]]
if redis.call('EXISTS', KEYS[1]) == 0 then return { -1 } end
local retired = {}
if ARGV[7] == '1' then
  -- The chat: a packed ref is channel|chatId|threadId|messageId; a view in a thread is in its chat.
  local chat = string.match(ARGV[1], '^[^|]*|[^|]*|')
  local flat = redis.call('HGETALL', KEYS[2])
  for i = 1, #flat, 2 do
    if chat and flat[i] ~= ARGV[1] and string.sub(flat[i], 1, #chat) == chat then
      local ok, copy = pcall(cjson.decode, flat[i + 1])
      if ok and type(copy) == 'table' and copy.kind == 'view' then
        redis.call('HDEL', KEYS[2], flat[i])
        table.insert(retired, flat[i])
        table.insert(retired, flat[i + 1])
      end
    end
  end
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[4]))
redis.call('SET', KEYS[3], ARGV[3], 'EX', tonumber(ARGV[5]))
if redis.call('HLEN', KEYS[2]) > tonumber(ARGV[6]) then
  local flat = redis.call('HGETALL', KEYS[2])
  local oldest, oldest_json, oldest_at = nil, nil, math.huge
  for i = 1, #flat, 2 do
    local ok, copy = pcall(cjson.decode, flat[i + 1])
    local at = ok and type(copy) == 'table' and tonumber(copy.at) or 0
    if at < oldest_at then oldest, oldest_json, oldest_at = flat[i], flat[i + 1], at end
  end
  if oldest then
    redis.call('HDEL', KEYS[2], oldest)
    table.insert(retired, oldest)
    table.insert(retired, oldest_json)
  end
end
return { tonumber(redis.call('HGET', KEYS[1], 'evSeq') or '0'), unpack(retired) }
