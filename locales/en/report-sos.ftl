# An emergency told outside a report: the numbers come first.
report-sos-body = Call the numbers above first, and look after yourself and the people with you.
    I have noted what you said: one tap on "Report now" gives it to your branch as an emergency (shortest deadline, anonymous; the branch asks you through me), or add more details first.
report-sos-file = 🆘 Report it to the branch now
report-sos-group = Call the numbers above first. If the branch should follow up, tell me in private:
# Where the group has no link into the private chat (Slack): the button below opens the private form.
report-sos-group-button = Call the numbers above first. If the branch should follow up, tap the button below (or send /report) to report it privately: what you just wrote goes along, and nobody in the { group-word } sees it.
report-sos-limited = Call the numbers above first. You have sent several reports this hour; you can use /report again a little later.
# The same card asked again (the numbers were shown above it once already).
report-sos-again = I have noted what you said: one tap on "Report now" gives it to your branch as an emergency, or add more details first.
