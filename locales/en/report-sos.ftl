# An emergency told outside a report: the numbers come first.
report-sos-body = Call the numbers above first, and look after yourself and the people with you.
    I have noted what you said: tap "Report now" and your branch gets it as an emergency (shortest deadline), or add more details first.
report-sos-file = 🆘 Report it to the branch now
report-sos-group = Call the numbers above first. If the branch should follow up, tell me in private:
report-sos-limited = Call the numbers above first. You have sent several reports this hour; you can use /report again a little later.
