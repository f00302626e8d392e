## Reports (急难愁盼): intake, receipt, triage, the worker's follow-ups, /mytickets, /queue, /ticket

cmd-report = 私下反映问题（急难愁盼）
cmd-mytickets = 查看我反映的问题
cmd-queue = 待办问题队列（书记）
cmd-ticket = 查看一个问题的详情：/ticket 编号
report-help-button = 📝 反映问题
report-offer = 有难处可以私下告诉支部，{ group-word }里其他人看不到：点下面的按钮（或发送 /report），说说发生了什么、在哪里、什么时候。可以选择匿名，支部处理后我会把答复带给您。

## Intake

report-group-link = 为保护您的隐私，请点下面的按钮私聊我反映问题，{ group-word }里其他人看不到。
report-group-no-link = 为保护您的隐私，请点下面的按钮（或发送 /report）私下反映问题，{ group-word }里其他人看不到。
report-group-words-kept = 您写的内容我已记下（半小时内有效），私聊时会直接带进反映里。
report-btn-kept-words = 📝 把这些反映给支部
report-btn-open-private = 📝 私下反映问题
report-start-title = 📝 反映问题
report-start-origin = 来自：{ $branch }的{ group-word }
report-start-body = 请说说遇到了什么问题：发生了什么、在哪里、什么时候。可以发文字或语音，照片和位置可作为补充。发送 /cancel 可随时取消。
report-describe-nothing = 请用文字或语音说说遇到了什么问题（表情和贴纸我看不懂）。
report-describe-more = 已收到，会作为证据附上。请再用一两句话说明是什么问题。
report-added = 已补充到您的反映里。
report-aside-answered = ↑ 上面回答了您刚问的问题。您的反映还没提交，草稿还在，接着点下面的按钮就行。如果刚才那句也是反映的一部分，可以加进去。
report-aside-talk = 您的反映还没提交，草稿还在，接着点下面的按钮就行（不想反映了可以点「取消」）。
report-aside-unsure = ↑ 您刚问的问题我没有把握，上面列了最接近的几条。您的反映还没提交，草稿还在，接着点下面的按钮就行。如果刚才那句也是反映的一部分，可以加进去。
report-press-range = { $count ->
        [1] 这里只有 1 个按钮：请点它，或者回复 1。
       *[other] 这里只有 { $count } 个按钮：请点按钮，或者回复 1 到 { $count } 之间的数字。
    }
