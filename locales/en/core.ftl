## Errors and fallbacks shared by every feature

error-generic = Sorry, something went wrong and this message was not handled — it will not be retried. Please send it again in a moment (or press the button again).
error-unfinished = Sorry, this message was only partly handled (the system cannot store anything new for the moment) and will not be retried. If the reply above is incomplete, please send it again in a moment.
error-not-allowed = Sorry, you don't have permission to do that.
error-unknown-command = There is no /{ $command } command. Send /help to see what I can do.
error-private-only = Please use /{ $command } in a private chat with me, to protect your privacy.
error-group-only = /{ $command } works only in a { group-word }.
error-button-expired = This button has expired. Please start again.
fallback-not-understood = I didn't quite get that. Send /help to see what I can do.
fragment-go-on = Go on — once you have said it all, I will read it together.
cancel-done = OK, cancelled.

# After Chinese words an English reader is shown as they are (a lesson title, a secretary's note, a service's name):
# nothing translates them offline, so they are marked, the same way everywhere (QA12).
text-in-chinese = (in Chinese)

# Words quoted from a post or a person (a notice's first words in the list, the sentences of a notice or lesson that
# answer a question), in the quotation marks of the reader's script (“…”, zh-TW 「…」), never written in code.
quoted = “{ $text }”

# The buttons that page through any list a card shows in pages (a queue, who pressed 收到, groups to pause, stations),
# and the board's paged lists (the queue, the unanswered questions).
page-prev = ‹ Previous page
page-next = Next page ›

# Between the items of a list written inline (services, dates, ticket numbers), in the reader's punctuation.
list-separator = {", "}
