## Lessons: schedules in words, and pausing one series in one group

# $series in the buttons and toasts below: one series title, or several, each in the locale's `quoted` marks.
schedule-times = 时间：{ $times }
schedule-series-paused = ⏸ 本{ group-word }已暂停这组课程
schedule-btn-pause = ⏸ 暂停{ $series }
schedule-btn-resume = ▶️ 恢复{ $series }
schedule-series-paused-toast = 已暂停本{ group-word }的{ $series }，进度会保留。
schedule-series-resumed-toast = 已恢复本{ group-word }的{ $series }，从上次的进度接着学。
schedule-next-paused = 下一次推送：（已暂停）
schedule-btn-resume-group = ▶️ 恢复本{ group-word }的课程推送
