# /report while a report is still being written: carry on with it, or drop it and start again.
report-open-draft = 您還有一份沒送出的反映：
report-open-draft-files = （只有 { $count } 個附件，還沒有文字）
report-open-draft-ask = 接著填寫這一份，還是放棄它、重新開始？
report-btn-resume = ✏️ 繼續填寫
report-btn-restart = 🗑️ 放棄，重新開始
report-open-dropped = 已放棄上一份反映。
report-open-draft-kept = 📝 您正在寫的反映還在：接著傳的文字會補充進去；傳送 /cancel 可以放棄它。
# A report that so far is only numbers (a phone number, an amount): kept, and the words asked for.
report-describe-words = 已記下。請再用一兩句話說說遇到了什麼問題。
