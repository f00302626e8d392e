## Errors and fallbacks shared by every feature

error-generic = 抱歉，刚才出了点问题，这条消息没有处理成功，也不会自动重试。请稍后重新发送一次（或再按一次按钮）。
error-unfinished = 抱歉，这条消息只处理了一部分（系统暂时存不下新内容），不会自动重试。如果上面的回复不完整，请稍后重新发送一次。
error-not-allowed = 抱歉，这个操作需要相应权限。
error-unknown-command = 没有 /{ $command } 这个命令。发送 /help 看看我能做什么。
error-private-only = /{ $command } 请在和我的私聊里使用，保护您的隐私。
error-group-only = /{ $command } 只能在{ group-word }里使用。
error-button-expired = 这个按钮已失效，请重新发起。
fallback-not-understood = 我没太明白。发送 /help 看看我能做什么。
fragment-go-on = 您接着说，说完了我连起来看。
cancel-done = 好的，已取消。

# Only English readers see it (after Chinese words shown as they are).
text-in-chinese = （中文）

# Words quoted from a post or a person (a notice's first words in the list, the sentences of a notice or lesson that
# answer a question), in the quotation marks of the reader's script (“…”, zh-TW 「…」), never written in code.
quoted = “{ $text }”

# The buttons that page through any list a card shows in pages (a queue, who pressed 收到, groups to pause, stations),
# and the board's paged lists (the queue, the unanswered questions).
page-prev = ‹ 上一页
page-next = 下一页 ›

# Between the items of a list written inline (services, dates, ticket numbers), in the reader's punctuation.
list-separator = 、
