post-found-notice = The notice says:
post-found-lesson = The lesson says:
post-original-notice = This is a notice from the district; it does not say that directly. It reads:
post-original-lesson = This is the lesson "{ $title }"; it does not say that directly. It reads:
post-ask-branch = To ask { $branch }, tap the button below.
post-question-notice = { $question } (about the notice: { $excerpt })
post-question-lesson = { $question } (about the lesson "{ $excerpt }")
