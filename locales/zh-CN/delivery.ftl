## Delivery: the progress message of a broadcast, and the organisers' warning about a removed group

delivery-kind-lesson = 微课推送
delivery-kind-notice = 通知发送
delivery-kind-other = 系统消息
delivery-progress-running = 发送中：已发送 { $sent } · 失败 { $failed } · 待发送 { $left }（共 { $total } 个群）
delivery-progress-done = 已完成：已发送 { $sent } · 失败 { $failed }（共 { $total } 个群）
delivery-progress-cancelled = 已取消：已发送 { $sent } · 失败 { $failed } · 取消 { $cancelled }（共 { $total } 个群）
delivery-failed-reasons = 失败原因：{ $reasons }
delivery-reason-count = { $reason } { $count } 个
delivery-list-separator = { "；" }
delivery-reason-forbidden = 机器人已被移出群或无权发言
delivery-reason-not-found = 群不存在或已升级为超级群
delivery-reason-bad-request = 消息被平台拒收
delivery-reason-transient = 多次重试仍未送达
delivery-group-removed = ⚠️ 机器人无法在群「{ $group }」（{ $branch }）发消息：{ $reason }。该群已标记为停用，不再推送微课和通知。请联系群主把机器人重新拉进群，再在群里发送 /bind 恢复。
