## What a chat is called where the person reads it (QA26 #1): a channel on Slack, a group on Telegram.
# Referenced by the messages about "this group" (bind, help, the triage chat's note, lessons, notices from picker to
# withdrawal, a broadcast's progress message, reports' privacy lines and origin, /stop, the staff chat's FAQ refusal);
# $platform is the conversation's platform (telegram, slack, console), passed by the core.

group-word = { $platform ->
        [slack] channel
       *[other] group
    }
groups-word = { $platform ->
        [slack] channels
       *[other] groups
    }
