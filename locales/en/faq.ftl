## FAQ: questions about benefits and rest stations

cmd-ask = Ask a question (benefits, stations…)
cmd-gaps = Questions the bot could not answer (organisers)
cmd-stations = Find a rest station near you

faq-help-ask = ❓ Ask a question
faq-help-stations = 📍 Find a station
faq-ask-usage = Just ask in your own words, for example:
    /ask where do I book the free health check
    /ask where can I charge my phone near { $place }

## Answers
faq-source = Source: { $source } · updated { $updated }
faq-only-chinese = (This entry is available in Chinese only.)
faq-entry-in-chinese = (in Chinese)
faq-llm-based-on = Based on: { $titles }
faq-btn-up = 👍 Helpful
faq-btn-down = 👎 Not helpful
faq-vote-thanks = Thanks for the feedback!
faq-vote-changed = Updated to your latest rating.
faq-vote-same = You have already rated this.
faq-vote-gone = This answer has been updated since; please ask again.

## Not sure / don't know
faq-not-sure = I'm not sure about this one. Did you mean one of these?
faq-also-offer = Not what you asked? It may be:
faq-repeat-above = ↑ Answered just above: “{ $title }”. If it didn't help, tap 👎 and I can pass your question to the branch.
faq-unknown = Sorry, I can't answer that yet.
faq-pass-offer = I can pass your question to { $branch } so that they answer it.
faq-pass-or-add-offer = If this is more for a report of yours still open, press “📎 Add to”; or I can pass your question to { $branch } so that they answer it.
faq-btn-pass = 📨 Ask the { $to ->
        [district] district
        [street] street office
       *[other] branch
    }
faq-btn-report = 📝 Report this problem
faq-passed = Passed to { $branch }; they will reply as soon as they can.
faq-pass-expired = This question is too old to pass on; please ask again.
# A question asked in private by a worker whose branch the bot does not know (stop 42): the offer says "your branch",
# and passing it first asks which; the branch named is remembered for their next question.
faq-pass-your-branch = your branch
faq-pass-which-branch = Which branch are you with? Pick one and your question goes to its secretaries; questions you ask me here later will go there too.
faq-pass-branch-unsure = 🤷 Not sure — ask the district
faq-passed-remembered = Passed to { $branch }; they will reply as soon as they can. Questions you ask me here later will go there too.

## Bad input
faq-no-words = Please type your question in words, e.g. "where is the free health check".
faq-only-number = Just a number — I can’t tell what you are asking. For a rest station, share your location or ask "stations near me"; for a report you made, send /mytickets; anything else, ask in a sentence.
faq-language = Sorry, I understand only Chinese and English. 抱歉，我目前只懂中文和英文。
faq-too-long = That's a long message. Please ask in a sentence or two (under { $max } characters); to report a problem, send /report.
faq-too-long-report = That is long for a question (questions up to { $max } characters). If it is a problem to report, tap the button below: what you wrote goes straight into the report.

## Gaps (organisers)
faq-gaps-title = Most frequent unanswered questions
faq-gaps-line = { $count }× · { $question }
faq-gaps-empty = No unanswered questions logged yet.
faq-forwarded-title = ❓ A question the bot could not answer
faq-forwarded-from = From: { $where }
faq-forwarded-private = a private chat

## Stations
faq-stations-near-place = Stations nearest to { $place }{ $extra }:
faq-station-named = { $name }:
faq-stations-near-you = Stations nearest to you{ $extra }:
faq-stations-with = {" "}with { $services }
faq-stations-all-day = {" "}(open 24 hours)
faq-stations-relaxed = No station offers { $services } together; these are the nearest:
faq-stations-unlocated = Stations with { $services }:
faq-stations-unlocated-any = Stations:
faq-stations-unlisted = No station lists “{ $thing }”; you could call one and ask.
faq-stations-list = The stations:
faq-stations-relaxed-one = No station offers { $services }; these are the nearest:
faq-stations-share-location = For the nearest ones, send me your location: in a private Telegram chat tap 📎 → Location; or just name a place, e.g. "near { $place }".
faq-stations-outside = There is no station near there: I only know stations in { $district }.
faq-stations-bad-location = That location looks wrong. Please send it again, or name a place, e.g. "near { $place }".
faq-stations-nearest-open = Nearest one open now:
faq-station-distance-m = { $m } m
faq-station-distance-km = { $km } km
faq-station-open = 🟢 Open now, until { $until }
faq-station-open-tomorrow = 🟢 Open now, until { $until } tomorrow
faq-station-open-24h = 🟢 Open 24 hours
faq-station-closed-opens-today = 🔴 Closed now, opens at { $at }
faq-station-closed-opens-tomorrow = 🔴 Closed now, opens tomorrow at { $at }
faq-station-closed-opens-day = 🔴 Closed now, opens { $day } at { $at }
faq-station-closed-holiday = 🔴 Closed today (holiday)
faq-station-closed = 🔴 Closed
faq-station-phone = ☎ { $phone }
faq-station-reported = ⚠️ Reported today: { $what }
faq-stations-all-title = All stations in { $district } ({ $from }–{ $to } of { $total }):
faq-btn-all-stations = 📋 All stations

## Station problem reports
faq-report-closed = closed
faq-report-nowater = no hot water
faq-report-full = full
faq-report-thanks = Thanks! Marked for today for everyone who asks, and the station's branch has been told.
faq-report-already = You already reported this today, thanks!
faq-report-triage = ⚠️ Station report: { $station } — { $what } ({ $count } today)
faq-report-triage-where = Address: { $address }

## Weekdays
faq-weekday-mon = Monday
faq-weekday-tue = Tuesday
faq-weekday-wed = Wednesday
faq-weekday-thu = Thursday
faq-weekday-fri = Friday
faq-weekday-sat = Saturday
faq-weekday-sun = Sunday

## Station services (also words that ask for them)
faq-service-hot-water = hot water
faq-service-rest = rest
faq-service-charging = charging
faq-service-toilet = toilet
faq-service-microwave = microwave
faq-service-wifi = Wi-Fi
faq-service-cooling = cooling
faq-service-warming = heating
faq-service-first-aid = first-aid kit
faq-service-reading = reading room
faq-service-training = training
faq-service-jobs = job fairs
faq-service-counselling = counselling
faq-service-parking = parking
faq-service-repair = repairs
faq-smalltalk-vague = What is it about? Tell me in a sentence what happened, e.g. "I haven't been paid, what can I do" or "where can I charge nearby". For something urgent, send /report.

# Something broken at a station (stop 41): a problem to report, not a list of stations that have the thing.
faq-broken = Something broken at a station is a problem to report: it goes to the branch that runs the station, to fix.
faq-broken-named = Something broken at { $station }: choose what below and it goes to the branch that runs the station; if it is urgent, call the station.
faq-broken-report = Press “📝 Report this problem”, say which station and what is broken, and I will pass it on.
faq-broken-private = Message me privately with which station and what is broken, and I will pass it to the branch that runs it (nobody else sees a private chat).
