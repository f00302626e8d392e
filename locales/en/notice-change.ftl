## A notice that went out, corrected or withdrawn from its /notices details (QA19)

notice-corrected-mark = (corrected)
notice-withdrawn-text = 📢 This notice has been withdrawn.
notices-btn-fix = ✏️ Correct #{ $id }
notices-btn-withdraw = 🗑 Withdraw #{ $id }
notice-btn-withdraw-yes = 🗑 Yes, withdraw #{ $id }
notice-fix-ask = ✏️ Send the whole corrected text of #{ $id }; it replaces the old one (at most { $max } characters; other languages' versions after [en] / [zh-TW] on a line of their own, as before).
    Each copy already sent is edited to the new text and marked "(corrected)"; { groups-word } still waiting get the new text. Send /cancel to stop.
    The text now, with its other versions (send it all back, corrected):
    { $text }
notice-fixed = ✏️ #{ $id } corrected: { $edited } copies already sent are being edited one by one{ $waiting ->
        [0] .
        [1] , and the 1 { group-word } still waiting will get the new text.
       *[other] , and { $waiting } { groups-word } still waiting will get the new text.
    }
notice-fixed-scheduled = ✏️ #{ $id } corrected: the new text is what goes out.
# A correction without a version the notice had (its groups of that language now get the main text).
notice-fix-dropped-en = ⚠️ This correction has no [en] version: { $count ->
        [1] the English { group-word } now gets
       *[other] { $count } English { groups-word } now get
    } the Chinese text. To keep an English version, press "✏️ Correct" again and add [en] and the English text on a line of its own.
notice-fix-dropped-zh-TW = ℹ️ This correction has no [zh-TW] version: { $count ->
        [1] the traditional-Chinese { group-word } now gets
       *[other] { $count } traditional-Chinese { groups-word } now get
    } the main text converted to traditional characters; the version written before is no longer used.
notice-fix-withdrawn = #{ $id } has been withdrawn and can no longer be corrected.
notice-withdraw-ask = Withdraw #{ $id }? The { $sent } copies sent are deleted (one over 48 hours old that cannot be deleted is changed to "This notice has been withdrawn" and unpinned){ $pending ->
        [0] .
        [1] , and the 1 { group-word } still waiting gets nothing.
       *[other] , and the { $pending } { groups-word } still waiting get nothing.
    }
# Every copy can still be deleted (none on Telegram, or none there 48 hours old yet): the 48-hour clause left out.
notice-withdraw-ask-deletable = Withdraw #{ $id }? The { $sent } copies sent are deleted{ $pending ->
        [0] .
        [1] , and the 1 { group-word } still waiting gets nothing.
       *[other] , and the { $pending } { groups-word } still waiting get nothing.
    }
notice-withdrawing = 🗑 Withdrawing #{ $id }: { $copies } copies sent are being deleted one by one{ $cancelled ->
        [0] .
        [1] , and the 1 { group-word } still waiting gets nothing.
       *[other] , and { $cancelled } { groups-word } still waiting get nothing.
    } See "Details" for how it went.
notice-withdraw-again = #{ $id } has already been withdrawn.
notices-status-withdrawn = 🗑 Withdrawn: { $deleted } deleted · { $kept } could not be deleted
notice-detail-withdrawn = 🗑 Withdrawn: { $deleted } deleted · { $replaced } too old to delete, changed to "This notice has been withdrawn" · { $failed } failed · { $pending } in progress
notice-detail-deleted = 🗑 { $group } · deleted
notice-detail-replaced = ↩️ { $group } · over 48 hours old, could not be deleted: changed to "This notice has been withdrawn" and unpinned
notice-detail-withdraw-failed = ❌ { $group } · not withdrawn: { $reason }
notice-detail-withdrawing = ⏳ { $group } · being withdrawn
notice-detail-corrected = ✏️ Corrected { $count } times · { $pending } copies still to edit
notice-detail-fix-failed = (not corrected: { $reason })

## "有效期至": a pinned notice unpinned at that time
notice-controls-expiry = Valid until: { $until } (then unpinned)
notice-expiry-none = no end
notice-btn-expiry = ⏳ Set an end
notice-ask-expiry = ⏳ Pinned until when? Each { group-word }'s copy is unpinned then. Write "tomorrow 6pm", "in 3 days" or { $example }.
notice-expiry-before = The end must be after the send time; please send it again.
notice-expiry-confirmed = ⏳ Fine: pinned until { $when }
notices-expiry = ⏳ pinned until { $when }
notices-expired = ⏳ expired, unpinned
# Groups still waiting when a notice's end came were not sent it.
notices-status-expired = Delivered { $sent }/{ $total } · failed { $failed } · not sent before its end { $unsent } · got it { $acks }
notice-detail-expired-unsent = ⌛ { $group } · not sent: the notice had ended
