# Danger told about a ticket that was already closed (a late answer, "not solved" after the window): the words went out as a new emergency report.
report-receipt-follows = 工单 { $old } 已经关闭，您刚才说的话已作为新的紧急报告 { $id } 发给支部，会优先处理。
ticket-line-follows = ↩️ 接续已关闭的工单 { $old }：报告人在它关闭后又说到有人身危险
worker-danger-closed-limited = 工单 { $old } 已经关闭。请先拨打上面的电话。您这一小时内反映得比较多了，稍后可以再通过 /report 反映。
