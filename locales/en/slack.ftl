## Slack: the report form (/report opens it; nothing is posted in the channel)

slack-report-title = Report a problem
slack-report-submit = Submit
slack-report-close = Cancel
slack-report-intro = Only the branch secretaries handling it see what you write; nothing appears in the channel.
slack-report-origin = From: { $branch }
slack-report-emergency = In an emergency call now: { $numbers }
slack-report-desc = What happened?
slack-report-desc-placeholder = When, where, what happened…
slack-report-desc-hint = Say when, where and what happened, so the secretary can follow it up.
slack-report-category = Category
slack-report-category-placeholder = Leave empty to decide from your words
slack-report-category-hint = Chosen from your words; change it if it is wrong.
slack-report-photos = Photos (optional)
slack-report-photos-hint = The scene, a receipt or a chat screenshot; up to { $max }. Only the secretaries handling it see them.
slack-report-options = Options
slack-report-anonymous = Report anonymously (secretaries do not see my name)
slack-report-contact = You may message me to ask about it
slack-report-error-empty = Please describe the problem in a few words.
slack-report-rate-limited = You have reported { $limit } problems this hour; please submit later. In an emergency call: { $numbers }. If someone is in danger right now, you can still send it with /report and say what is happening.
slack-report-unavailable = Reporting is not available right now; please try again later.
slack-report-failed = Sorry, the report could not be submitted; please try again later. What you wrote:

## Slack: the app was asked for something in a channel it is not a member of

slack-not-in-channel = I am not in this channel yet, so I cannot answer here. Invite me first: /invite @waystation
slack-mention-someone = someone
# /bind typed in a group DM (a few people's private conversation, not a channel).
slack-bind-group-dm = A group DM cannot be bound as a workers' channel: lessons and notices go to channels only. Use /bind in the workers' channel (invite me first: /invite @waystation).

## Slack: words of the adapter's own

# The close button of the small window that answers a refused press (an alert).
slack-alert-close = OK
# What a screen reader says of a picture with no caption.
slack-photo-alt = Photo
