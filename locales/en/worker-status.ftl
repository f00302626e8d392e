## A report as its reporter sees it (/mytickets, /ticket): plain words, not the branch's office terms (QA22 #1)

worker-status-new = received, waiting for the branch to take it up
worker-status-claimed = the branch has taken it up and is working on it
worker-status-waiting = the branch is waiting for your answer
worker-status-resolved = the branch says it is solved — please confirm
worker-status-closed = finished
worker-line-status = Where it stands: { $status }
worker-line-branch = Looked after by { $branch }
worker-line-resolve-by = Expect an answer by { $resolve }
worker-line-resolve-paused = The branch carries on once you reply
worker-line-resolution = The branch's answer:{" "}
worker-history = What happened
worker-event-claimed = { $who } took it up
worker-event-resolved = { $who } says it is solved: { $text }
