post-found-notice = 通知里是这样写的：
post-found-lesson = 这节课里是这样写的：
post-original-notice = 这是区里发的通知，通知里没有直接写到您问的。原文：
post-original-lesson = 这是微课堂《{ $title }》，课里没有直接写到您问的。原文：
post-ask-branch = 想问清楚的话，可以点下面的按钮转给{ $branch }。
post-question-notice = { $question }（问的是通知：{ $excerpt }）
post-question-lesson = { $question }（问的是微课堂《{ $excerpt }》）
# Only English readers see these (the post is in Chinese only).
post-found-notice-chinese = 通知只有中文版，里面是这样写的：
post-found-lesson-chinese = 这节课只有中文版，里面是这样写的：
post-original-notice-chinese = 通知只有中文版，原文：
post-original-lesson-chinese = 微课堂《{ $title }》只有中文版，原文：
# "上一课" / "上节课讲的什么" in a group (QA19).
post-last-lesson = 📚 本{ group-word }上一节课：
post-no-lesson = 最近两周本{ group-word }没有推送过课程。发 /lesson 可以领一节。
# A question that names the group's notice (not a reply to it), when the notice is pinned (QA28 #2).
post-notice-pinned = 完整的通知在本{ group-word }的置顶消息里。
