# A worker's message longer than one message the bot takes (4,096 characters) was cut on arrival: said plainly how
# much did not arrive, and the rest asked for as another message, which joins the same report or ticket.
input-cut = ✂️ This message has { $n } characters, more than one message can carry: only the first { $kept } arrived, the last { $missing } did not.
input-cut-rest-report = Please send the rest (what comes after "{ $end }") as another message; it will be added to this report.
input-cut-rest-ticket = Please send the rest (what comes after "{ $end }") as another message; it will be passed to the branch secretary and added to { $id }.
# The FAQ's "too long for a question" when the message was also cut: what the report button takes, honestly.
faq-too-long-report-cut = That doesn't look like a question (questions up to { $max } characters). If it is a problem to report, tap the button below: what arrived goes into the report, and you can send the rest as another message afterwards.
