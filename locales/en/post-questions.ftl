post-found-notice = The notice says:
post-found-lesson = The lesson says:
post-original-notice = This is a notice from the district; it does not say that directly. It reads:
post-original-lesson = This is the lesson "{ $title }"; it does not say that directly. It reads:
post-ask-branch = To ask { $branch }, tap the button below.
post-question-notice = { $question } (about the notice: { $excerpt })
post-question-lesson = { $question } (about the lesson "{ $excerpt }")
# For an English reader when the post they asked about is in Chinese only: whether it says what they asked is not
# for the bot to tell (nothing translates offline), so it says what it is and quotes it (QA12).
post-found-notice-chinese = The notice is in Chinese only; this part of it should answer you:
post-found-lesson-chinese = The lesson is in Chinese only; this part of it should answer you:
post-original-notice-chinese = The notice is in Chinese only; it reads:
post-original-lesson-chinese = The lesson "{ $title }" is in Chinese only; it reads:
# "上一课" / "上节课讲的什么" in a group (QA19).
post-last-lesson = 📚 This { group-word }'s last lesson:
post-no-lesson = This { group-word } has had no lesson in the last two weeks. Send /lesson to get one.
# A question that names the group's notice (not a reply to it), when the notice is pinned (QA28 #2).
post-notice-pinned = The whole notice is pinned in this { group-word }.