report-voice-heard = 🎙️ 我从语音里听到的是：
report-voice-heard-hint = 如有听错，可以直接再发文字补充，或在最后确认时点「✏️ 重新填写」。语音原件也会一并转给支部书记。
report-voice-unheard = 🎙️ 语音暂时没能转成文字，已作为证据保存，支部书记会收听。方便的话，再发一两句文字说明，能分得更准。
report-truncated = 一份反映最多保留 { $max } 字，超出的部分没有收进来。
report-files-full = 一份反映最多附 { $max } 个文件，这个没有收进来。已收的照片和文件都在。
report-proposal = 我理解这是「{ $category }」方面的问题，紧急程度：{ $urgency }。对吗？
report-btn-ok = ✅ 对，下一步
report-btn-change = 🔁 换一个分类
report-choose-category = 请选择最接近的分类：
report-chosen-category = 分类：{ $category } ✅
report-anon-ask = 要匿名反映吗？匿名时，支部只看到问题内容，看不到您是谁；支部仍可通过我向您提问。
report-btn-anonymous = 🙈 匿名反映
report-btn-named = 🙋 实名反映
report-chosen-anonymous = 匿名反映 ✅
report-chosen-named = 实名反映 ✅
report-contact-ask = 是否同意让支部书记看到您的联系方式（账号），以便直接联系您？不同意的话，书记只能通过我向您提问。
report-btn-contact-yes = 同意
report-btn-contact-no = 不同意
report-chosen-contact-yes = 同意书记直接联系 ✅
report-chosen-contact-no = 不同意直接联系 ✅
report-confirm-title = 请确认您的反映：
report-confirm-category = 分类：{ $category } · { $urgency }
report-confirm-text = 内容：
report-confirm-anonymous = 身份：匿名
report-confirm-named = 身份：实名（书记通过机器人联系您）
report-confirm-named-contact = 身份：实名（同意书记直接联系）
report-confirm-branch = 将转交：{ $branch }
report-btn-submit = ✅ 提交
report-btn-redo = ✏️ 重新填写
report-btn-cancel = ✖️ 取消
report-btn-back = ‹ 返回
report-btn-add-aside = ➕ 把这句加进反映
report-chosen-redo = 已重新开始。
report-cancelled = 已取消，没有提交。
report-submitted = 已提交
report-submitted-record = ✅ 已提交：{ $id }
report-filed-before = 这份反映已经提交过了，编号 { $id }。发送 /mytickets 查看进度。
report-rate-limited = 您一小时内已反映 { $limit } 次，请稍后再提交。草稿会保留。
report-rate-limited-danger = 如果有人正处于危险中，直接把情况发给我：紧急情况仍然可以反映。
report-emergency-title = ⚠️ 如有人受伤或有危险，请立即拨打：
first-aid-gas = 🩹 马上开窗通风，把人都带到室外；屋里别开关电器、别点火，到室外再打电话。
first-aid-fire = 🩹 马上撤离，走楼梯，别坐电梯；烟大就弯腰、捂住口鼻往外走。
first-aid-bleeding = 🩹 用干净的布用力按住伤口，一直按着别松手，等救护车。
first-aid-self-harm = 🩹 陪着他，别让他一个人待着，把刀、药等危险的东西拿开；如果是您自己，请马上找身边的人陪着您。
first-aid-heat-stroke = 🩹 把人移到阴凉处，解开衣服，用湿毛巾擦身、扇风降温；人清醒才小口喂水。
first-aid-unconscious = 🩹 如果还有呼吸，让他侧躺，头稍后仰，保持呼吸道通畅；别喂水喂药。
first-aid-chest-pain = 🩹 马上停下，坐着休息，不要走动，松开衣领，等救护车。

## Receipt

report-receipt-title = ✅ 已受理，编号 { $id }
report-receipt-promise = 支部会在 { $respondAt } 前接手，预计 { $resolveAt } 前给您答复。
report-receipt-branch = 已转交：{ $branch }
report-receipt-anonymous = 您是匿名反映的，支部看不到您的身份。
report-receipt-named = 您是实名反映的。
report-receipt-follow = 有进展会在这里通知您。发送 /mytickets 查看进度。
report-hours = { $n } 小时
report-days = { $n } 天
report-urgency-normal = 一般
report-urgency-urgent = 紧急
report-urgency-emergency = 特急

## A ticket, as cards

