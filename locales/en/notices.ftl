## Notices: /notice (compose, preview, confirm), /notices (list, details, cancel) and the "Got it" button

cmd-notice = Send a notice to groups (organisers)
cmd-notices = Notices: delivered, acknowledged, failed (organisers)
notice-help-button = 📢 Send a notice

notice-ask-text = 📢 Send the notice text (you may attach one photo and put the text in its caption), at most { $max } characters.
    For Traditional Chinese or English { groups-word }, add a version: on a new line after the text write [zh-TW] or [en], then that language's text.
    Send /cancel to give up.
notice-empty-text = The notice needs some text. Send text (with a photo, put the text in its caption).
notice-too-long = That is too long ({ $length } characters); keep it within { $max }.
notice-variant-empty = There is nothing after [{ $locale }]. Add the text or remove the marker, then send again.
notice-use-buttons = Please carry on with the buttons above, or send /cancel to give up.

notice-audience-title = 👥 Which { groups-word }? (pick any; { $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
} so far)
notice-audience-all = All { groups-word } ({ $count })
notice-audience-branches = By branch ›
notice-audience-industries = By industry ›
notice-audience-tags = By tag ›
notice-audience-back = ‹ Back
notice-audience-done = Next: preview ({ $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
})
notice-audience-no-tags = No { group-word } has tags yet (add them when binding: /bind branch tag).
notice-audience-empty = No { group-word } can receive it in that selection (0 { groups-word }); nothing was sent. Please choose again.
notice-audience-chosen = 👥 { $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
} chosen
notice-audience-label-all = All { groups-word }
notice-industry-delivery = Food delivery
notice-industry-express = Express
notice-industry-ride-hailing = Ride-hailing
notice-industry-freight = Freight
notice-industry-live-streaming = Live-streaming
notice-industry-territorial = Streets / territorial

notice-preview-label = 👇 Preview ({ $locale }) — exactly what the { groups-word } will see:
notice-preview-label-converted = 👇 Preview ({ $locale }, converted from simplified): what traditional-script { groups-word } will see:
notice-preview-label-main = 👇 Preview ({ $locale } { groups-word }): there is no [en] version, so English { groups-word } will get the Chinese text:
notice-version-converted-zh-TW = ℹ️ { $count } traditional-script { $count ->
    [one] { group-word } gets
   *[other] { groups-word } get
} the text converted to traditional characters (to write your own, start a line with [zh-TW] after the main text).
notice-version-main-en = ⚠️ { $count } English { $count ->
    [one] { group-word } gets
   *[other] { groups-word } get
} the Chinese text (there is no [en] version).
notice-locale-zh-CN = 简体中文
notice-locale-zh-TW = 繁體中文
notice-locale-en = English
notice-controls-title = 📋 Sending
notice-controls = To: { $audience } ({ $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
})
    When: { $when }
    Pin: { $pin }
    “Got it” button: { $ack }
notice-when-now = as soon as you confirm
notice-yes = yes
notice-no = no
notice-quiet-warning = ⚠️ That time is in a rest/peak window ({ $window }). The notice will still go out then; to avoid it, tap “Avoid the quiet window”.
notice-btn-time = 🕘 Schedule
notice-btn-now = ⚡ Send now instead
notice-btn-quiet = 🌙 Avoid the quiet window (at { $time })
notice-btn-pin = 📌 Pin: { $state }
notice-btn-ack = ✅ “Got it” button: { $state }
notice-btn-confirm = 🚀 Confirm and send ({ $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
})
notice-btn-discard = ✖ Discard
notice-ask-time = When should it go out ({ $tz })? Say it as you would: "tomorrow 9am", "Friday 3pm", "in 2 hours" — or 16:30, or { $example }.
notice-bad-time = I could not read that time. Try "tomorrow 9am", "Friday 3pm", 16:30 or { $example }.
notice-past-time = That time has passed; please give a time in the future.
notice-far-time = A notice can be scheduled at most { $days } days ahead; please choose another time.

