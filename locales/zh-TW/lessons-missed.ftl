## The bot was down for more than a day: the organisers hear which lesson pushes were not sent (once per outage)

lessons-missed = ⚠️ 機器人從 { $from } 到 { $to } 沒有運行，這期間有 { $count } 次微課推送沒有發出：{ $list }。錯過的課不會補發，也沒有跳過：各{ group-word }從自己還沒學的下一課接著學，之後照常按時推送。
lessons-missed-item = { $series }{ $count } 次
