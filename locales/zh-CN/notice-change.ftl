## A notice that went out, corrected or withdrawn from its /notices details (QA19)

notice-corrected-mark = （已更正）
notice-withdrawn-text = 📢 此通知已撤回。
notices-btn-fix = ✏️ 更正 #{ $id }
notices-btn-withdraw = 🗑 撤回 #{ $id }
notice-btn-withdraw-yes = 🗑 确认撤回 #{ $id }
notice-fix-ask = ✏️ 请发送 #{ $id } 更正后的全文，它会替换原文（最多 { $max } 字，其他语言版本照样用 [en] / [zh-TW] 另起一行写）。
    已发出的消息会被逐条改成新文字并标上“（已更正）”，还没发出的{ group-word }直接收到新文字。发送 /cancel 放弃。
    现在的内容（连同各语言版本，改好后整段发回）：
    { $text }
notice-fixed = ✏️ 已更正 #{ $id }：已发出的 { $edited } 条消息正在逐条修改{ $waiting ->
        [0] 。
       *[other] ，还在等待的 { $waiting } 个{ group-word }会收到新文字。
    }
notice-fixed-scheduled = ✏️ 已更正 #{ $id }：到时发出的是新文字。
# A correction without a version the notice had (its groups of that language now get the main text).
notice-fix-dropped-en = ⚠️ 这次没有写 [en] 版本：{ $count } 个英文{ group-word }的通知改成了中文原文。要保留英文，请再点“✏️ 更正”，在正文后另起一行写 [en] 和英文内容。
notice-fix-dropped-zh-TW = ℹ️ 这次没有写 [zh-TW] 版本：{ $count } 个繁体{ group-word }改为收到由简体自动转换的繁体版，原来写的繁体版不再使用。
notice-fix-withdrawn = #{ $id } 已经撤回，不能再更正。
notice-withdraw-ask = 确定撤回 #{ $id } 吗？已发出的 { $sent } 条会被删除（超过 48 小时删不掉的，改成“此通知已撤回”并取消置顶）{ $pending ->
        [0] 。
       *[other] ，还在等待的 { $pending } 个{ group-word }不再发送。
    }
# Every copy can still be deleted (none on Telegram, or none there 48 hours old yet): the 48-hour clause left out.
notice-withdraw-ask-deletable = 确定撤回 #{ $id } 吗？已发出的 { $sent } 条会被删除{ $pending ->
        [0] 。
       *[other] ，还在等待的 { $pending } 个{ group-word }不再发送。
    }
notice-withdrawing = 🗑 正在撤回 #{ $id }：已发出的 { $copies } 条消息逐条删除{ $cancelled ->
        [0] 。
       *[other] ，等待中的 { $cancelled } 个{ group-word }不再发送。
    }结果见“详情”。
notice-withdraw-again = #{ $id } 已经撤回过了。
notices-status-withdrawn = 🗑 已撤回：删除 { $deleted } 条 · 未能删除 { $kept } 条
notice-detail-withdrawn = 🗑 已撤回：删除 { $deleted } 条 · 删不掉、已改为“此通知已撤回” { $replaced } 条 · 失败 { $failed } 条 · 处理中 { $pending } 条
notice-detail-deleted = 🗑 { $group } · 已删除
notice-detail-replaced = ↩️ { $group } · 超过 48 小时删不掉，已改为“此通知已撤回”并取消置顶
notice-detail-withdraw-failed = ❌ { $group } · 未能撤回：{ $reason }
notice-detail-withdrawing = ⏳ { $group } · 撤回中
notice-detail-corrected = ✏️ 已更正 { $count } 次 · 还有 { $pending } 条消息待修改
notice-detail-fix-failed = （未能更正：{ $reason }）

## "有效期至": a pinned notice unpinned at that time
notice-controls-expiry = 有效期至：{ $until }（到时取消置顶）
notice-expiry-none = 不限
notice-btn-expiry = ⏳ 设置有效期
notice-ask-expiry = ⏳ 置顶到什么时候？到时各{ group-word }会取消置顶。可以写“明天18点”“3天后”或 { $example }。
notice-expiry-before = 有效期要晚于发送时间，请重新发送。
notice-expiry-confirmed = ⏳ 好的，置顶到 { $when }
notices-expiry = ⏳ 置顶到 { $when }
notices-expired = ⏳ 已过期，已取消置顶
# Groups still waiting when a notice's end came were not sent it.
notices-status-expired = 已送达 { $sent }/{ $total } · 失败 { $failed } · 已过期未发 { $unsent } · 收到 { $acks } 人
notice-detail-expired-unsent = ⌛ { $group } · 已过期未发
