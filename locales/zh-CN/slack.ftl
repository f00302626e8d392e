## Slack: the report form (/report opens it; nothing is posted in the channel)

slack-report-title = 反映问题
slack-report-submit = 提交
slack-report-close = 取消
slack-report-intro = 只有负责的支部书记能看到您写的内容，频道里不会显示。
slack-report-origin = 来自：{ $branch }
slack-report-emergency = 紧急情况请立即拨打：{ $numbers }
slack-report-desc = 发生了什么？
slack-report-desc-placeholder = 时间、地点、经过……
slack-report-desc-hint = 写清时间、地点、经过，书记才好跟进。
slack-report-category = 问题类别
slack-report-category-placeholder = 不选则按描述自动判断
slack-report-category-hint = 已按您的描述预选，可以改。
slack-report-photos = 照片（可选）
slack-report-photos-hint = 现场、单据或聊天截图，最多 { $max } 张，只有负责的书记能看到。
slack-report-options = 选项
slack-report-anonymous = 匿名反映（书记看不到我的名字）
slack-report-contact = 可以私信联系我了解情况
slack-report-error-empty = 请用几句话说明情况。
slack-report-rate-limited = 您这一小时已经反映了 { $limit } 个问题，请稍后再提交。紧急情况请直接拨打：{ $numbers }；有人正处于危险中的，仍然可以用 /report 写明情况提交。
slack-report-unavailable = 反映问题的功能暂时不可用，请稍后再试。
slack-report-failed = 抱歉，问题没有提交成功，请稍后再试。您写的内容：

## Slack: the app was asked for something in a channel it is not a member of

slack-not-in-channel = 我还不在这个频道里，没法在这里回复。请先把我加进来：/invite @waystation
slack-mention-someone = 某人
# /bind typed in a group DM (a few people's private conversation, not a channel).
slack-bind-group-dm = 群组私信不能绑定为工人频道：课程和通知只发到频道里。请在工人们的频道里使用 /bind（先用 /invite @waystation 把我加进去）。

## Slack: words of the adapter's own

# The close button of the small window that answers a refused press (an alert).
slack-alert-close = 知道了
# What a screen reader says of a picture with no caption.
slack-photo-alt = 照片
