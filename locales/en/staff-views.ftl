# Long reports in the staff's views: the card is short, the full view (📄 Details, /ticket) follows in pieces.
ticket-text-more-card = (The report has { $chars } characters; the card shows the beginning. Press "📄 Details" for all of it.)
ticket-text-more-below = (The report has { $chars } characters; the rest follows in { $pages } { $pages ->
    [one] message
   *[other] messages
}.)
ticket-text-page = { $id } text (continued { $n }/{ $of })
ticket-note-cut = ({ $chars } characters in all; only the start is shown here)

# Escalation is deliberate: a reason, and once within a window.
triage-escalate-prompt = Escalate { $id }: what should the district push for, and why? (The district will see this.)
triage-refused-recent = This was escalated { $ago ->
    [0] just now
    [one] a minute ago
   *[other] { $ago } minutes ago
}; the district has it. It is not escalated again within { $window } minutes.
board-act-escalate-note = Reason for escalating

# The worker is told when an organiser approves more time.
worker-extended = ⏳ The deadline for your report { $id } has been extended to { $until }; the branch is still on it.

# The extension picker can be left.
triage-extend-cancelled = Cancelled; no extension requested.

# /bind and /unbind are an organiser's: say so to a secretary; /unbind asks first.
bind-organisers-only = { $platform ->
        [slack] Channels
       *[other] Groups
    } are bound and unbound by an organiser. Please ask one of the district's organisers to send /bind here.
unbind-confirm = Unbind this { group-word } from "{ $branch }"? Its reports, lessons and notices will no longer go to that branch.
unbind-btn-yes = Unbind
unbind-kept = Not unbound; the { group-word } stays with its branch.

# The board's gaps page to a secretary: what they may do there (look), and who handles them.
board-gaps-note-readonly = Questions the bot could not answer, and FAQ entries voted 👎. Shown here for your information; the district's organisers handle them.
