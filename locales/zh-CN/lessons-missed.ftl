## The bot was down for more than a day: the organisers hear which lesson pushes were not sent (once per outage)

lessons-missed = ⚠️ 机器人从 { $from } 到 { $to } 没有运行，这期间有 { $count } 次微课推送没有发出：{ $list }。错过的课不会补发，也没有跳过：各{ group-word }从自己还没学的下一课接着学，之后照常按时推送。
lessons-missed-item = { $series }{ $count } 次
