## Lessons: schedules in words, and pausing one series in one group

schedule-times = When: { $times }
schedule-series-paused = ⏸ Paused in this group
schedule-btn-pause = ⏸ Pause "{ $series }"
schedule-btn-resume = ▶️ Resume "{ $series }"
schedule-series-paused-toast = "{ $series }" is paused in this group; progress is kept.
schedule-series-resumed-toast = "{ $series }" is back on in this group, from where it stopped.
schedule-next-paused = Next push: (paused)
schedule-btn-resume-group = ▶️ Resume lessons in this group
