## Delivery: the progress message of a broadcast, and the organisers' warning about a removed group

delivery-kind-lesson = 微课推送
delivery-kind-notice = 通知发送
delivery-kind-other = 系统消息
delivery-progress-running = 发送中：已发送 { $sent } · 失败 { $failed } · 待发送 { $left }（共 { $total } 个{ group-word }）
delivery-progress-done = 已完成：已发送 { $sent } · 失败 { $failed }（共 { $total } 个{ group-word }）
delivery-progress-cancelled = 已取消：已发送 { $sent } · 失败 { $failed } · 取消 { $cancelled }（共 { $total } 个{ group-word }）
# A notice whose end ("有效期至") came before these groups got it: they were not sent it.
delivery-progress-expired = 已过期：已发送 { $sent } · 失败 { $failed } · 已过期未发 { $cancelled }（共 { $total } 个{ group-word }）
# Groups a try may have reached with no answer (the connection dropped): not counted as sent or as failed.
delivery-unsure = 另有 { $unsure } 个{ group-word }发送时网络断了，无法确认是否收到（不算失败，也未重复计数）
delivery-failed-reasons = 失败原因：{ $reasons }
delivery-reason-count = { $reason } { $count } 个
delivery-list-separator = { "；" }
delivery-reason-forbidden = 机器人已被移出{ group-word }或无权发言
delivery-reason-not-found = { group-word }不存在
delivery-reason-bad-request = 消息被平台拒收
delivery-reason-transient = 多次重试仍未送达
delivery-group-removed = ⚠️ 机器人无法在{ group-word }「{ $group }」（{ $branch }）发消息：{ $reason }。该{ group-word }已标记为停用，不再推送微课和通知。请联系{ $platform ->
        [slack] 频道管理员
       *[other] 群主
    }把机器人重新拉进{ group-word }，再在{ group-word }里发送 /bind 恢复。

## A staff chat the pack names was upgraded to a supergroup (a new chat id): cards follow it, the pack must be updated
chat-moved-triage = ⚠️ { $branch }的处置群已升级为超级群，群 ID 从 { $old } 变为 { $new }。新的反映卡片已改发到新群，但内容包里仍写着旧 ID：请在 branches.yaml 中把这个支部 triage 下的 chat: '{ $old }' 改为 chat: '{ $new }'。改好之前，在新群里打字时机器人还认不出这是处置群（卡片上的按钮照常可用）。
chat-moved-escalation = ⚠️ 督办群已升级为超级群，群 ID 从 { $old } 变为 { $new }。消息已改发到新群，但内容包里仍写着旧 ID：请在 organisers.yaml 中把 escalation 下的 chat: '{ $old }' 改为 chat: '{ $new }'。改好之前，在新群里打字时机器人还认不出这是督办群（卡片上的按钮照常可用）。
# A card sent afresh to a moved chat again, after the last try had no answer (it may be there already).
resent-maybe-repeat = ↻ 重发：上次发到这里时网络断了，不知道是否已发出。上面如果已有一条同样的消息，以这一条为准。