ticket-status-new = 待签收
ticket-status-claimed = 办理中
ticket-status-waiting = 等待报告人回复
ticket-status-resolved = 已办结，待确认
ticket-status-closed = 已结案
ticket-line-category-skipped = 🏷️ 报告人未选分类
ticket-line-branch = 承办：{ $branch }
ticket-line-status = 状态：{ $status }{ $owner ->
    [none] {""}
   *[other] （签收人：{ $owner }）
}
ticket-line-deadlines = 响应时限：{ $respond } · 办结时限：{ $resolve }
ticket-line-resolve-by = 办结时限：{ $resolve }
ticket-line-paused = 响应时限：{ $respond } · 办结时限：⏸ 暂停计时，等报告人回复（剩余 { $left }）
ticket-line-resolve-paused = 办结时限：等您回复后继续计算
ticket-overdue = ⏰ 已超时
ticket-line-summary = 摘要：
ticket-line-place = 地点：
ticket-line-text = 内容：
ticket-no-text = （没有文字，见语音或照片）
ticket-evidence = 证据：照片 { $photos } · 语音 { $voices } · 其他 { $others }{ $location ->
    [yes] {" "}· 已附位置
   *[no] {""}
}
ticket-evidence-photo = { $id } 的证据照片 { $n }/{ $of }
ticket-evidence-added = （其中 { $count } 个是报告人后来补充的）
ticket-added-photo = { $id } 补充的照片 { $n }/{ $of }
ticket-added-file = { $id } 补充的文件 { $n }/{ $of }
# Photos that could not be shown in a chat on another platform than the reporter's (fetch failed, too big)
ticket-photos-on-board = 照片请在看板查看（/board）
ticket-files-on-board = 文件请在看板查看（/board）
ticket-photos-shown-above = 📷 这 { $count } 张照片几分钟前已随您对这张工单的查看发过（在那条消息下面），这次不再重发。
ticket-line-reporter = 报告人：
ticket-reporter-anonymous = 匿名
ticket-reporter-named = { $name }（未同意直接联系，请通过机器人询问）
ticket-reporter-contact = { $name }（同意直接联系）
ticket-reporter-contact-suffix = （同意直接联系）
# The reporter's language when it is not simplified Chinese: what the bot sends them is in it, so the secretary can write to match.
ticket-line-reporter-locale = { $locale ->
    [en] 报告人语言：English — 请尽量用英文回复
   *[zh-TW] 报告人读繁体字（您的回复会自动转成繁体）
}
ticket-line-origin = 来自：{ $branch }的{ group-word }
# A report made in private by a worker whose branch the bot knew, handled elsewhere (stop 42).
ticket-line-worker-branch = 报告人所在支部：{ $branch }（私聊反映）
ticket-line-similar = 本周类似反映：{ $count } 条
ticket-line-moves = 已转派 { $transfers } 次 · 退单 { $returns } 次
ticket-line-reopened = 报告人曾表示未解决，重新打开 { $count } 次
ticket-line-escalated = 🔺 已督办 { $count } 次
ticket-line-extension = ⏳ 申请延期至 { $until }：{ $reason }
ticket-line-resolution = 办理结果：
ticket-line-closed-solved = 报告人已确认解决
ticket-line-closed-other = 已结案（{ $reason ->
    [window] 确认期内报告人未提出异议
   *[other] { $reason }
}）
ticket-line-rating = 评价：{ $stars }
ticket-moved-transferred = 已转派至 { $branch }（{ $who }）
ticket-moved-returned = 已退单，转至 { $branch }（{ $who }）
ticket-reason = 原因：
ticket-history = 办理记录
ticket-actor-reporter = 报告人
ticket-actor-you = 您
ticket-actor-secretary = 支部书记
ticket-actor-organiser = 区里督办人员
ticket-actor-system = 系统
ticket-event-created = 提交反映
ticket-event-claimed = { $who } 签收
# After a claimer who is no longer in the pack for the ticket's branch (QA11 #4).
ticket-owner-gone = （已不在名单）
# After a claimer who is an organiser, not a secretary of the branch (claimed from the escalation chat).
ticket-owner-organiser = （区里）
ticket-event-taken-over = { $who } 签收接手（原签收人 { $previous } 已不在名单）
ticket-event-asked = { $who } 询问：{ $text }
ticket-event-replied = { $who } 回复：{ $text }
ticket-event-added = { $who } 补充：{ $text }
ticket-event-reply-edited = { $who } 修改了说过的话：{ $text }
# What an addition brought when it had files (after its words, or alone).
ticket-files-photo = 📷 照片{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 张
}
ticket-files-voice = 🎤 语音{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 条
}
ticket-files-other = 📎 文件{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 个
}
ticket-event-resolved = { $who } 办结：{ $text }
ticket-event-closed = 结案（{ $reason ->
    [confirmed] 报告人确认已解决
    [window] 确认期内未提出异议
   *[other] { $reason }
}）
ticket-event-reopened = { $who } 表示未解决：{ $text }
ticket-event-transferred = { $who } 转派：{ $from } → { $to }。原因：{ $text }
ticket-event-returned = { $who } 退单：{ $from } → { $to }。原因：{ $text }
ticket-event-extension-requested = { $who } 申请延期至 { $until }：{ $text }
ticket-event-extension-approved = { $who } 批准延期至 { $until }
ticket-event-extension-refused = { $who } 驳回延期申请
ticket-event-escalated = { $who } 督办 { $text }
ticket-event-rated = { $who } 评价 { $rating }
ticket-missing = 找不到这个问题，可能已被删除。
ticket-not-yours = 这个按钮只有反映这个问题的人本人能用。
ticket-not-found = 找不到编号为 { $id } 的问题，或您无权查看。
ticket-usage = 用法：/ticket 编号，例如 /ticket { $example }，今年的也可以只写序号：/ticket 123

