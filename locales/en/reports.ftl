## Reports (急难愁盼): intake, receipt, triage, the worker's follow-ups, /mytickets, /queue, /ticket

cmd-report = Report a problem privately
cmd-mytickets = See the problems you reported
cmd-queue = Open problems queue (secretaries)
cmd-ticket = Show one problem: /ticket NUMBER
report-help-button = 📝 Report a problem
report-offer = You can tell the branch about a problem privately — no one in your { group-word } sees it: press the button below (or send /report) and say what happened, where and when. You can stay anonymous; once the branch has dealt with it, I bring you their answer.

## Intake

report-group-link = To protect your privacy, tap the button below and tell me in a private chat. Nobody in the { group-word } will see it.
report-group-no-link = To protect your privacy, tap the button below (or send /report) to tell the branch privately. Nobody in the { group-word } will see it.
report-group-words-kept = I have kept what you wrote (for half an hour): it goes straight into the report in the private chat.
report-btn-kept-words = 📝 Report this to the branch
report-btn-open-private = 📝 Report privately
report-start-title = 📝 Report a problem
report-start-origin = From the { group-word } of: { $branch }
report-start-body = Tell me what happened: what, where and when. Text or a voice note; photos and a location help too. Send /cancel at any time to stop.
report-describe-nothing = Please tell me in words or a voice note what the problem is (I can't read stickers).
report-describe-more = Got it — I'll attach it as evidence. Please add a sentence or two saying what the problem is.
report-added = Added to your report.
report-aside-answered = ↑ That answers the question you just asked. Your report is not sent yet — the draft is kept; carry on with the buttons below. If that line belongs in the report too, add it.
report-aside-talk = Your report is not sent yet — the draft is kept; carry on with the buttons below (or Cancel if you no longer want to send it).
report-aside-unsure = ↑ I'm not sure of the answer to what you just asked; the closest entries are above. Your report is not sent yet — the draft is kept; carry on with the buttons below. If that line belongs in the report too, add it.
report-press-range = { $count ->
        [1] There is only 1 button here: tap it, or reply 1.
       *[other] There are only { $count } buttons here: tap one, or reply a number from 1 to { $count }.
    }
report-voice-heard = 🎙️ From your voice note I understood:
report-voice-heard-hint = If I got it wrong, just send the correction as text, or tap "✏️ Start over" at the end. The voice note itself goes to the secretary too.
report-voice-unheard = 🎙️ I couldn't turn your voice note into text; it is kept as evidence and the secretary will listen to it. If you can, add a sentence or two in text so I can sort it better.
report-truncated = A report keeps at most { $max } characters; the words after that were not kept.
report-files-full = A report takes at most { $max } files; this one was not added. The ones already sent are kept.
report-proposal = I understand this is about "{ $category }", urgency: { $urgency }. Is that right?
report-btn-ok = ✅ Yes, next
report-btn-change = 🔁 Another category
report-choose-category = Choose the closest category:
report-chosen-category = Category: { $category } ✅
report-anon-ask = Report anonymously? If you do, the branch sees the problem but not who you are; they can still ask you questions through me.
report-btn-anonymous = 🙈 Anonymously
report-btn-named = 🙋 With my name
report-chosen-anonymous = Anonymous ✅
report-chosen-named = With my name ✅
report-contact-ask = May the branch secretary see your account so they can contact you directly? If not, they can only ask you through me.
report-btn-contact-yes = Yes
report-btn-contact-no = No
report-chosen-contact-yes = The secretary may contact me ✅
report-chosen-contact-no = No direct contact ✅
report-confirm-title = Please check your report:
report-confirm-category = Category: { $category } · { $urgency }
report-confirm-text = Text:{" "}
report-confirm-anonymous = Identity: anonymous
report-confirm-named = Identity: named (the secretary contacts you through the bot)
report-confirm-named-contact = Identity: named (the secretary may contact you directly)
report-confirm-branch = Goes to: { $branch }
report-btn-submit = ✅ Submit
report-btn-redo = ✏️ Start over
report-btn-cancel = ✖️ Cancel
report-btn-back = ‹ Back
report-btn-add-aside = ➕ Add that line to my report
report-chosen-redo = Starting over.
report-cancelled = Cancelled — nothing was submitted.
report-submitted = Submitted
report-submitted-record = ✅ Submitted: { $id }
report-filed-before = This report was already submitted as { $id }. Send /mytickets to follow it.
report-rate-limited = You have sent { $limit } reports in the last hour. Please submit again a little later — your draft is kept.
report-rate-limited-danger = If someone is in danger right now, just tell me what is happening: emergencies can still be reported.
report-emergency-title = ⚠️ If someone is hurt or in danger, call now:
first-aid-gas = 🩹 Open the windows and get everyone outside; don't touch switches or light anything, and call from outside.
first-aid-fire = 🩹 Get out now by the stairs, not the lift; if there is smoke, stay low and cover your nose and mouth.
first-aid-bleeding = 🩹 Press hard on the wound with a clean cloth and keep pressing until help comes.
first-aid-self-harm = 🩹 Stay with them, don't leave them alone, and move knives, pills and the like away; if it is you, get someone near you to stay with you now.
first-aid-heat-stroke = 🩹 Move them into the shade, loosen their clothes, cool them with a wet cloth and fanning; sips of water only if they are awake.
first-aid-unconscious = 🩹 If they are breathing, lay them on their side with the head tilted back to keep the airway open; give nothing by mouth.
first-aid-chest-pain = 🩹 Stop, sit down and rest, don't walk about, loosen the collar, and wait for the ambulance.

## Receipt

report-receipt-title = ✅ Received: { $id }
report-receipt-promise = The branch will take it up by { $respondAt } and expects to answer you by { $resolveAt }.
report-receipt-branch = Passed to: { $branch }
report-receipt-anonymous = You reported anonymously; the branch cannot see who you are.
report-receipt-named = You reported with your name.
report-receipt-follow = I'll tell you here when there is news. Send /mytickets to follow it.
report-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
report-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
report-urgency-normal = normal
report-urgency-urgent = urgent
report-urgency-emergency = emergency

## A ticket, as cards

ticket-status-new = awaiting claim
ticket-status-claimed = in progress
ticket-status-waiting = waiting for the reporter
ticket-status-resolved = resolved, awaiting confirmation
ticket-status-closed = closed
ticket-line-category-skipped = 🏷️ The reporter did not choose a category
ticket-line-branch = Handled by: { $branch }
ticket-line-status = Status: { $status }{ $owner ->
    [none] {""}
   *[other] {" "}(claimed by { $owner })
}
ticket-line-deadlines = Respond by { $respond } · resolve by { $resolve }
ticket-line-resolve-by = Resolve by { $resolve }
ticket-line-paused = Respond by { $respond } · resolve by: ⏸ paused until the reporter replies ({ $left } left)
ticket-line-resolve-paused = Resolve by: paused until you reply
ticket-overdue = ⏰ overdue
ticket-line-summary = Summary:{" "}
ticket-line-place = Place:{" "}
ticket-line-text = Text:
ticket-no-text = (no text — see the voice note or photos)
ticket-evidence = Evidence: photos { $photos } · voice { $voices } · other { $others }{ $location ->
    [yes] {" "}· location attached
   *[no] {""}
}
ticket-evidence-photo = Evidence photo { $n }/{ $of } for { $id }
ticket-evidence-added = {" "}({ $count } added later by the reporter)
ticket-added-photo = Photo { $n }/{ $of } added to { $id }
ticket-added-file = File { $n }/{ $of } added to { $id }
# Photos that could not be shown in a chat on another platform than the reporter's (fetch failed, too big)
ticket-photos-on-board = See the photos on the board (/board)
ticket-files-on-board = See the files on the board (/board)
ticket-photos-shown-above = 📷 { $count ->
    [one] The photo was
   *[other] The { $count } photos were
} posted under your view of this ticket a few minutes ago; not posted again.
ticket-line-reporter = Reporter:{" "}
ticket-reporter-anonymous = anonymous
ticket-reporter-named = { $name } (no direct contact: ask through the bot)
ticket-reporter-contact = { $name } (agrees to be contacted)
ticket-reporter-contact-suffix = {" "}(agrees to be contacted)
# The reporter's language when it is not simplified Chinese: what the bot sends them is in it, so the secretary can write to match.
ticket-line-reporter-locale = { $locale ->
    [en] Reporter's language: English — please reply in English if you can
   *[zh-TW] The reporter reads traditional characters (what you write in simplified is converted for them)
}
ticket-line-origin = From the { group-word } of: { $branch }
# A report made in private by a worker whose branch the bot knew, handled elsewhere (stop 42).
ticket-line-worker-branch = Reporter's branch: { $branch } (reported in private)
ticket-line-similar = Similar reports this week: { $count }
ticket-line-moves = Transferred { $transfers } × · returned { $returns } ×
ticket-line-reopened = Reopened by the reporter { $count } ×
ticket-line-escalated = 🔺 Escalated { $count } ×
ticket-line-extension = ⏳ Extension requested to { $until }: { $reason }
ticket-line-resolution = Resolution:{" "}
ticket-line-closed-solved = The reporter confirmed it is solved
ticket-line-closed-other = Closed ({ $reason ->
    [window] no objection within the confirmation period
   *[other] { $reason }
})
ticket-line-rating = Rating: { $stars }
ticket-moved-transferred = Transferred to { $branch } ({ $who })
ticket-moved-returned = Returned; now with { $branch } ({ $who })
ticket-reason = Reason:{" "}
ticket-history = History
ticket-actor-reporter = the reporter
ticket-actor-you = you
ticket-actor-secretary = the branch secretary
ticket-actor-organiser = the district
ticket-actor-system = system
ticket-event-created = reported
ticket-event-claimed = claimed by { $who }
# After a claimer who is no longer in the pack for the ticket's branch (QA11 #4).
ticket-owner-gone = , no longer listed
# After a claimer who is an organiser, not a secretary of the branch (claimed from the escalation chat).
ticket-owner-organiser =  (district)
ticket-event-taken-over = taken over by { $who } from { $previous }, no longer listed
ticket-event-asked = { $who } asked: { $text }
ticket-event-replied = { $who } replied: { $text }
ticket-event-added = { $who } added: { $text }
ticket-event-reply-edited = { $who } edited what they said: { $text }
# What an addition brought when it had files (after its words, or alone).
ticket-files-photo = 📷 { $count ->
    [1] photo
   *[other] { $count } photos
}
ticket-files-voice = 🎤 { $count ->
    [1] voice note
   *[other] { $count } voice notes
}
ticket-files-other = 📎 { $count ->
    [1] file
   *[other] { $count } files
}
ticket-event-resolved = resolved by { $who }: { $text }
ticket-event-closed = closed ({ $reason ->
    [confirmed] the reporter confirmed it is solved
    [window] no objection within the confirmation period
   *[other] { $reason }
})
ticket-event-reopened = { $who } said it is not solved: { $text }
ticket-event-transferred = { $who } transferred it: { $from } → { $to }. Reason: { $text }
ticket-event-returned = { $who } returned it: { $from } → { $to }. Reason: { $text }
ticket-event-extension-requested = { $who } asked for an extension to { $until }: { $text }
ticket-event-extension-approved = { $who } approved the extension to { $until }
ticket-event-extension-refused = { $who } refused the extension
ticket-event-escalated = escalated by { $who } { $text }
ticket-event-rated = { $who } rated it { $rating }
ticket-missing = I can't find that problem; it may have been removed.
ticket-not-yours = This button is only for the person who reported the problem.
ticket-not-found = There is no problem { $id }, or you may not see it.
ticket-usage = Usage: /ticket NUMBER, e.g. /ticket { $example }; for this year's, the number alone will do: /ticket 123

## Triage (secretaries)

triage-card-stale = This card is out of date: { $id } is now another problem (the data may have been restored from a backup). Use /ticket { $id } to see what it is now.
triage-copy-stale = This card is no longer the current one; nothing was done. Act on { $id } from its ticket card or the copy opened last (/ticket { $id } opens it again).
ticket-view-replaced = ⤵️ { $id } was opened again below; this copy is no longer updated and its buttons are gone. Please use the newest one.
ticket-copy-retired = This copy of { $id } is no longer updated and its buttons are gone. Use the ticket's card, or send /ticket { $id } to open it again.
triage-btn-claim = ✋ Claim
triage-btn-ask = ❓ Ask
triage-btn-resolve = ✅ Resolve
triage-btn-transfer = ↪️ Transfer
triage-btn-return = ↩️ Not ours
triage-btn-extend = ⏳ Extension
triage-btn-escalate = 🔺 Escalate
triage-btn-open = 📄 Details
triage-claimed = Claimed
triage-taken = Already claimed by { $who }
triage-taken-self = You have already claimed it
triage-handed = Already handed over to { $who }
triage-moved = This problem has moved to { $branch }
triage-bad-state = This problem is "{ $status }"; that action is not possible now
triage-stale-now = This card has changed: { $id } is now "{ $status }"; use the buttons it shows now.
triage-refused-not-reporter = Only the reporter can do that
triage-refused-too-late = The confirmation period is over
triage-refused-pending = An extension request is already waiting for a decision
triage-refused-not-later = The new deadline must be later than the current one
triage-refused-none = No extension request is waiting
triage-refused-already = Already done
triage-refused-same = It is already with that branch
triage-refused-district = The district is the last stop and cannot return a problem; transfer it to the branch that should handle it
# The escalation chat's claim button pressed by someone who is not an organiser.
triage-refused-organisers-only = This Claim button is for the district's organisers; branch staff claim in their branch's triage chat.
triage-refused-staff-only-worker = This button is for the district's staff — nothing for you to do here. When there is news, you'll hear in a private chat.
triage-prompt-hint = { $platform ->
        [slack] Reply in this message's thread; a message sent to the channel itself does not reach it. Send /cancel to stop.
       *[other] Reply to this message; send /cancel to stop.
    }
triage-prompt-where = { $platform ->
        [slack] ✍️ The prompt for { $id } is in the thread of the message whose button you pressed: open the thread to reply.
       *[other] { "" }
    }
# A secretary's answer typed in the Slack channel instead of the prompt's thread (stop 44): told to them alone, with a
# button that sends exactly those words as the answer. $what: a triage-step-* word; $text: the words, quoted.
triage-aside-not-sent = ⚠️ What you typed in the channel was NOT sent as the { $what } for { $id }: the reporter and everyone else have not received it: { $text }
triage-aside-where = The prompt for { $id } is in the thread under the message whose button you pressed: open that thread and reply there next time. To send the words above as the answer now, press the button below.
triage-aside-send = 📨 Send this as the { $what }
triage-aside-too-long = This text has { $n } characters, more than the limit of { $max }, so it cannot be sent: remove { $over } characters and reply in the thread.
triage-aside-gone = Not sent: the prompt for { $id } has been answered, cancelled or has expired, or you typed something else in the channel since (press the button under that one). If still needed, start again from the card.
triage-now-held = { $status }, held by { $who }
triage-now-moved = moved to { $branch }
triage-step-ask = question
triage-step-resolve = resolution note
triage-step-transfer = reason for the transfer
triage-step-return = reason for sending it back
triage-step-extend = reason for more time
triage-step-escalate = reason for escalating
triage-prompt-closed = ⛔ This prompt is closed: { $id } has changed (now: { $now }). A reply here does nothing and reaches nobody; if still needed, start again from the card.
triage-prompt-overtaken = { $id } changed after you opened this prompt (now: { $now }): your { $what } was not used and reached nobody. If still needed, start again from the card.
triage-refused-changed = This problem has just changed; nothing was done. Please start again from the card
triage-need-text = Please reply to this message with some text.
triage-note-too-long = This text has { $n } characters, more than the limit of { $max }, so it was not sent. Remove { $over } characters and reply to this message again; send /cancel to stop.
triage-ask-prompt = What would you like to ask the reporter? ({ $id })
triage-asked = Your question was passed to the reporter ({ $id }).
triage-asked-anonymous = Your question was passed to the reporter ({ $id }; anonymous — they don't see your name).
triage-resolve-prompt = What was done? The reporter will be told ({ $id }):
triage-resolved = { $id } resolved; the reporter has been asked to confirm.
triage-transfer-choose = Transfer { $id } to:
triage-transfer-chosen = { $id } → { $branch }
triage-reason-prompt = Why transfer it? ({ $id })
triage-transferred = { $id } transferred to { $branch }.
triage-return-prompt = Not ours: why doesn't it belong to this branch? ({ $id })
triage-returned = { $id } returned; it is now with { $branch }.
triage-extend-claim-first = Claim it before asking for an extension
triage-extend-choose = { $id } must be resolved by { $resolve }. Extend by:
triage-extend-days = { $n ->
    [one] +{ $n } day
   *[other] +{ $n } days
}
triage-extend-prompt = Asking to extend { $id } to { $until }. Why?
triage-extension-requested = Extension request for { $id } sent to the district.
triage-extension-approved = ⏳ Extension for { $id } approved ({ $who }); new deadline { $until }
triage-extension-refused = ⏳ Extension for { $id } refused ({ $who }); please keep the current deadline.
triage-escalated-done = { $id } escalated; the district has your reason.
triage-escalated = 🔺 { $id } was escalated ({ $who })
triage-replied = 💬 { $id }: { $who } replied:
triage-added = 📎 { $id }: { $who } added:
triage-edited-mark = (edited)
triage-reply-edited = (edited) { $id }: { $who } changed what they said to:
triage-stray-reply = This reply reaches nobody. To ask the reporter something, press ❓ Ask on the ticket’s card (or open it with /ticket NUMBER) and answer the prompt.
triage-replied-files = ({ $n } { $n ->
    [one] attachment
   *[other] attachments
})
triage-reopened = ⚠️ { $id }: { $who } says it is not solved; reopened:

## Escalation chat (organisers)

escalation-extension = ⏳ Extension request { $id } ({ $branch }, { $who }): deadline { $from } → { $until }
escalation-btn-approve = ✅ Approve
escalation-btn-refuse = ❌ Refuse
escalation-approved = ✅ Extension for { $id } approved ({ $who })
escalation-refused = ❌ Extension for { $id } refused ({ $who })
escalation-already-decided = This extension request for { $id } was already decided; nothing was decided again. See /ticket { $id }.
escalation-escalated = 🔺 Escalated { $id } · { $branch } · { $category } · { $status } ({ $who })
# Under a 督办 card once someone holds the ticket (its ✋ button is gone).
escalation-owner = ✋ Claimed by { $who }
# The sweep's summary when several of one branch fall due at once (QA20 #1).
escalation-batch = 🔺 { $branch }: { $count } tickets overdue, escalated automatically:
escalation-batch-line = { $n }) { $id } · { $category } · { $urgency } · { $late } past its { $deadline ->
        [respond] response
       *[resolve] resolution
    } deadline
escalation-batch-hint = ✋ Claim N: the district takes ticket N; 📄 N or /ticket N: details.
escalation-batch-claim = ✋ Claim { $n }
escalation-batch-open = 📄 { $n }
escalation-batch-reply = This summary lists { $count } tickets: { $ids }. A reply to it is not recorded on any of them. To deal with one, press the buttons on its line or use its own card, or open it with /ticket NUMBER (e.g. /ticket { $n }).
triage-escalated-batch = 🔺 { $count } overdue tickets were escalated to the district automatically: { $ids }
# An emergency told to the district as soon as it is filed or raised (QA20 #2).
escalation-alert = 🔴 Emergency { $id } · { $branch } · { $category }
escalation-alert-place = Place: { $place }
escalation-alert-due = Respond by { $due }

## The worker's follow-ups

worker-claimed = Your report { $id } was claimed by { $who } and is being handled.
worker-asked = About your report { $id }, { $who } asks:
worker-asked-hint = Just reply to me, or tap the button below.
worker-nudge = ⏰ Your report { $id } is still waiting for your reply. { $who } asked you:
worker-nudge-hint = Just reply to me, or tap the button below. If it no longer needs handling, please say so too.
worker-note-more = (It is long: { $pages } more messages follow.)
worker-note-page = { $id } (continued { $n }/{ $of })
# Shown to an English reader under a branch's question or resolution written in Chinese (no offline translation).
worker-note-in-chinese = (The branch wrote this in Chinese.)
worker-btn-answer = ✍️ Reply
worker-answer-prompt = Type your reply ({ $id }):
worker-answer-sent = Passed to the branch secretary ({ $id }).
worker-edit-relayed = Your edit was passed to the branch ({ $id }).
worker-answer-sent-anonymous = Passed to the branch secretary ({ $id }); they still can't see who you are.
worker-answer-photos = { $count ->
    [one] Your photo went with it.
   *[other] Your { $count } photos went with it.
}
worker-answer-files = { $count ->
    [one] Your file went with it.
   *[other] Your { $count } files went with it.
}
worker-answer-place = Your location went with it.
worker-answer-closed = This problem has been resolved. If it isn't solved, tap "Not solved" in the resolution message.
worker-resolved = Your report { $id } has been resolved ({ $who }). What was done:
worker-resolved-ask = Is the problem solved?
worker-resolved-confirmed = ✅ You confirmed it is solved
worker-solved-again = About { $id }: is the problem solved? Please tap a button below:
worker-btn-solved = ✅ Solved
worker-btn-unsolved = ❌ Not solved
worker-confirmed = Thanks for confirming; { $id } is closed.
worker-rate-ask = How well was it handled? (1–5 stars)
worker-rated = Thank you for your rating: { $stars }
worker-rated-before = You already rated it: { $stars }
worker-thanks = Thank you!
worker-not-resolved-yet = This problem is still being handled.
worker-reopen-prompt = Please say briefly what is still not solved ({ $id }), or send /cancel:
worker-reopened = Sent back to the branch ({ $id }); we'll keep following it.
worker-reopen-too-late = The { $days }-day confirmation period is over; please send /report to report it again.
worker-moved = Your report { $id } is now handled by { $branch }.

## /mytickets and /queue

mytickets-title = The problems you reported:
mytickets-none = You haven't reported any problem yet. If you need help, send /report.
mytickets-in-private = Your reports are shown only in a private chat: message me privately and send /mytickets.
queue-title = 📋 { $branch } · open problems
queue-counts = Open { $open } · overdue { $overdue } (page { $page }/{ $pages })
queue-empty = Nothing open 👍
queue-due = Due: { $due }
queue-due-paused = Due: ⏸ paused until the reporter replies
queue-overview-title = 📊 Open problems, whole district
queue-overview-total = Total: open { $open } · overdue { $overdue }
queue-overview-row = { $branch }: open { $open } · overdue { $overdue }
queue-gone-branches = Branches not in the pack
queue-overview-button = 📊 District overview
queue-choose = Choose a branch:
