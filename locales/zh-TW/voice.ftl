## Voice notes when they cannot be read (no speech-to-text endpoint)

report-voice-unreadable = 🎙️ 這裡暫時聽不了語音（沒有接入語音轉文字）。語音已作為證據保存，支部書記會收聽。
report-voice-ask-text = 請再發一行文字，說說是什麼問題、在哪裡。不方便打字的話，可以點下面的按鈕自己選分類。
report-btn-pick-category = 🗂️ 自己選分類
voice-unreadable = 🎙️ 這裡暫時聽不了語音。請用一行文字寫下您的問題。要反映問題請發 /report，語音可以作為證據附上。
voice-heard-hint = 聽錯了的話，直接發文字告訴我就行。
