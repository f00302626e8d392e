## What a chat is called where the person reads it (QA26 #1): Slack users say 频道, Telegram users 群.
# Referenced by the messages about "this group" (bind, help, the triage chat's note, lessons, notices from picker to
# withdrawal, a broadcast's progress message, reports' privacy lines and origin, /stop, the staff chat's FAQ refusal);
# $platform is the conversation's platform (telegram, slack, console), passed by the core.

group-word = { $platform ->
        [slack] 频道
       *[other] 群
    }
groups-word = { group-word }