## Triage (secretaries)

triage-card-stale = 这张卡片已失效：编号 { $id } 现在是另一个问题（数据可能从备份恢复过）。请用 /ticket { $id } 查看它现在的内容。
triage-copy-stale = 这张卡片已不是最新的，这次没有执行。{ $id } 请在它的工单卡片或最新打开的那一张上操作（/ticket { $id } 可以重新打开）。
ticket-view-replaced = ⤵️ { $id } 已在下面重新打开，这一张不再更新、按钮已收起。请在最新的一张上操作。
ticket-copy-retired = { $id } 的这张卡片已不再随工单更新，按钮已收起。请在工单卡片上操作，或发 /ticket { $id } 重新打开。
triage-btn-claim = ✋ 签收
triage-btn-ask = ❓ 询问
triage-btn-resolve = ✅ 办结
triage-btn-transfer = ↪️ 转派
triage-btn-return = ↩️ 退单
triage-btn-extend = ⏳ 延期
triage-btn-escalate = 🔺 督办
triage-btn-open = 📄 查看详情
triage-claimed = 已签收
triage-taken = 已由 { $who } 签收
triage-taken-self = 您已经签收了
triage-handed = 已转给 { $who }
triage-moved = 这个问题已转至 { $branch }
triage-bad-state = 这个问题当前状态为「{ $status }」，不能这样操作
triage-stale-now = 这张卡片已更新：{ $id } 现在是「{ $status }」，请用卡片上现在的按钮。
triage-refused-not-reporter = 只有报告人本人可以这样操作
triage-refused-too-late = 已超过确认期
triage-refused-pending = 已有一个延期申请在等待审批
triage-refused-not-later = 新时限要晚于原时限
triage-refused-none = 没有待审批的延期申请
triage-refused-already = 已经处理过了
triage-refused-same = 已经在这个支部了
triage-refused-district = 区里是最后一站，不能退单；请转派给具体承办单位
# The escalation chat's claim button pressed by someone who is not an organiser.
triage-refused-organisers-only = 这个签收按钮是区里组织者用的；支部请在本支部的工单{ group-word }里签收。
triage-refused-staff-only-worker = 这个按钮是给区里工作人员用的，您不用按。事情有进展，会私聊告诉您。
triage-prompt-hint = { $platform ->
        [slack] 请在这条消息的讯息串（thread）里回复；直接发在频道里的话收不到。发送 /cancel 取消。
       *[other] 请直接回复本消息；发送 /cancel 取消。
    }
triage-prompt-where = { $platform ->
        [slack] ✍️ { $id } 的提示已发在您按按钮的那条消息的讯息串（thread）里，请打开讯息串回复。
       *[other] { "" }
    }
