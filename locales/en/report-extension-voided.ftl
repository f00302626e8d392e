# A ticket raised to an emergency while an extension request was waiting: the raise voids the request.
triage-refused-voided = { $id } became an emergency, so the earlier extension request no longer applies. If more time is really needed, the branch can ask again against the emergency deadline.
escalation-extension-voided = ⏳ { $id } ({ $branch }) became an emergency: the request to extend to { $until } is void; nothing to decide.
triage-extension-voided = ⏳ { $id } became an emergency: the request to extend to { $until } is void. Please resolve it by { $resolve }.
ticket-event-extension-voided = became an emergency; the request to extend to { $until } is void
