## Notices: /notice (compose, preview, confirm), /notices (list, details, cancel) and the "收到" button

cmd-notice = 发布通知（组织者）
cmd-notices = 查看通知的送达、回执和失败（组织者）
notice-help-button = 📢 发布通知

notice-ask-text = 📢 请发送通知内容（文字，可以附一张图片并把文字写在图片说明里），最多 { $max } 字。
    给繁体{ group-word }或英文{ group-word }另写一版：在正文后另起一行写 [zh-TW] 或 [en]，接着写那个语言的内容。
    发送 /cancel 放弃。
notice-empty-text = 通知内容不能为空。请发送文字（带图片时请把文字写在图片说明里）。
notice-too-long = 通知太长了（{ $length } 字），请控制在 { $max } 字以内。
notice-variant-empty = [{ $locale }] 后面没有内容，请补上或删掉这个标记后重新发送。
notice-use-buttons = 请用上面的按钮继续，或发送 /cancel 放弃。

notice-audience-title = 👥 发给哪些{ group-word }？（可多选，已选 { $count } 个{ group-word }）
notice-audience-all = 全部{ group-word }（{ $count }）
notice-audience-branches = 按支部 ›
notice-audience-industries = 按行业 ›
notice-audience-tags = 按标签 ›
notice-audience-back = ‹ 返回
notice-audience-done = 下一步：预览（{ $count } 个{ group-word }）
notice-audience-no-tags = 还没有{ group-word }设置标签（绑定时可以加标签：/bind 支部 标签）。
notice-audience-empty = 所选范围里没有可以接收的{ group-word }（0 个），什么都没有发送。请换一个范围。
notice-audience-chosen = 👥 已选 { $count } 个{ group-word }
notice-audience-label-all = 全部{ group-word }
notice-industry-delivery = 外卖
notice-industry-express = 快递
notice-industry-ride-hailing = 网约车
notice-industry-freight = 货运
notice-industry-live-streaming = 直播
notice-industry-territorial = 街道/属地

notice-preview-label = 👇 预览（{ $locale }）——{ group-word }里看到的就是这样：
notice-preview-label-converted = 👇 预览（{ $locale }，由简体自动转换）——繁体{ group-word }看到的就是这样：
notice-preview-label-main = 👇 预览（{ $locale } { group-word }）——没有写 [en] 版本，英文{ group-word }将收到中文原文：
notice-version-converted-zh-TW = ℹ️ { $count } 个繁体{ group-word }将收到自动转换的繁体版（想自己写：正文后另起一行 [zh-TW]）。
notice-version-main-en = ⚠️ { $count } 个英文{ group-word }将收到中文原文（没有写 [en] 版本）。
notice-locale-zh-CN = 简体中文
notice-locale-zh-TW = 繁體中文
notice-locale-en = English
notice-controls-title = 📋 发送设置
notice-controls = 范围：{ $audience }（{ $count } 个{ group-word }）
    时间：{ $when }
    置顶：{ $pin }
    “收到”按钮：{ $ack }
notice-when-now = 确认后立即发送
notice-yes = 是
notice-no = 否
notice-quiet-warning = ⚠️ 这个时间在休息/高峰时段（{ $window }）里。通知会照常发出；想避开的话，点“避开休息时段”。
notice-btn-time = 🕘 定时发送
notice-btn-now = ⚡ 改为立即发送
notice-btn-quiet = 🌙 避开休息时段（改到 { $time }）
notice-btn-pin = 📌 置顶：{ $state }
notice-btn-ack = ✅ “收到”按钮：{ $state }
notice-btn-confirm = 🚀 确认发送（{ $count } 个{ group-word }）
notice-btn-discard = ✖ 放弃
notice-ask-time = 什么时候发（{ $tz }）？直接说就行，比如“明天早上九点”“周五下午三点”“两小时后”，也可以写 16:30 或 { $example }。
notice-bad-time = 没看懂这个时间。可以说“明天早上九点”“周五下午三点”，或写 16:30、{ $example }。
notice-past-time = 这个时间已经过去了，请输入一个将来的时间。
notice-far-time = 最多只能提前 { $days } 天定时，请换一个时间。

