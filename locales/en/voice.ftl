## Voice notes when they cannot be read (no speech-to-text endpoint)

report-voice-unreadable = 🎙️ I can't listen to voice notes here (no speech-to-text is set up). Your voice note is kept as evidence and the secretary will listen to it.
report-voice-ask-text = Please send one line of text saying what the problem is and where. If typing is hard, tap the button below and pick the category yourself.
report-btn-pick-category = 🗂️ Pick the category myself
voice-unreadable = 🎙️ I can't listen to voice notes here. Please write your question in one line of text. To report a problem send /report — a voice note can go with it as evidence.
voice-heard-hint = If I got it wrong, just send it as text.