# A secretary's answer typed in the Slack channel instead of the prompt's thread (stop 44): told to them alone, with a
# button that sends exactly those words as the answer. $what: a triage-step-* word; $text: the words, quoted.
triage-aside-not-sent = ⚠️ 您直接发在频道里的这段话没有作为 { $id } 的{ $what }发出，报告人和其他人都没有收到：{ $text }
triage-aside-where = { $id } 的提示在您按按钮的那条消息下面的讯息串（thread）里，以后请打开讯息串在那里回复。要把上面这段话作为答复发出，请按下面的按钮。
triage-aside-send = 📨 把这段话作为{ $what }发出
triage-aside-too-long = 这段文字有 { $n } 字，超过了 { $max } 字的上限，不能发出；请删减 { $over } 字后在讯息串里回复。
triage-aside-gone = 这段话没有发出：{ $id } 的提示已经答复、取消、过期，或您之后又在频道里发了一段（请按那一条下面的按钮）。如仍需要，请在卡片上重新操作。
triage-now-held = { $status }，签收人 { $who }
triage-now-moved = 已转至 { $branch }
triage-step-ask = 问题
triage-step-resolve = 办结说明
triage-step-transfer = 转派理由
triage-step-return = 退单理由
triage-step-extend = 延期理由
triage-step-escalate = 督办理由
triage-prompt-closed = ⛔ 这个提示已关闭：{ $id } 已有变化（现在：{ $now }）。在这里回复不会执行，也不会发给任何人；如仍需要，请在卡片上重新操作。
triage-prompt-overtaken = { $id } 在您打开这个提示之后已有变化（现在：{ $now }），您写的{ $what }没有执行，也没有发给任何人。如仍需要，请在卡片上重新操作。
triage-refused-changed = 这个问题刚有变化，没有执行；请在卡片上重新操作
triage-need-text = 请用文字回复本消息。
triage-note-too-long = 这段文字有 { $n } 字，超过了 { $max } 字的上限，所以没有发出。请删减 { $over } 字后再回复本消息；发送 /cancel 取消。
triage-ask-prompt = 要问报告人什么？（{ $id }）
triage-asked = 已把问题转给报告人（{ $id }）。
triage-asked-anonymous = 已把问题转给报告人（{ $id }，匿名，对方看不到您的名字）。
triage-resolve-prompt = 请写明办理结果，会告知报告人（{ $id }）：
triage-resolved = 已办结 { $id }，已通知报告人确认。
triage-transfer-choose = 把 { $id } 转派给：
triage-transfer-chosen = { $id } 转派给 { $branch }
triage-reason-prompt = 请写明转派原因（{ $id }）：
triage-transferred = 已把 { $id } 转派给 { $branch }。
triage-return-prompt = 退单：请写明为什么不归本支部办理（{ $id }）：
triage-returned = 已退单，{ $id } 转至 { $branch }。
triage-extend-claim-first = 请先签收再申请延期
triage-extend-choose = { $id } 目前办结时限为 { $resolve }，申请延期：
triage-extend-days = 延 { $n } 天
triage-extend-prompt = 申请把 { $id } 延期至 { $until }，请写明理由：
triage-extension-requested = 已提交 { $id } 的延期申请，等待区里审批。
triage-extension-approved = ⏳ { $id } 的延期申请已批准（{ $who }），新的办结时限：{ $until }
triage-extension-refused = ⏳ { $id } 的延期申请被驳回（{ $who }），请按原时限办结。
triage-escalated-done = 已督办 { $id }，理由已转给区里。
triage-escalated = 🔺 { $id } 被督办（{ $who }）
triage-replied = 💬 { $id } { $who }回复：
triage-added = 📎 { $id } { $who }补充：
triage-edited-mark = （已修改）
triage-reply-edited = （已修改）{ $id } { $who }把刚才的话改成了：
triage-stray-reply = 这条回复不会转给任何人。要问报告人，请按工单卡片上的 ❓ 询问（或用 /ticket 编号 打开工单），在提示下回复。
triage-replied-files = （附件 { $n } 个）
triage-reopened = ⚠️ { $id } { $who }表示问题未解决，已重新打开：

## Escalation chat (organisers)

escalation-extension = ⏳ 延期申请 { $id }（{ $branch }，{ $who }）：办结时限 { $from } → { $until }
escalation-btn-approve = ✅ 批准
escalation-btn-refuse = ❌ 驳回
escalation-approved = ✅ 已批准 { $id } 的延期（{ $who }）
escalation-refused = ❌ 已驳回 { $id } 的延期（{ $who }）
escalation-already-decided = 这份 { $id } 的延期申请已经处理过了，没有再次审批。结果见 /ticket { $id }。
escalation-escalated = 🔺 督办 { $id } · { $branch } · { $category } · { $status }（{ $who }）
# Under a 督办 card once someone holds the ticket (its ✋ button is gone).
escalation-owner = ✋ 已由 { $who } 签收
# The sweep's summary when several of one branch fall due at once (QA20 #1): a heading, one line per ticket and a
# row of buttons each, labelled with the number /ticket takes.
escalation-batch = 🔺 { $branch } { $count } 件超时，系统自动督办：
escalation-batch-line = { $n }）{ $id } · { $category } · { $urgency } · 超{ $deadline ->
        [respond] 响应
       *[resolve] 办结
    }时限 { $late }
