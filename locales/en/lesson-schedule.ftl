## Lessons: schedules in words, and pausing one series in one group

# One series' title in a list of several, or in a button or toast ($series there is one or several of these).
schedule-series-quoted = "{ $title }"
schedule-times = When: { $times }
schedule-series-paused = ⏸ Paused in this { group-word }
schedule-btn-pause = ⏸ Pause { $series }
schedule-btn-resume = ▶️ Resume { $series }
schedule-series-paused-toast = Paused { $series } in this { group-word }; progress is kept.
schedule-series-resumed-toast = Resumed { $series } in this { group-word }, from where it stopped.
schedule-next-paused = Next push: (paused)
schedule-btn-resume-group = ▶️ Resume lessons in this { group-word }
