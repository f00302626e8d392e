## The bot was down for more than a day: the organisers hear which lesson pushes were not sent (once per outage)

lessons-missed = ⚠️ The bot was not running from { $from } to { $to }, so { $count ->
    [one] one lesson push was
   *[other] { $count } lesson pushes were
} not sent: { $list }. They will not be sent late, and no lesson is skipped: each { group-word } goes on with the next lesson it has not had, and pushes continue on time.
lessons-missed-item = { $series } × { $count }
