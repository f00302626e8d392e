# A person past the per-person message limit (core/flood.ts): said once a minute, the rest are not read.
flood-slow-down = You are sending too fast — please wait a minute, then send again.
# The same, while a report is being written: what was written so far is kept.
flood-slow-down-report = You are sending too fast: this message was not taken — please wait a minute, then send it again. Your report is still here; nothing you wrote before is lost.
