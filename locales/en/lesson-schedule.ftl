## Lessons: schedules in words, and pausing one series in one group

# $series in the buttons and toasts below: one series title, or several, each in the locale's `quoted` marks.
schedule-times = When: { $times }
schedule-series-paused = ⏸ Paused in this { group-word }
schedule-btn-pause = ⏸ Pause { $series }
schedule-btn-resume = ▶️ Resume { $series }
schedule-series-paused-toast = Paused { $series } in this { group-word }; progress is kept.
schedule-series-resumed-toast = Resumed { $series } in this { group-word }, from where it stopped.
schedule-next-paused = Next push: (paused)
schedule-btn-resume-group = ▶️ Resume lessons in this { group-word }
