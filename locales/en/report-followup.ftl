# More for a report already filed (a photo sent later, a problem told): add it to an open report, or report anew.
report-followup-ask = You have a report that is still being handled. Add this to it?
report-followup-ask-closed = Your report has been resolved meanwhile and can take nothing more. Send this as a new report?
report-followup-ask-new = 📷 Got it. Shall I report this to the branch as a problem? (Send more photos if you have them.) To ask a question, please write it down.
report-followup-files = ({ $count ->
    [one] one attachment
   *[other] { $count } attachments
})
report-followup-btn-add = 📎 Add to { $id } ({ $category })
report-followup-btn-new = 📝 As a new report
report-followup-btn-drop = No thanks
report-followup-added = 📎 Added to { $id }; the branch secretary will see it.
report-followup-dropped = OK, nothing added.
report-followup-as-new = 📝 As a new report
report-followup-closed = { $id } is already resolved and can take nothing more. You can send it as a new report.
report-followup-already = These words were added to { $id } already.
