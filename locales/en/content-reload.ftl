## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ The content pack has { $count ->
        [one] 1 error
       *[other] { $count } errors
    }; still using the previous version:
    { $lines }
    Save the fixed files and the new version is used at once. To see every error: { $check }
content-invalid-more = … and { $more } more
content-valid = ✅ The content pack's errors are fixed: the new version is in use.

## A branch or category the pack no longer has, where a ticket or a group still names it (reports/views.ts)
content-former-branch = a removed branch
content-former-category = a removed category
content-former-staff-named = { $name } (removed)
content-former-staff = { $removed } ({ $id })

## What a new version of the pack leaves behind in Redis, told once per version (core/content/left-behind.ts)
content-left-title = ⚠️ The content pack no longer has these branches, categories or entries, but things still point to them:
content-left-branch-tickets = · { $n } open { $n ->
        [one] ticket is
       *[other] tickets are
    } still in a removed branch, { $branches }: { $tickets }. Open each with /ticket <number> and ↪️ transfer it to the branch that takes over (/queue lists them all under "Branches not in the pack").
content-left-category-tickets = · { $n } open { $n ->
        [one] ticket is
       *[other] tickets are
    } of a removed category, { $categories }: { $tickets }. Handle them as usual; give the category its id back and cards show its name again.
content-left-groups = · { $n } { $n ->
        [one] { group-word } is
       *[other] { groups-word } are
    } still bound to a removed branch, { $branches }: { $groups }. /bind each again to the branch that takes over, or notices sent by branch will not reach it.
content-left-learned = · { $n } taught { $n ->
        [one] wording points
       *[other] wordings point
    } to a removed FAQ entry, { $entries }, and no longer answer: see /gaps, give the entry its id back, or copy the wordings into the new entry's questions.
