# /report while a report is still being written: carry on with it, or drop it and start again.
report-open-draft = You have a report that is not sent yet:
report-open-draft-files = (only { $count ->
    [one] one attachment
   *[other] { $count } attachments
}, no words yet)
report-open-draft-ask = Carry on with it, or drop it and start again?
report-btn-resume = ✏️ Carry on
report-btn-restart = 🗑️ Drop it, start again
report-open-dropped = The earlier report was dropped.
report-open-draft-kept = 📝 Your report is still here: what you type next is added to it; send /cancel to drop it.
# A report that so far is only numbers (a phone number, an amount): kept, and the words asked for.
report-describe-words = Noted. Please tell me in a sentence or two what happened.
