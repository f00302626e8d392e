## Delivery: the progress message of a broadcast, and the organisers' warning about a removed group

delivery-kind-lesson = Lesson push
delivery-kind-notice = Notice
delivery-kind-other = System message
delivery-progress-running = Sending: { $sent } sent · { $failed } failed · { $left } left (of { $total } { $total ->
    [one] group
   *[other] groups
})
delivery-progress-done = Done: { $sent } sent · { $failed } failed (of { $total } { $total ->
    [one] group
   *[other] groups
})
delivery-progress-cancelled = Cancelled: { $sent } sent · { $failed } failed · { $cancelled } cancelled (of { $total } { $total ->
    [one] group
   *[other] groups
})
delivery-failed-reasons = Why it failed: { $reasons }
delivery-reason-count = { $reason }: { $count }
delivery-list-separator = { "; " }
delivery-reason-forbidden = the bot was removed or may not post
delivery-reason-not-found = the chat no longer exists or was upgraded
delivery-reason-bad-request = the platform refused the message
delivery-reason-transient = still failing after several tries
delivery-group-removed = ⚠️ The bot can no longer post in “{ $group }” ({ $branch }): { $reason }. The group is marked inactive and gets no more lessons or notices. Ask its owner to add the bot again, then send /bind in the group.
