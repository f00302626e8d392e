## FAQ loops: small talk, staff chats, passing questions on and the branch's answer, /gaps

faq-smalltalk-greeting = Hi! I'm the Waystation assistant 👋 Ask me about benefits, rest stations or a problem you have.
faq-smalltalk-thanks = You're welcome! Ask me anytime 😊
faq-smalltalk-ack = OK 👌 Ask me anytime.
faq-staff-chat = This is a staff chat, so I don't answer questions here. Use /queue for open items; ask me in a private chat to look something up.

faq-down-offer = Sorry that didn't help. Shall I pass your question to { $branch } so they can answer it?
faq-pass-already = This question was already passed to { $branch }; they will reply.
faq-pass-not-yours = Only the person who asked can pass this question on to { $branch }.

faq-forwarded-title-down = ❓ Question passed on (the worker found the bot's answer unhelpful)
faq-forwarded-bot-said = The bot answered with: “{ $title }”
faq-forwarded-answered = ✅ { $who } replied: { $answer }
faq-btn-reply = ✍️ Reply

faq-reply-missing = This question can no longer be found (it may have expired).
faq-reply-already = { $who } has already replied to this question.
faq-reply-prompt = Write your reply to the worker. The question: “{ $question }”
faq-reply-hint = Reply to this message; send /cancel to stop.
faq-reply-need-text = Please write the reply in words.
faq-reply-sent = Sent to the worker who asked ✅
faq-reply-undelivered = The reply is recorded, but it could not be sent to the worker (the bot may have left that chat).
faq-reply-title = 📨 { $branch } replied to your question
faq-reply-your-question = You asked: “{ $question }”
faq-reply-as-written = (The branch replied in Chinese.)

faq-gaps-down = { " " }· 👎 { $down } (“{ $title }”)
faq-gaps-picked = { " " }· 👆 askers picked “{ $title }” { $count }×
faq-gaps-skipped = { " " }· 🔀 answered with “{ $title }”; askers tapped another { $count }×
faq-gaps-entry-removed = { $id } (no longer in the pack)
faq-gaps-btn-entry = { $n }. Existing entry
faq-gaps-btn-write = { $n }. Write answer
faq-gaps-hint = “Existing entry”: questions asked this way get that entry from now on. “Write answer”: once confirmed it answers at once; /gaps export puts it into the pack.
faq-gaps-gone = This question has been dealt with already, or has expired.
faq-gaps-btn-write-new = ✏️ None of these: write an answer
faq-gaps-which = Which entry answers “{ $question }”?
faq-gaps-none-close = No entry is close to “{ $question }”. You can write a new answer:
faq-gaps-learned = Done. Questions like “{ $question }” will be answered with “{ $title }” from now on.

faq-draft-title-prompt = A new answer for “{ $question }”. First the title (one line):
faq-draft-answer-prompt = Now the answer itself (at most { "1500" } characters):
faq-draft-preview = Draft entry, please confirm:
faq-draft-question = Example question: { $question }
faq-draft-btn-confirm = ✅ Save draft
faq-draft-btn-drop = Discard
faq-draft-saved = Draft { $id } confirmed: workers get it as the answer from now on (not yet in the pack). /gaps export gives it as YAML to check and put into faq/*.yaml, which keeps it for good.
faq-gaps-live = New answers in use, not yet in the pack: { $n } (/gaps export)
faq-gaps-orphaned = ⚠️ { $n ->
    [one] One taught wording points at an entry
   *[other] { $n } taught wordings point at entries
} the pack no longer has ({ $entries }) and { $n ->
    [one] is
   *[other] are
} not used now: give the entry its old id back, or add these wordings to the new entry's questions.
faq-draft-gone = This draft has been saved already, or has expired.
faq-draft-dropped = Draft discarded.

faq-export-empty = Nothing to export: no draft entry waits to go into the pack, and every learned question is in it already (or there are none yet).
faq-export-title = Draft entries ({ $n }), ready to paste into faq/*.yaml:
faq-export-header = Drafts written in /gaps: check the source and rename the ids, then save it all as a new file under faq/, or put the entries under an existing file's entries:
faq-export-learned = Questions the bot has learned (already in use); add them to those entries' questions:
faq-export-source = To be checked (/gaps draft)

## Asking after one's own report, asking for a phone call, asking whether the bot is a person (QA22 #3, #4, #7)

faq-smalltalk-mine = To see the problems you reported, message me privately and send /mytickets.
faq-smalltalk-callback = I'm an automatic assistant and can't make phone calls. If you want someone from the branch to contact you, tap the button below and write down what happened — you can leave your number, and the branch will get back to you.
faq-smalltalk-bot = I'm an automatic assistant, not a person. To reach someone at the branch, tap the button below and write down what happened; a person there will read it and reply.
