## A report as its reporter sees it (/mytickets, /ticket): plain words, not the branch's office terms (QA22 #1)

worker-status-new = 已收到，等支部接手
worker-status-claimed = 支部已接手，正在处理
worker-status-waiting = 支部在等您回复
worker-status-resolved = 支部说已解决，请您确认
worker-status-closed = 已结束
worker-line-status = 进展：{ $status }
worker-line-branch = 由 { $branch } 负责
worker-line-resolve-by = 预计 { $resolve } 前给您答复
worker-line-resolve-paused = 等您回复后，支部接着处理
worker-line-resolution = 支部的答复：
worker-history = 经过
worker-event-claimed = { $who } 接手了
worker-event-resolved = { $who } 说已解决：{ $text }