notice-queued-now = ✅ 通知 #{ $id } 已提交，正在发给 { $count } 个{ group-word }。发送进度另有一条消息实时更新；回执用 /notices 查看。
notice-queued-later = ✅ 通知 #{ $id } 已定时：{ $when } 发出，发给那时这个范围里绑定的{ group-word }（目前 { $count } 个）。发出前可以在 /notices 里取消。
notice-already-confirmed = 这条通知已经提交过了，不会重复发送。
notice-discarded = 已放弃，这条通知没有发出。
notice-draft-gone = 这个草稿已经失效，请重新发送 /notice。
notice-enqueue-failed = 提交失败，没有发出任何消息。请稍后再点一次确认。
notice-progress-title = 📢 通知 #{ $id }

notice-header = 📢 通知
# Only English groups see it.
notice-in-chinese = （本通知只有中文版）
notice-ack-button = ✅ 收到
notice-ack-button-count = ✅ 收到 · { $count }
notice-ack-thanks = 已确认收到，谢谢！
notice-ack-again = 你已经确认过了。
notice-ack-preview = 这是预览：{ group-word }里的成员点这里表示“收到”。
notice-ack-gone = 这条通知已经失效。

notices-title = 📋 最近的通知
notices-none = 还没有发过通知。发送 /notice 发布第一条。
# A worker (or secretary) typing /notice or /notices: where notices are, not a bare "no permission" (QA19).
notices-refused = 通知由组织者发布，会直接发到{ group-word }里（重要的会置顶），往上翻就能看到。对哪条通知有疑问，回复那条通知问我就行。
notices-status = 已送达 { $sent }/{ $total } · 失败 { $failed } · 待发 { $pending } · 收到 { $acks } 人
notices-status-cancelled = 已取消（取消前送达 { $sent }/{ $total }）
notices-status-scheduled = 定时发送，发给那时绑定的{ group-word }（目前 { $count } 个）
notices-btn-show = 详情 #{ $id }
notices-btn-cancel = 取消 #{ $id }
notice-unknown = 没有找到这条通知。
notice-detail-title = 通知 #{ $id } 的送达情况
notice-detail-when = { $when } · { $audience }
notice-detail-sent = ✅ { $group } · 收到 { $acks } 人
notice-detail-failed = ❌ { $group } · { $reason }
notice-detail-pending = ⏳ { $group } · 待发送
notice-detail-unsure = 📶 { $group } · 发送时网络断了，无法确认是否收到
notice-detail-cancelled = ⊘ { $group } · 已取消
notice-detail-scheduled = 还没发出：到时发给那时这个范围里绑定的{ group-word }。目前是这 { $count } 个：
notice-released-empty = 📢 通知 #{ $id } 到了发送时间，但所选范围里已经没有可以接收的{ group-word }，什么都没有发送。
notice-cancelled = 已取消 #{ $id }：{ $count } 个{ group-word }不会再收到。
notice-cancel-nothing = #{ $id } 已经全部发出，没有可以取消的了。
notice-fail-forbidden = 机器人已被移出{ group-word }或不能发言
notice-fail-not-found = { group-word }不存在了
notice-fail-bad-request = 消息被平台拒收
notice-fail-rate-limited = 平台限流
notice-fail-transient = 多次重试仍未送达
notice-fail-cancelled = 已取消

# Who pressed "收到" (stop 41), from a notice's details; and per version once it was corrected.
notices-btn-who = 👥 谁点了收到
notice-who-title = 通知 #{ $id } 点了“收到”的人（{ $count } 人{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 页
    }）
notice-who-group = { $group }（收到 { $count } 人）
notice-who-unnamed = （没有显示名字）
notice-who-version = （点在{ $version }上）
notice-who-forgotten = 另有 { $count } 人点得早于 90 天，只计数、不再保留名字。
notice-who-none = 通知 #{ $id } 还没有人点“收到”。
notice-detail-ack-revs = （{ $list }）
notice-ack-rev-count = { $version } { $count } 人
notice-version-first = 原文
notice-version-fix = 第 { $rev } 次更正
