# Long reports in the staff's views: the card is short, the full view (📄 查看详情, /ticket) follows in pieces.
ticket-text-more-card = （正文共 { $chars } 字，卡片只显示开头；点「📄 查看详情」看全文）
ticket-text-more-below = （正文共 { $chars } 字，余下的在后面 { $pages } 条消息里）
ticket-text-page = { $id } 正文（续 { $n }/{ $of }）
ticket-note-cut = （共 { $chars } 字，这里只显示开头）

# 督办 is deliberate: a reason, and once within a window.
triage-escalate-prompt = 督办 { $id }：请写明要区里督促什么、为什么（区里会看到）：
triage-refused-recent = 这个问题{ $ago ->
    [0] 刚刚
   *[other] { $ago } 分钟前
}已经督办过，区里已收到；{ $window } 分钟内不重复督办。
board-act-escalate-note = 督办理由

# The worker is told when an organiser approves more time.
worker-extended = ⏳ 您反映的 { $id } 办理时限已延长至 { $until }，支部还在办理。

# The extension picker can be left.
triage-extend-cancelled = 已取消，没有申请延期。

# /bind and /unbind are an organiser's: say so to a secretary; /unbind asks first.
bind-organisers-only = { group-word }的绑定和解绑由组织者操作。请联系区里的组织者在本{ group-word }发 /bind。
unbind-confirm = 确定要解除本{ group-word }与「{ $branch }」的绑定吗？解除后，本{ group-word }的反映、课程和通知不再归这个支部。
unbind-btn-yes = 确定解绑
unbind-kept = 没有解绑，本{ group-word }仍归原支部。

# The board's gaps page to a secretary: what they may do there (look), and who handles them.
board-gaps-note-readonly = 机器人答不上的问题，以及被点 👎 的问答条目。这里供支部了解情况，由区里的组织者处理。
