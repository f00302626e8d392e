## /start and /help

cmd-start = Get started
cmd-help = What I can do
cmd-cancel = Cancel what you are doing
start-greeting = { $name ->
    [none] Hello! I'm Waystation, your helper between orders.
   *[other] Hello { $name }! I'm Waystation, your helper between orders.
}
help-title-worker = I can help you:
help-title-secretary = For branch secretaries:
help-title-organiser = For organisers:
help-group-branch = This { group-word } belongs to: { $branch }
help-group-unbound = This { group-word } is not bound to a branch yet. An organiser can send /bind.
# A worker's /start fits one phone screen at a large font (QA22 #10): what the bot does in two short lines, then buttons.
start-worker-what = Type any question, e.g. about benefits or where a station is.
    If something is wrong, you can tell the branch privately.
start-worker-more = Tap a button below to begin. Everything I can do: /help
