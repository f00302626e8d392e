# A person past the per-person message limit (core/flood.ts): said once a minute, the rest are not read.
flood-slow-down = 您發得太快了，請過一分鐘再發。
# The same, while a report is being written: what was written so far is kept.
flood-slow-down-report = 您發得太快了，這一條沒有收到，請過一分鐘再發。您正在寫的反映還在，前面寫的都沒丟。
