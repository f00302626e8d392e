## Dates, times and lesson schedules in words (core/zoned.ts formatLocal, lessons/cron-words.ts)

# A day of the week, short: $weekday is 0 (Sunday) to 6 (Saturday), as in cron.
weekday-short = { $weekday ->
        [0] 週日
        [1] 週一
        [2] 週二
        [3] 週三
        [4] 週四
        [5] 週五
       *[6] 週六
    }
# A month: $month is 1 to 12.
month-short = { $month }月

# A short local date and time for people: $month, $day and $weekday (0 = Sunday) are numbers, $time is HH:MM.
date-time = { month-short }{ $day }日 { weekday-short } { $time }

# A lesson schedule in words ("工作日 10:00、15:00"): which days, then cron-at with the times of day.
cron-every-day = 每天
cron-weekdays = 工作日
cron-weekends = 週末
# Some days of the week: $days are cron-day each ($weekday), joined as the language joins a list.
cron-some-days = 每{ $days }
cron-day = { weekday-short }
# $when: one of the above; $times: the times of day, joined.
cron-at = { $when } { $times }
# A schedule for some months only: $months are cron-month each ($month), joined; $at is cron-at.
cron-in-months = { $months }月 { $at }
cron-month = { $month }
