# Long reports in the staff's views: the card is short, the full view (📄 查看詳情, /ticket) follows in pieces.
ticket-text-more-card = （正文共 { $chars } 字，卡片只顯示開頭；點「📄 查看詳情」看全文）
ticket-text-more-below = （正文共 { $chars } 字，其餘的在後面 { $pages } 則訊息裡）
ticket-text-page = { $id } 正文（續 { $n }/{ $of }）
ticket-note-cut = （共 { $chars } 字，這裡只顯示開頭）

# 督辦 is deliberate: a reason, and once within a window.
triage-escalate-prompt = 督辦 { $id }：請寫明要區裡督促什麼、為什麼（區裡會看到）：
triage-refused-recent = 這個問題{ $ago ->
    [0] 剛剛
   *[other] { $ago } 分鐘前
}已經督辦過，區裡已收到；{ $window } 分鐘內不重複督辦。
board-act-escalate-note = 督辦理由

# The worker is told when an organiser approves more time.
worker-extended = ⏳ 您反映的 { $id } 辦理時限已延長至 { $until }，支部還在辦理。

# The extension picker can be left.
triage-extend-cancelled = 已取消，沒有申請延期。

# /bind and /unbind are an organiser's: say so to a secretary; /unbind asks first.
bind-organisers-only = { group-word }的綁定和解綁由組織者操作。請聯繫區裡的組織者在本{ group-word }發 /bind。
unbind-confirm = 確定要解除本{ group-word }與「{ $branch }」的綁定嗎？解除後，本{ group-word }的反映、課程和通知不再歸這個支部。
unbind-btn-yes = 確定解綁
unbind-kept = 沒有解綁，本{ group-word }仍歸原支部。

# The board's gaps page to a secretary: what they may do there (look), and who handles them.
board-gaps-note-readonly = 機器人答不上的問題，以及被點 👎 的問答條目。這裡供支部了解情況，由區裡的組織者處理。
