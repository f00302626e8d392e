## Lessons (十分钟微课堂): /lesson, /schedule, /pause, /resume, /lessonstats and the quiz buttons

cmd-lesson = 领一节微课（本{ group-word }的下一课）
cmd-schedule = 看看课程什么时候推送
cmd-pause = 暂停{ group-word }的课程推送（组织者；私聊里可选{ group-word }）
cmd-resume = 恢复{ group-word }的课程推送（组织者；私聊里可选{ group-word }）
cmd-lessonstats = 微课堂数据：推送、答题、正确率
lesson-help-button = 📚 领一节微课

lesson-header = 📚 { $series } · 第 { $n }/{ $total } 课
# Only English groups see it.
lesson-in-chinese = （这一课只有中文版）
lesson-quiz = ❓ 小测验：{ $question }
lesson-tally = 📊 已有 { $takers } 人作答：{ $counts }
lesson-tally-none = 📊 还没有人作答，点下面的选项试试吧
lesson-quiz-right = ✅ 答对了！{ $explanation }
lesson-quiz-wrong = ❌ 不对哦，正确答案是 { $answer }。{ $explanation }
lesson-quiz-again = 你已经答过啦（选的是 { $option }），每人只算一次。{ $explanation }
lesson-quiz-gone = 这节课已经下架了，答题已关闭。
lesson-quiz-bad = 这个选项已失效。

lesson-unbound = 本{ group-word }还没有绑定支部，暂时不能推送课程。请组织者在{ group-word }里发送 /bind。
lesson-cooldown = 刚领过一节，{ $minutes } 分钟后再来吧。
lesson-none-left = 本{ group-word }已经学完全部课程 🎉 新课上线后会自动推送。
lesson-none-in-season = 本{ group-word }当季的课程已经学完，{ $month }起还有新课，到时会自动推送。
lesson-send-failed = 课程没能发出去，请稍后再试。

schedule-title-group = 📅 本{ group-word }课程安排
schedule-title-all = 📅 全部课程推送安排
schedule-next-time = 下一次推送：{ $when }
schedule-next-deferred = 下一次推送：{ $when }（原定 { $fire }，避开休息时段）
schedule-next-none = 近三周没有推送
schedule-next-lesson = 下一课：《{ $title }》（{ $series } 第 { $n }/{ $total } 课）
schedule-done = 这组课程本{ group-word }已经全部学完
schedule-resting = 这组课程眼下不当季，{ $month }起继续
schedule-none-group = 本{ group-word }目前没有定时课程，发送 /lesson 可以随时领一节。
schedule-none-all = 内容包里还没有定时推送（schedules.yaml）。
schedule-paused = ⏸ 本{ group-word }的课程推送已暂停，组织者发送 /resume 恢复。
# The organisers' overview: groups paused with /pause, by name, and groups that paused one schedule's series with ⏸.
schedule-paused-groups = ⏸ 暂停了全部课程推送的{ group-word }（{ $count } 个）：{ $groups }。在那个{ group-word }里或在这里发 /resume 恢复。
schedule-overview-paused = （另有 { $count } 个{ group-word }暂停了这组：{ $groups }）
schedule-overview = 课程：{ $series }；推送到 { $groups } 个{ group-word }
schedule-quiet = 休息和高峰时段不推送：{ $windows }（到点顺延到时段结束）
# Between two quiet windows (11:00-13:30, 17:00-20:00).
schedule-quiet-separator = 、
schedule-quiet-none = 没有设置休息和高峰时段：到点就推送。
schedule-private-hint = 在{ group-word }里发送 /schedule，可以看到这个{ group-word }的课程安排。

lesson-paused = ⏸ 已暂停本{ group-word }的课程推送。学习进度会保留，发送 /resume 恢复。
lesson-already-paused = 本{ group-word }的课程推送本来就是暂停的。
lesson-resumed = ▶️ 已恢复本{ group-word }的课程推送，从上次的进度接着学。
lesson-not-paused = 本{ group-word }的课程推送没有暂停。

lessonstats-title = 📈 微课堂数据
lessonstats-none = 还没有已绑定的{ group-word }，暂无数据。
lessonstats-rate-none = —
lessonstats-branch = { $branch }：{ $groups } 个{ group-word } · 推送 { $delivered } 节 · 答题 { $takers } 人次 · 正确率 { $rate }
lessonstats-group = · { $group }：推送 { $delivered } 节 · 答题 { $takers } 人次 · 正确率 { $rate }
lesson-staff-chat = 微课堂只推送到绑定的工友{ group-word }，这里不发课。

# A month (1–12) by name, given as $month to the two messages above.
month-name = { $month }月
# Told once in the escalation chat when a schedule's push finds no lesson left for any group (QA19).
lessons-ran-out = 📚 排期 { $schedule } 的课程已经推完：{ $series }的每一节课各{ group-word }都已学过，之后到点不会再推送。要继续，请在内容包里添加新课；不再需要的话，可以删掉这个排期。

# /pause and /resume in an organiser's private chat (stop 41): the bound groups to choose from, by name.
lesson-pick-pause = 暂停哪个{ group-word }的课程推送？学习进度会保留。（{ $count } 个{ group-word }{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 页
    }）
lesson-pick-resume = 恢复哪个{ group-word }的课程推送？从上次的进度接着学。（{ $count } 个{ group-word }{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 页
    }）
lesson-pick-none-pause = 没有可以暂停的{ group-word }：已绑定的{ group-word }都已暂停，或还没有绑定{ group-word }。
lesson-pick-none-resume = 没有暂停了课程推送的{ group-word }。
lesson-pick-nomatch = 没有找到名字里有“{ $words }”、可以这样操作的{ group-word }。只发 /pause 或 /resume 可以从列表里选。
lesson-paused-named = ⏸ 已暂停“{ $group }”的课程推送。学习进度会保留，发送 /resume 恢复。
lesson-already-paused-named = “{ $group }”的课程推送本来就是暂停的。
lesson-resumed-named = ▶️ 已恢复“{ $group }”的课程推送，从上次的进度接着学。
lesson-not-paused-named = “{ $group }”的课程推送没有暂停。
