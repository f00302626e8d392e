## Delivery: the progress message of a broadcast, and the organisers' warning about a removed group

delivery-kind-lesson = 微課推送
delivery-kind-notice = 通知發送
delivery-kind-other = 系統訊息
delivery-progress-running = 發送中：已發送 { $sent } · 失敗 { $failed } · 待發送 { $left }（共 { $total } 個{ group-word }）
delivery-progress-done = 已完成：已發送 { $sent } · 失敗 { $failed }（共 { $total } 個{ group-word }）
delivery-progress-cancelled = 已取消：已發送 { $sent } · 失敗 { $failed } · 取消 { $cancelled }（共 { $total } 個{ group-word }）
# A notice whose end ("有效期至") came before these groups got it: they were not sent it.
delivery-progress-expired = 已過期：已發送 { $sent } · 失敗 { $failed } · 已過期未發 { $cancelled }（共 { $total } 個{ group-word }）
# Groups a try may have reached with no answer (the connection dropped): not counted as sent or as failed.
delivery-unsure = 另有 { $unsure } 個{ group-word }發送時網路斷了，無法確認是否收到（不算失敗，也未重複計數）
delivery-failed-reasons = 失敗原因：{ $reasons }
delivery-reason-count = { $reason } { $count } 個
delivery-list-separator = { "；" }
delivery-reason-forbidden = 機器人已被移出{ group-word }或無權發言
delivery-reason-not-found = { group-word }不存在
delivery-reason-bad-request = 訊息被平台拒收
delivery-reason-transient = 多次重試仍未送達
delivery-group-removed = ⚠️ 機器人無法在{ group-word }「{ $group }」（{ $branch }）發訊息：{ $reason }。該{ group-word }已標記為停用，不再推送微課和通知。請聯絡{ $platform ->
        [slack] 頻道管理員
       *[other] 群主
    }把機器人重新拉進{ group-word }，再在{ group-word }裡發送 /bind 恢復。

## A staff chat the pack names was upgraded to a supergroup (a new chat id): cards follow it, the pack must be updated
chat-moved-triage = ⚠️ { $branch }的處置群已升級為超級群，群 ID 從 { $old } 變為 { $new }。新的反映卡片已改發到新群，但內容包裡仍寫著舊 ID：請在 branches.yaml 中把這個支部 triage 下的 chat: '{ $old }' 改為 chat: '{ $new }'。改好之前，在新群裡打字時機器人還認不出這是處置群（卡片上的按鈕照常可用）。
chat-moved-escalation = ⚠️ 督辦群已升級為超級群，群 ID 從 { $old } 變為 { $new }。訊息已改發到新群，但內容包裡仍寫著舊 ID：請在 organisers.yaml 中把 escalation 下的 chat: '{ $old }' 改為 chat: '{ $new }'。改好之前，在新群裡打字時機器人還認不出這是督辦群（卡片上的按鈕照常可用）。
# A card sent afresh to a moved chat again, after the last try had no answer (it may be there already).
resent-maybe-repeat = ↻ 重發：上次發到這裡時網路斷了，不知道是否已發出。上面如果已有一則同樣的訊息，以這一則為準。
