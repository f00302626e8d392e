## Delivery: the progress message of a broadcast, and the organisers' warning about a removed group

delivery-kind-lesson = Lesson push
delivery-kind-notice = Notice
delivery-kind-other = System message
delivery-progress-running = Sending: { $sent } sent · { $failed } failed · { $left } left (of { $total } { $total ->
    [one] { group-word }
   *[other] { groups-word }
})
delivery-progress-done = Done: { $sent } sent · { $failed } failed (of { $total } { $total ->
    [one] { group-word }
   *[other] { groups-word }
})
delivery-progress-cancelled = Cancelled: { $sent } sent · { $failed } failed · { $cancelled } cancelled (of { $total } { $total ->
    [one] { group-word }
   *[other] { groups-word }
})
# A notice whose end ("有效期至") came before these groups got it: they were not sent it.
delivery-progress-expired = Expired: { $sent } sent · { $failed } failed · { $cancelled } not sent before its end (of { $total } { $total ->
    [one] { group-word }
   *[other] { groups-word }
})
# Groups a try may have reached with no answer (the connection dropped): not counted as sent or as failed.
delivery-unsure = { $unsure } more { $unsure ->
    [one] { group-word }
   *[other] { groups-word }
}: the connection dropped while sending, so whether it arrived is not known (not counted as failed, nor twice)
delivery-failed-reasons = Why it failed: { $reasons }
delivery-reason-count = { $reason }: { $count }
delivery-list-separator = { "; " }
delivery-reason-forbidden = the bot was removed or may not post
delivery-reason-not-found = the chat no longer exists
delivery-reason-bad-request = the platform refused the message
delivery-reason-transient = still failing after several tries
delivery-group-removed = ⚠️ The bot can no longer post in “{ $group }” ({ $branch }): { $reason }. The { group-word } is marked inactive and gets no more lessons or notices. Ask its owner to add the bot again, then send /bind in the { group-word }.

## A staff chat the pack names was upgraded to a supergroup (a new chat id): cards follow it, the pack must be updated
chat-moved-triage = ⚠️ The triage chat of { $branch } was upgraded to a supergroup: its id changed from { $old } to { $new }. New report cards now go to the new chat, but the content pack still names the old id: in branches.yaml, change this branch's triage chat: '{ $old }' to chat: '{ $new }'. Until then the bot does not know the new chat as a triage chat when people type there (the buttons on its cards work as before).
chat-moved-escalation = ⚠️ The escalation chat was upgraded to a supergroup: its id changed from { $old } to { $new }. Messages now go to the new chat, but the content pack still names the old id: in organisers.yaml, change escalation's chat: '{ $old }' to chat: '{ $new }'. Until then the bot does not know the new chat as the escalation chat when people type there (the buttons on its cards work as before).
# A card sent afresh to a moved chat again, after the last try had no answer (it may be there already).
resent-maybe-repeat = ↻ Sent again: the connection dropped the last time, so it may have arrived already. If the same message is just above, this one is the one that counts.
