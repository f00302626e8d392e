# A person past the per-person message limit (core/flood.ts): said once a minute, the rest are not read.
flood-slow-down = 您发得太快了，请过一分钟再发。
# The same, while a report is being written: what was written so far is kept.
flood-slow-down-report = 您发得太快了，这一条没有收到，请过一分钟再发。您正在写的反映还在，前面写的都没丢。
