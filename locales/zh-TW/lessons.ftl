## Lessons (十分鐘微課堂): /lesson, /schedule, /pause, /resume, /lessonstats and the quiz buttons

cmd-lesson = 領一節微課（本{ group-word }的下一課）
cmd-schedule = 看看課程什麼時候推送
cmd-pause = 暫停{ group-word }的課程推送（組織者；私訊裡可選{ group-word }）
cmd-resume = 恢復{ group-word }的課程推送（組織者；私訊裡可選{ group-word }）
cmd-lessonstats = 微課堂數據：推送、答題、正確率
lesson-help-button = 📚 領一節微課

lesson-header = 📚 { $series } · 第 { $n }/{ $total } 課
# Only English groups see it.
lesson-in-chinese = （這一課只有中文版）
lesson-quiz = ❓ 小測驗：{ $question }
lesson-tally = 📊 已有 { $takers } 人作答：{ $counts }
lesson-tally-none = 📊 還沒有人作答，點下面的選項試試吧
lesson-quiz-right = ✅ 答對了！{ $explanation }
lesson-quiz-wrong = ❌ 不對喔，正確答案是 { $answer }。{ $explanation }
lesson-quiz-again = 你已經答過了（選的是 { $option }），每人只算一次。{ $explanation }
lesson-quiz-gone = 這節課已經下架了，答題已關閉。
lesson-quiz-bad = 這個選項已失效。

lesson-unbound = 本{ group-word }還沒有綁定支部，暫時不能推送課程。請組織者在{ group-word }裡發送 /bind。
lesson-cooldown = 剛領過一節，{ $minutes } 分鐘後再來吧。
lesson-none-left = 本{ group-word }已經學完全部課程 🎉 新課上線後會自動推送。
lesson-none-in-season = 本{ group-word }當季的課程已經學完，{ $month }起還有新課，到時會自動推送。
lesson-send-failed = 課程沒能發出去，請稍後再試。

schedule-title-group = 📅 本{ group-word }課程安排
schedule-title-all = 📅 全部課程推送安排
schedule-next-time = 下一次推送：{ $when }
schedule-next-deferred = 下一次推送：{ $when }（原定 { $fire }，避開休息時段）
schedule-next-none = 近三週沒有推送
schedule-next-lesson = 下一課：《{ $title }》（{ $series } 第 { $n }/{ $total } 課）
schedule-done = 這組課程本{ group-word }已經全部學完
schedule-resting = 這組課程眼下不當季，{ $month }起繼續
schedule-none-group = 本{ group-word }目前沒有定時課程，發送 /lesson 可以隨時領一節。
schedule-none-all = 內容包裡還沒有定時推送（schedules.yaml）。
schedule-paused = ⏸ 本{ group-word }的課程推送已暫停，組織者發送 /resume 恢復。
# The organisers' overview: groups paused with /pause, by name, and groups that paused one schedule's series with ⏸.
schedule-paused-groups = ⏸ 暫停了全部課程推送的{ group-word }（{ $count } 個）：{ $groups }。在那個{ group-word }裡或在這裡發 /resume 恢復。
schedule-overview-paused = （另有 { $count } 個{ group-word }暫停了這組：{ $groups }）
schedule-overview = 課程：{ $series }；推送到 { $groups } 個{ group-word }
schedule-quiet = 休息和高峰時段不推送：{ $windows }（到點順延到時段結束）
# Between two quiet windows (11:00-13:30、17:00-20:00): not an ASCII comma in Chinese (QA12 #11).
schedule-quiet-separator = 、
schedule-quiet-none = 沒有設定休息和高峰時段：到點就推送。
schedule-private-hint = 在{ group-word }裡發送 /schedule，可以看到這個{ group-word }的課程安排。

lesson-paused = ⏸ 已暫停本{ group-word }的課程推送。學習進度會保留，發送 /resume 恢復。
lesson-already-paused = 本{ group-word }的課程推送本來就是暫停的。
lesson-resumed = ▶️ 已恢復本{ group-word }的課程推送，從上次的進度接著學。
lesson-not-paused = 本{ group-word }的課程推送沒有暫停。

lessonstats-title = 📈 微課堂數據
lessonstats-none = 還沒有已綁定的{ group-word }，暫無數據。
lessonstats-rate-none = —
lessonstats-branch = { $branch }：{ $groups } 個{ group-word } · 推送 { $delivered } 節 · 答題 { $takers } 人次 · 正確率 { $rate }
lessonstats-group = · { $group }：推送 { $delivered } 節 · 答題 { $takers } 人次 · 正確率 { $rate }
lesson-staff-chat = 微課堂只推送到綁定的工友{ group-word }，這裡不發課。

# A month (1–12) by name, given as $month to the two messages above.
month-name = { $month }月
# Told once in the escalation chat when a schedule's push finds no lesson left for any group (QA19).
lessons-ran-out = 📚 排程 { $schedule } 的課程已經推完：{ $series }的每一節課各{ group-word }都已學過，之後到點不會再推送。要繼續，請在內容包裡加入新課；不再需要的話，可以刪掉這個排程。

# /pause and /resume in an organiser's private chat (stop 41): the bound groups to choose from, by name.
lesson-pick-pause = 暫停哪個{ group-word }的課程推送？學習進度會保留。（{ $count } 個{ group-word }{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 頁
    }）
lesson-pick-resume = 恢復哪個{ group-word }的課程推送？從上次的進度接著學。（{ $count } 個{ group-word }{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 頁
    }）
lesson-pick-none-pause = 沒有可以暫停的{ group-word }：已綁定的{ group-word }都已暫停，或還沒有綁定{ group-word }。
lesson-pick-none-resume = 沒有暫停了課程推送的{ group-word }。
lesson-pick-nomatch = 沒有找到名字裡有「{ $words }」、可以這樣操作的{ group-word }。只發 /pause 或 /resume 可以從列表裡選。
lesson-paused-named = ⏸ 已暫停「{ $group }」的課程推送。學習進度會保留，發送 /resume 恢復。
lesson-already-paused-named = 「{ $group }」的課程推送本來就是暫停的。
lesson-resumed-named = ▶️ 已恢復「{ $group }」的課程推送，從上次的進度接著學。
lesson-not-paused-named = 「{ $group }」的課程推送沒有暫停。
