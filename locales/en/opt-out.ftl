cmd-stop = How to stop the pushes
optout-group =
    🔕 Lessons and notices go to the whole { group-word }, so they cannot be stopped for you alone.
    · Not to be disturbed: mute this chat in its settings; you can still read it, it just stays quiet.
    · For fewer lessons here, or a pause: tap below to tell { $branch }; the organisers decide.
optout-group-organiser = You are an organiser: send /pause in this { group-word } to pause its scheduled lessons, /resume to restart them; progress is kept.
optout-private =
    🔕 I send no lessons or notices in private; they only go to the workers' { groups-word }.
    To be left in peace, mute that { group-word } in its settings; for fewer lessons there, mention me in the { group-word } with "unsubscribe" to tell the branch.
    In private you only get replies about your own reports and questions.
optout-pass-question = Would like fewer lessons and notices in this { group-word }, or a pause (the worker's words: { $words })
optout-btn-pass = 📨 Tell the branch
optout-pause-refused = Only organisers can pause this { group-word }'s lessons. To be left in peace, mute the { group-word }; for fewer lessons, mention me with "unsubscribe" to tell the branch.
