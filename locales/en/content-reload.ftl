## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ The content pack has { $count ->
        [one] 1 error
       *[other] { $count } errors
    }; still using the previous version:
    { $lines }
    Save the fixed files and the new version is used at once. To see every error: { $check }
content-invalid-more = … and { $more } more
content-valid = ✅ The content pack's errors are fixed: the new version is in use.
