# A ticket raised to an emergency while an extension request was waiting: the raise voids the request.
triage-refused-voided = { $id } 已升级为紧急，之前的延期申请已作废，不再适用。如确需延期，请承办支部按紧急时限重新申请。
escalation-extension-voided = ⏳ { $id }（{ $branch }）已升级为紧急：延期至 { $until } 的申请已作废，无需再审批。
triage-extension-voided = ⏳ { $id } 已升级为紧急：延期至 { $until } 的申请已作废，请在 { $resolve } 前办结。
ticket-event-extension-voided = 升级为紧急，延期至 { $until } 的申请作废
