## Dates, times and lesson schedules in words (core/zoned.ts formatLocal, lessons/cron-words.ts)

# A day of the week, short: $weekday is 0 (Sunday) to 6 (Saturday), as in cron.
weekday-short = { $weekday ->
        [0] Sun
        [1] Mon
        [2] Tue
        [3] Wed
        [4] Thu
        [5] Fri
       *[6] Sat
    }
# A month, short: $month is 1 to 12.
month-short = { $month ->
        [1] Jan
        [2] Feb
        [3] Mar
        [4] Apr
        [5] May
        [6] Jun
        [7] Jul
        [8] Aug
        [9] Sep
        [10] Oct
        [11] Nov
       *[12] Dec
    }

# A short local date and time for people: $month, $day and $weekday (0 = Sunday) are numbers, $time is HH:MM.
date-time = { weekday-short } { $day } { month-short } { $time }

# A lesson schedule in words ("工作日 10:00、15:00"): which days, then cron-at with the times of day.
cron-every-day = Every day
cron-weekdays = Weekdays
cron-weekends = Weekends
# Some days of the week: $days are cron-day each ($weekday), joined as the language joins a list.
cron-some-days = { $days }
cron-day = { $weekday ->
        [0] Sundays
        [1] Mondays
        [2] Tuesdays
        [3] Wednesdays
        [4] Thursdays
        [5] Fridays
       *[6] Saturdays
    }
# $when: one of the above; $times: the times of day, joined.
cron-at = { $when } at { $times }
# A schedule for some months only: $months are cron-month each ($month), joined; $at is cron-at.
cron-in-months = { $at }, in { $months }
cron-month = { month-short }
