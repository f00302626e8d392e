## Voice notes when they cannot be read (no speech-to-text endpoint)

report-voice-unreadable = 🎙️ 这里暂时听不了语音（没有接入语音转文字）。语音已作为证据保存，支部书记会收听。
report-voice-ask-text = 请再发一行文字，说说是什么问题、在哪里。不方便打字的话，可以点下面的按钮自己选分类。
report-btn-pick-category = 🗂️ 自己选分类
voice-unreadable = 🎙️ 这里暂时听不了语音。请用一行文字写下您的问题。要反映问题请发 /report，语音可以作为证据附上。
voice-heard-hint = 听错了的话，直接发文字告诉我就行。
