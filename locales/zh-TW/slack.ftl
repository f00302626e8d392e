## Slack: the report form (/report opens it; nothing is posted in the channel)

slack-report-title = 反映問題
slack-report-submit = 提交
slack-report-close = 取消
slack-report-intro = 只有負責的支部書記能看到您寫的內容，頻道裡不會顯示。
slack-report-origin = 來自：{ $branch }
slack-report-emergency = 緊急情況請立即撥打：{ $numbers }
slack-report-desc = 發生了什麼？
slack-report-desc-placeholder = 時間、地點、經過……
slack-report-desc-hint = 寫清時間、地點、經過，書記才好跟進。
slack-report-category = 問題類別
slack-report-category-placeholder = 不選則按描述自動判斷
slack-report-category-hint = 已按您的描述預選，可以改。
slack-report-photos = 照片（可選）
slack-report-photos-hint = 現場、單據或聊天截圖，最多 { $max } 張，只有負責的書記能看到。
slack-report-options = 選項
slack-report-anonymous = 匿名反映（書記看不到我的名字）
slack-report-contact = 可以私訊聯繫我了解情況
slack-report-error-empty = 請用幾句話說明情況。
slack-report-rate-limited = 您這一小時已經反映了 { $limit } 個問題，請稍後再提交。緊急情況請直接撥打：{ $numbers }；有人正處於危險中的，仍然可以用 /report 寫明情況提交。
slack-report-unavailable = 反映問題的功能暫時不可用，請稍後再試。
slack-report-failed = 抱歉，問題沒有提交成功，請稍後再試。您寫的內容：

## Slack: the app was asked for something in a channel it is not a member of

slack-not-in-channel = 我還不在這個頻道裡，沒法在這裡回覆。請先把我加進來：/invite @waystation
slack-mention-someone = 某人
# /bind typed in a group DM (a few people's private conversation, not a channel).
slack-bind-group-dm = 群組私訊不能綁定為工人頻道：課程和通知只發到頻道裡。請在工人們的頻道裡使用 /bind（先用 /invite @waystation 把我加進去）。

## Slack: words of the adapter's own

# The close button of the small window that answers a refused press (an alert).
slack-alert-close = 知道了
# What a screen reader says of a picture with no caption.
slack-photo-alt = 照片
