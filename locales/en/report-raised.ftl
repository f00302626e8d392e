# Danger told in words a worker added to their ticket later (a reply, a "not solved" comment): the ticket became an emergency.
triage-raised = ⚠️ { $id } raised to emergency ({ $urgency }): the reporter's latest words tell of danger to a person. Deadlines shortened to the emergency ones; please act now.
ticket-event-raised = raised to emergency: the added words tell of danger to a person
worker-raised = What you told us is now handled as an emergency; the branch will follow it up first.
