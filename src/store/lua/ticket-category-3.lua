--[[
  🏷️ 改类别 (stop 39): a secretary of the ticket's branch, or an organiser, files an open ticket under another of the
  pack's categories — the reporter chose the wrong one, or skipped the question (其他, "报告人未选分类"). Only the
  category changes: branch, state, deadlines and holder stay (a category whose usual branch differs is offered a
  ↪️ 转派 by the caller, never moved here). The category queues and the figures follow through append_event
  (catq_sync, fig_sync), so the board's filter and the figures by category count it under the new one at once.
  The caller checked the category against the pack.

  KEYS[1] ticket hash   KEYS[2] event list   KEYS[3] pending effects
  ARGV[1] branch checked   ARGV[2] now   ARGV[3] actor   ARGV[4] actor name   ARGV[5] role
  ARGV[6] the new category id

  Returns { 'ok', previous } | { 'same-category' } | { 'bad-state', status } | { 'missing' } | { 'moved', branch }.
]]
--@include ticket

local t = load_ticket(KEYS[1])
local no = refuse(t)
if no then return no end
if not is_open(t) then return { 'bad-state', t.status } end
local from = empty(t.category) and 'other' or t.category
if from == ARGV[6] then return { 'same-category' } end

-- Chosen by the branch now, not skipped by the reporter: the card's "报告人未选分类" goes.
redis.call('HSET', KEYS[1], 'category', ARGV[6], 'categorySkipped', '')
event(t, 'recategorised', { fromCategory = from, category = ARGV[6], skipped = t.categorySkipped == '1' or nil })
return { 'ok', from }