escalation-batch-hint = ✋ 签收 N：由区里签收 N 号工单；📄 N 或 /ticket N：看详情。
escalation-batch-claim = ✋ 签收 { $n }
escalation-batch-open = 📄 { $n }
escalation-batch-reply = 这条汇总列出了 { $count } 件工单：{ $ids }。回复这条汇总不会记到其中任何一件上。要处理其中一件，请按它那一行的按钮，或在它自己的卡片上操作，也可以发送 /ticket 编号 打开它（如 /ticket { $n }）。
triage-escalated-batch = 🔺 { $count } 件超时工单已由系统报区里督办：{ $ids }
# An emergency told to the district as soon as it is filed or raised (QA20 #2), before any deadline passes.
escalation-alert = 🔴 特急 { $id } · { $branch } · { $category }
escalation-alert-place = 地点：{ $place }
escalation-alert-due = 请在 { $due } 前响应

## The worker's follow-ups

worker-claimed = 您反映的问题 { $id } 已由{ $who }签收，正在处理。
worker-asked = 关于您反映的问题 { $id }，{ $who }想了解：
worker-asked-hint = 请直接回复我，或点下面的按钮。
worker-nudge = ⏰ 您反映的问题 { $id } 还在等您的回复。{ $who }问您：
worker-nudge-hint = 请直接回复我，或点下面的按钮。如果问题已经不需要处理了，也请回复说一声。
worker-note-more = （内容较长，下面还有 { $pages } 条消息）
worker-note-page = { $id }（续 { $n }/{ $of }）
# Only English readers see it (under Chinese words from the branch).
worker-note-in-chinese = （支部用中文写的）
worker-btn-answer = ✍️ 回复
worker-answer-prompt = 请输入您的回复（{ $id }）：
worker-answer-sent = 已转告支部书记（{ $id }）。
worker-edit-relayed = 已把修改后的内容转告支部（{ $id }）。
worker-answer-sent-anonymous = 已转告支部书记（{ $id }），对方仍看不到您的身份。
worker-answer-photos = 您发的 { $count } 张照片也一起转过去了。
worker-answer-files = 您发的 { $count } 个文件也一起转过去了。
worker-answer-place = 您发的位置也一起转过去了。
worker-answer-closed = 这个问题已经办结了。如果还没解决，请在办结通知里点「没解决」。
worker-resolved = 您反映的问题 { $id } 已办结（{ $who }）。办理结果：
worker-resolved-ask = 问题解决了吗？
worker-resolved-confirmed = ✅ 您已确认问题解决
worker-solved-again = 您是在说 { $id } 吗？问题解决了吗？请点下面的按钮：
worker-btn-solved = ✅ 解决了
worker-btn-unsolved = ❌ 没解决
worker-confirmed = 感谢确认，{ $id } 已结案。
worker-rate-ask = 请为这次办理打分（1-5 星）：
worker-rated = 谢谢您的评价：{ $stars }
worker-rated-before = 您已经评过分了：{ $stars }
worker-thanks = 谢谢！
worker-not-resolved-yet = 这个问题还在办理中。
worker-reopen-prompt = 请简单说说还有什么没解决（{ $id }），发送 /cancel 取消：
worker-reopened = 已重新提交给承办支部（{ $id }），我们会继续跟进。
worker-reopen-too-late = 已超过 { $days } 天的确认期，请发送 /report 重新反映。
worker-moved = 您反映的问题 { $id } 已转交 { $branch } 办理。

## /mytickets and /queue

mytickets-title = 您反映过的问题：
mytickets-none = 您还没有反映过问题。遇到困难可以发送 /report。
mytickets-in-private = 您反映过的问题只在私聊里给您看：请私聊我发送 /mytickets。
queue-title = 📋 { $branch } · 待办问题
queue-counts = 待办 { $open } · 超时 { $overdue }（第 { $page }/{ $pages } 页）
queue-empty = 没有待办问题 👍
queue-due = 时限：{ $due }
queue-due-paused = 时限：⏸ 暂停计时，等报告人回复
queue-overview-title = 📊 全区待办问题
queue-overview-total = 合计：待办 { $open } · 超时 { $overdue }
queue-overview-row = { $branch }：待办 { $open } · 超时 { $overdue }
queue-gone-branches = 不在问答包中的支部
queue-overview-button = 📊 全区总览
queue-choose = 请选择支部：
