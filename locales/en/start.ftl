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
help-group-branch = This group belongs to: { $branch }
help-group-unbound = This group is not bound to a branch yet. An organiser can send /bind.
