# /report while a report is still being written: carry on with it, or drop it and start again.
report-open-draft = 您还有一份没提交的反映：
report-open-draft-files = （只有 { $count } 个附件，还没有文字）
report-open-draft-ask = 接着填写这一份，还是放弃它、重新开始？
report-btn-resume = ✏️ 继续填写
report-btn-restart = 🗑️ 放弃，重新开始
report-open-dropped = 已放弃上一份反映。
report-open-draft-kept = 📝 您正在写的反映还在：接着发的文字会补充进去；发送 /cancel 可以放弃它。
# A report that so far is only numbers (a phone number, an amount): kept, and the words asked for.
report-describe-words = 已记下。请再用一两句话说说遇到了什么问题。
