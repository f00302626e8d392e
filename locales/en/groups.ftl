## Binding groups to branches

cmd-bind = Bind this { group-word } to a branch (organisers)
cmd-unbind = Unbind this { group-word } (organisers)
cmd-group = Show this { group-word }'s settings
bind-choose = Which branch does this { group-word } belong to?
bind-unknown-branch = No branch called "{ $branch }". Branches:
cmd-bind-usage = [branch] [zh-CN|zh-TW|en] [tags…]
# The first line of /bind's reply: bound anew, or moved from another branch (a wrong-branch slip is seen, QA11 #3).
bind-head = Bound: this { group-word } belongs to { $branch }.
bind-head-moved = Re-bound: { $from } → { $to }.
bind-done = { $head }
    Language: { $language }; tags: { $tags }.
    { $change }
# The group's language and why it is that one: named with /bind, kept from the binding before, read from the
# group's name (traditional characters → zh-TW, no Chinese → en), else the default (zh-CN).
bind-language = { $name } ({ $code }{ $why ->
        [kept] , kept from before
        [title] , from the { group-word }'s name
        [default] , the default
       *[given] {""}
    })
bind-language-change = For another language: { $first } or { $second }
unbind-done = This { group-word } is no longer bound to a branch.
unbind-not-bound = This { group-word } is not bound to a branch.
group-info-title = This { group-word }
group-info = Branch: { $branch }
    Language: { $locale }
    Tags: { $tags }
    Push topic: { $topic }
group-joined = Hello everyone, I'm Waystation 👋 Mention me with a question between orders, or send /help to see what I can do. To report a problem, message me privately — nobody in the { group-word } will see it.
group-joined-staff = Waystation is here: new reports will arrive in this chat. Send /queue to see what is open.
group-joined-bind = Please send /bind to choose this { group-word }'s branch, so lessons and notices can reach it.
group-staff-triage = This is the triage chat of { $branch }: new reports arrive here; send /queue to see what is open. The content pack names it, so it needs no binding.
group-staff-escalation = This is the district's escalation chat: overdue and emergency reports arrive here. The content pack names it, so it needs no binding.
bind-staff-chat = A triage or escalation chat cannot be bound as a workers' { group-word } (lessons and notices would be pushed into it).
