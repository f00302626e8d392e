## A report as its reporter sees it (/mytickets, /ticket): plain words, not the branch's office terms (QA22 #1)

worker-status-new = 已收到，等支部接手
worker-status-claimed = 支部已接手，正在處理
worker-status-waiting = 支部在等您回覆
worker-status-resolved = 支部說已解決，請您確認
worker-status-closed = 已結束
worker-line-status = 進展：{ $status }
worker-line-branch = 由 { $branch } 負責
worker-line-resolve-by = 預計 { $resolve } 前給您答覆
worker-line-resolve-paused = 等您回覆後，支部接著處理
worker-line-resolution = 支部的答覆：
worker-history = 經過
worker-event-claimed = { $who } 接手了
worker-event-resolved = { $who } 說已解決：{ $text }