notice-queued-now = ✅ Notice #{ $id } is going out to { $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
}. A separate message shows the progress; see acknowledgements with /notices.
notice-queued-later = ✅ Notice #{ $id } is scheduled for { $when }. It goes to the { groups-word } in this audience at that time (now { $count }). You can cancel it in /notices until then.
notice-already-confirmed = This notice was already confirmed; it will not be sent twice.
notice-discarded = Discarded; the notice was not sent.
notice-draft-gone = This draft has expired; please send /notice again.
notice-enqueue-failed = It could not be queued, and nothing was sent. Please tap confirm again in a moment.
notice-progress-title = 📢 Notice #{ $id }

notice-header = 📢 Notice
# Under a notice an English group gets in Chinese (the organiser wrote no [en] version; there is no machine translation).
notice-in-chinese = (This notice is in Chinese; no English version was written.)
notice-ack-button = ✅ Got it
notice-ack-button-count = ✅ Got it · { $count }
notice-ack-thanks = Thanks — noted that you got it.
notice-ack-again = You already said you got it.
notice-ack-preview = This is a preview: { group-word } members tap here to say they got it.
notice-ack-gone = This notice is no longer valid.

notices-title = 📋 Recent notices
notices-none = No notices yet. Send /notice to write the first.
# A worker (or secretary) typing /notice or /notices: where notices are, not a bare "no permission" (QA19).
notices-refused = Notices are sent by the organisers straight into the { group-word } (important ones are pinned): scroll up to see them. A question about one? Reply to that notice and ask me.
notices-status = Delivered { $sent }/{ $total } · failed { $failed } · waiting { $pending } · got it { $acks }
notices-status-cancelled = Cancelled (delivered { $sent }/{ $total } before that)
notices-status-scheduled = Scheduled: goes to the { groups-word } bound at that time (now { $count })
notices-btn-show = Details #{ $id }
notices-btn-cancel = Cancel #{ $id }
notice-unknown = That notice was not found.
notice-detail-title = Notice #{ $id }: delivery
notice-detail-when = { $when } · { $audience }
notice-detail-sent = ✅ { $group } · got it { $acks }
notice-detail-failed = ❌ { $group } · { $reason }
notice-detail-pending = ⏳ { $group } · waiting
notice-detail-unsure = 📶 { $group } · the connection dropped while sending, whether it arrived is not known
notice-detail-cancelled = ⊘ { $group } · cancelled
notice-detail-scheduled = Not sent yet: it goes to the { groups-word } in this audience at the send time. Now these { $count }:
notice-released-empty = 📢 Notice #{ $id } was due, but no { group-word } in its audience can receive it any more. Nothing was sent.
notice-cancelled = Cancelled #{ $id }: { $count } { $count ->
    [one] { group-word }
   *[other] { groups-word }
} will not get it.
notice-cancel-nothing = #{ $id } has already gone out in full; there is nothing left to cancel.
notice-fail-forbidden = the bot was removed or may not post
notice-fail-not-found = the { group-word } no longer exists
notice-fail-bad-request = the platform refused the message
notice-fail-rate-limited = rate-limited by the platform
notice-fail-transient = not delivered after several tries
notice-fail-cancelled = cancelled

# Who pressed "收到" (stop 41), from a notice's details; and per version once it was corrected.
notices-btn-who = 👥 Who got it
notice-who-title = Who pressed “got it” on notice #{ $id } ({ $count }{ $pages ->
        [1] {""}
       *[other] , page { $page } of { $pages }
    })
notice-who-group = { $group } (got it: { $count })
notice-who-unnamed = (no name shown)
notice-who-version = {" "}(on the { $version })
notice-who-forgotten = { $count } more pressed it over 90 days ago: counted, their names no longer kept.
notice-who-none = Nobody has pressed “got it” on notice #{ $id } yet.
notice-detail-ack-revs = {" "}({ $list })
notice-ack-rev-count = { $version }: { $count }
notice-version-first = first wording
notice-version-fix = correction { $rev }
