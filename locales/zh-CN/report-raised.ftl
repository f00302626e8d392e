# Danger told in words a worker added to their ticket later (a reply, a "not solved" comment): the ticket became an emergency.
triage-raised = ⚠️ { $id } 已升级为紧急（{ $urgency }）：报告人补充的话里说到有人身危险，时限已按特急缩短，请马上处理。
ticket-event-raised = 升级为特急：补充的话里说到人身危险
worker-raised = 您说的情况已按特急处理，支部会优先跟进。
