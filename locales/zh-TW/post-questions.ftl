post-found-notice = 通知裡是這樣寫的：
post-found-lesson = 這節課裡是這樣寫的：
post-original-notice = 這是區裡發的通知，通知裡沒有直接寫到您問的。原文：
post-original-lesson = 這是微課堂《{ $title }》，課裡沒有直接寫到您問的。原文：
post-ask-branch = 想問清楚的話，可以點下面的按鈕轉給{ $branch }。
post-question-notice = { $question }（問的是通知：{ $excerpt }）
post-question-lesson = { $question }（問的是微課堂《{ $excerpt }》）
# Only English readers see these (the post is in Chinese only).
post-found-notice-chinese = 通知只有中文版，裡面是這樣寫的：
post-found-lesson-chinese = 這節課只有中文版，裡面是這樣寫的：
post-original-notice-chinese = 通知只有中文版，原文：
post-original-lesson-chinese = 微課堂《{ $title }》只有中文版，原文：
# "上一课" / "上节课讲的什么" in a group (QA19).
post-last-lesson = 📚 本{ group-word }上一節課：
post-no-lesson = 最近兩週本{ group-word }沒有推送過課程。傳 /lesson 可以領一節。
# A question that names the group's notice (not a reply to it), when the notice is pinned (QA28 #2).
post-notice-pinned = 完整的通知在本{ group-word }的置頂訊息裡。
