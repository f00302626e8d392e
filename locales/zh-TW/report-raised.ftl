# Danger told in words a worker added to their ticket later (a reply, a "not solved" comment): the ticket became an emergency.
triage-raised = ⚠️ { $id } 已升級為緊急（{ $urgency }）：報告人補充的話裡說到有人身危險，時限已按特急縮短，請馬上處理。
ticket-event-raised = 升級為特急：補充的話裡說到人身危險
worker-raised = 您說的情況已按特急處理，支部會優先跟進。
