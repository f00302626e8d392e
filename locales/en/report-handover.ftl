## Hand-over to a colleague at shift end (QA20 #3) and a report withdrawn by its reporter (QA20 #7)

handover-btn = 👥 Hand to a colleague
handover-btn-all = 👥 Hand all to a colleague
handover-mine-title = 📋 Tickets I hold
handover-mine-counts = { $n } in all (page { $page }/{ $pages })
handover-mine-empty = You hold no open tickets 👍
handover-choose = Hand { $id } to which colleague?
handover-choose-all = Hand all { $n } tickets you hold to which colleague?
handover-done = ✅ { $id } handed to { $who }
handover-done-all = ✅ { $n } tickets handed to { $who }:
handover-left = Not handed over:
    { $list }
# One ticket not handed over, with why (the refusal's words).
handover-left-item = { $id } ({ $why })
handover-cancelled = Cancelled; the tickets stay with you.
handover-nobody = { $role ->
    [organiser] There is no other secretary in this branch: no colleague to hand it to. To send it to another branch, use ↪️ Transfer on its card
   *[other] There is no other secretary in this branch: no colleague to hand it to
}
handover-claim-first = Only a claimed ticket can be handed to a colleague; claim a new one directly
handover-refused-not-holder = Only its holder ({ $who }) or a district organiser can hand this ticket over
handover-refused-same = That colleague holds it already
triage-refused-not-holder = Only its holder or a district organiser can hand this ticket over
handover-triage = 👥 { $id } handed by { $who } to { $receiver }
worker-handed-over = Your report { $id } has been taken over by { $who }, who will go on handling it.
ticket-event-handed-over = { $who } handed it to { $receiver }
ticket-worker-event-handed-over = Now handled by { $receiver }

worker-btn-withdraw = ↩️ Withdraw
worker-btn-withdraw-yes = ✅ Yes, withdraw
worker-btn-withdraw-no = Keep it
worker-withdraw-confirm = Withdraw { $id }?
worker-withdraw-confirm-emergency = This report is handled as an emergency. Is everyone safe now? Withdraw { $id }?
worker-withdraw-confirm-hint = Once withdrawn, the branch stops handling it; you can report again any time (/report).
worker-withdraw-not-open = This report is already resolved or closed; there is nothing to withdraw
worker-withdraw-kept = OK, { $id } is not withdrawn; the branch goes on handling it.
worker-withdrawn = ↩️ { $id } withdrawn; the branch has been told. You can report again any time (/report).
withdrawn-triage = ↩️ { $id } was withdrawn by the reporter ({ $who }); nothing more to do.
withdrawn-triage-held = ↩️ { $id } was withdrawn by the reporter ({ $who }); nothing more to do. For { $holder }, who held it.
ticket-event-withdrawn = { $who } withdrew the report
ticket-line-closed-withdrawn = Withdrawn by the reporter
ticket-worker-line-withdrawn = You withdrew this report
# A colleague the bot cannot name (never their platform id, stop 39).
handover-receiver-unnamed = another secretary
ticket-actor-unnamed-secretary = a secretary of { $branch }
