## Errors and fallbacks shared by every feature

error-generic = 抱歉，剛才出了點問題，這則訊息沒有處理成功，也不會自動重試。請稍後重新傳送一次（或再按一次按鈕）。
error-unfinished = 抱歉，這則訊息只處理了一部分（系統暫時存不下新內容），不會自動重試。如果上面的回覆不完整，請稍後重新傳送一次。
error-not-allowed = 抱歉，這個操作需要相應權限。
error-unknown-command = 沒有 /{ $command } 這個指令。傳送 /help 看看我能做什麼。
error-private-only = /{ $command } 請在和我的私訊裡使用，保護您的隱私。
error-group-only = /{ $command } 只能在{ $platform ->
        [slack] 頻道
       *[other] 群組
    }裡使用。
error-button-expired = 這個按鈕已失效，請重新發起。
fallback-not-understood = 我沒太明白。傳送 /help 看看我能做什麼。
fragment-go-on = 您接著說，說完了我連起來看。
cancel-done = 好的，已取消。

# Only English readers see it (after Chinese words shown as they are).
text-in-chinese = （中文）

# Words quoted from a post or a person (a notice's first words in the list, the sentences of a notice or lesson that
# answer a question), in the quotation marks of the reader's script (“…”, zh-TW 「…」), never written in code.
quoted = 「{ $text }」

# The buttons that page through any list a card shows in pages (a queue, who pressed 收到, groups to pause, stations),
# and the board's paged lists (the queue, the unanswered questions).
page-prev = ‹ 上一頁
page-next = 下一頁 ›

# Between the items of a list written inline (services, dates, ticket numbers), in the reader's punctuation.
list-separator = 、
