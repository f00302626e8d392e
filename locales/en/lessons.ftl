## Lessons (ten-minute micro-lessons): /lesson, /schedule, /pause, /resume, /lessonstats and the quiz buttons

cmd-lesson = Get a micro-lesson (this { group-word }'s next one)
cmd-schedule = When the next lessons arrive
cmd-pause = Pause lessons in a { group-word } (organisers; in private, choose it)
cmd-resume = Resume lessons in a { group-word } (organisers; in private, choose it)
cmd-lessonstats = Lesson figures: sent, answered, correct rate
lesson-help-button = 📚 Get a micro-lesson

lesson-header = 📚 { $series } · lesson { $n } of { $total }
# Under the header of a lesson an English group gets in Chinese (the pack has no en version of it).
lesson-in-chinese = (This lesson is available in Chinese only.)
lesson-quiz = ❓ Quick quiz: { $question }
lesson-tally = 📊 { $takers } answered: { $counts }
lesson-tally-none = 📊 Nobody has answered yet — tap an option below
lesson-quiz-right = ✅ Right! { $explanation }
lesson-quiz-wrong = ❌ Not quite — the answer is { $answer }. { $explanation }
lesson-quiz-again = You already answered ({ $option }); only your first answer counts. { $explanation }
lesson-quiz-gone = This lesson has been withdrawn; its quiz is closed.
lesson-quiz-bad = This option is no longer valid.

lesson-unbound = This { group-word } is not linked to a branch yet, so no lessons can be sent here. An organiser can send /bind in the { group-word }.
lesson-cooldown = You just had one — try again in { $minutes } min.
lesson-none-left = This { group-word } has done every lesson 🎉 New ones will arrive on their own.
lesson-none-in-season = This { group-word } has done every lesson in season; more come from { $month } and will arrive on their own.
lesson-send-failed = The lesson could not be sent. Please try again later.

schedule-title-group = 📅 Lessons in this { group-word }
schedule-title-all = 📅 All scheduled lessons
schedule-next-time = Next push: { $when }
schedule-next-deferred = Next push: { $when } (due at { $fire }, moved out of a quiet window)
schedule-next-none = No push in the next three weeks
# $note: " (in Chinese)" after a title the pack wrote only in Chinese, else empty.
schedule-next-lesson = Next lesson: “{ $title }”{ $note } — { $series }, lesson { $n } of { $total }
schedule-done = This { group-word } has done every lesson of these series
schedule-resting = These series are out of season for now; they go on from { $month }
schedule-none-group = No lessons are scheduled for this { group-word }; send /lesson to get one any time.
schedule-none-all = The content pack has no schedules yet (schedules.yaml).
schedule-paused = ⏸ Lessons are paused in this { group-word }; an organiser can send /resume.
# The organisers' overview: groups paused with /pause, by name, and groups that paused one schedule's series with ⏸.
schedule-paused-groups = ⏸ Every lesson paused in { $count ->
    [one] 1 { group-word }
   *[other] { $count } { groups-word }
}: { $groups }. Send /resume there, or here to choose, to restart.
schedule-overview-paused = {" "}({ $count ->
    [one] 1 more { group-word } paused these
   *[other] { $count } more { groups-word } paused these
}: { $groups })
schedule-overview = Series: { $series }; to { $groups } { $groups ->
    [one] { group-word }
   *[other] { groups-word }
}
schedule-quiet = No pushes in rest and peak hours: { $windows } (a push due then waits until the window ends)
# Between two quiet windows (11:00-13:30, 17:00-20:00).
schedule-quiet-separator = {", "}
schedule-quiet-none = No rest or peak hours are set: pushes go out when due.
schedule-private-hint = Send /schedule in a { group-word } to see that { group-word }'s lessons.

lesson-paused = ⏸ Lessons paused in this { group-word }. Progress is kept; send /resume to carry on.
lesson-already-paused = Lessons were already paused in this { group-word }.
lesson-resumed = ▶️ Lessons resumed in this { group-word }, from where it left off.
lesson-not-paused = Lessons are not paused in this { group-word }.

lessonstats-title = 📈 Lesson figures
lessonstats-none = No { groups-word } are linked yet, so there are no figures.
lessonstats-rate-none = —
lessonstats-branch = { $branch }: { $groups } { $groups ->
    [one] { group-word }
   *[other] { groups-word }
} · { $delivered } { $delivered ->
    [one] lesson
   *[other] lessons
} sent · { $takers } { $takers ->
    [one] answer
   *[other] answers
} · { $rate } correct
lessonstats-group = · { $group }: { $delivered } { $delivered ->
    [one] lesson
   *[other] lessons
} sent · { $takers } { $takers ->
    [one] answer
   *[other] answers
} · { $rate } correct
lesson-staff-chat = Lessons only go to bound workers' { groups-word }, not here.

# A month (1–12) by name, given as $month to the two messages above.
month-name = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
# Told once in the escalation chat when a schedule's push finds no lesson left for any group (QA19).
lessons-ran-out = 📚 Schedule { $schedule } has run out: every { group-word } has had every lesson of { $series }, so it sends nothing from now on. Add lessons to the content pack to go on, or remove the schedule if it is no longer wanted.

# /pause and /resume in an organiser's private chat (stop 41): the bound groups to choose from, by name.
lesson-pick-pause = Pause lessons in which { group-word }? Progress is kept. ({ $count } { $count ->
        [one] { group-word }
       *[other] { groups-word }
    }{ $pages ->
        [1] {""}
       *[other] , page { $page } of { $pages }
    })
lesson-pick-resume = Resume lessons in which { group-word }? It carries on from where it left off. ({ $count } { $count ->
        [one] { group-word }
       *[other] { groups-word }
    }{ $pages ->
        [1] {""}
       *[other] , page { $page } of { $pages }
    })
lesson-pick-none-pause = No { group-word } to pause: every bound { group-word } is paused already, or none is bound yet.
lesson-pick-none-resume = No { group-word } has its lessons paused.
lesson-pick-nomatch = No { group-word } whose name has “{ $words }” can be changed so. Send /pause or /resume alone to choose from the list.
lesson-paused-named = ⏸ Lessons paused in “{ $group }”. Progress is kept; send /resume to carry on.
lesson-already-paused-named = Lessons were already paused in “{ $group }”.
lesson-resumed-named = ▶️ Lessons resumed in “{ $group }”, from where it left off.
lesson-not-paused-named = Lessons are not paused in “{ $group }”.
