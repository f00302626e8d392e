# A ticket raised to an emergency while an extension request was waiting: the raise voids the request.
triage-refused-voided = { $id } 已升級為緊急，之前的延期申請已作廢，不再適用。如確需延期，請承辦支部按緊急時限重新申請。
escalation-extension-voided = ⏳ { $id }（{ $branch }）已升級為緊急：延期至 { $until } 的申請已作廢，無需再審批。
triage-extension-voided = ⏳ { $id } 已升級為緊急：延期至 { $until } 的申請已作廢，請在 { $resolve } 前辦結。
ticket-event-extension-voided = 升級為緊急，延期至 { $until } 的申請作廢
