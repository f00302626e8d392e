## Lessons: schedules in words, and pausing one series in one group

# $series in the buttons and toasts below: one series title, or several, each in the locale's `quoted` marks.
schedule-times = 時間：{ $times }
schedule-series-paused = ⏸ 本{ group-word }已暫停這組課程
schedule-btn-pause = ⏸ 暫停{ $series }
schedule-btn-resume = ▶️ 恢復{ $series }
schedule-series-paused-toast = 已暫停本{ group-word }的{ $series }，進度會保留。
schedule-series-resumed-toast = 已恢復本{ group-word }的{ $series }，從上次的進度接著學。
schedule-next-paused = 下一次推送：（已暫停）
schedule-btn-resume-group = ▶️ 恢復本{ group-word }的課程推送
