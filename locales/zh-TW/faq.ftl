## FAQ: questions about benefits and rest stations

cmd-ask = 問問題（福利政策、驛站……）
cmd-gaps = 機器人答不上來的問題（組織者）
cmd-stations = 找附近的驛站

faq-help-ask = ❓ 問問題
faq-help-stations = 📍 找驛站
faq-ask-usage = 直接用自己的話問就行，例如：
    /ask 騎手體檢在哪預約
    /ask { $place }附近哪裡能充電

## Answers
faq-source = 來源：{ $source } · 更新於 { $updated }
faq-only-chinese = （這一條暫時只有簡體中文。）
faq-entry-in-chinese = （中文）
faq-llm-based-on = 依據：{ $titles }
faq-btn-up = 👍 有用
faq-btn-down = 👎 沒用
faq-vote-thanks = 謝謝回饋！
faq-vote-changed = 已改成您最新的評價。
faq-vote-same = 您已經評價過了。
faq-vote-gone = 這條回答已經更新過了，請重新問一次。

## Not sure / don't know
faq-not-sure = 這個問題我不太確定。您是想問下面哪一條？
faq-also-offer = 不是您要問的？也可能是：
faq-repeat-above = ↑ 上面已經回答了：「{ $title }」。沒解決的話點 👎，可以轉給支部的人。
faq-unknown = 抱歉，這個問題我還答不上來。
faq-pass-offer = 可以把問題轉給{ $branch }，由他們來回答。
faq-pass-or-add-offer = 如果這是要補充給您正在辦理的反映的，請點「📎 補充到」；也可以把問題轉給{ $branch }，由他們來回答。
faq-btn-pass = 📨 轉給{ $to ->
        [district] 區裡
        [street] 街道
       *[other] 支部
    }
faq-btn-report = 📝 這是要反映的問題
faq-passed = 已轉給{ $branch }，他們會盡快回覆。
faq-pass-expired = 這個問題時間太久了，請重新問一次。
# A question asked in private by a worker whose branch the bot does not know (stop 42): the offer says "your branch",
# and passing it first asks which; the branch named is remembered for their next question.
faq-pass-your-branch = 您所在的支部
faq-pass-which-branch = 您是哪個支部的？選一個，問題就轉給那裡的書記；以後您私訊問的問題也會轉到那裡。
faq-pass-branch-unsure = 🤷 不清楚，轉給區裡
faq-passed-remembered = 已轉給{ $branch }，他們會盡快回覆。以後您私訊問的問題也會轉到這裡。

## Bad input
faq-no-words = 請用文字描述您的問題，例如「體檢在哪預約」。
faq-only-number = 只有一個數字，我不知道您想問什麼。找驛站：傳送位置，或問「附近的驛站」；查您反映的事：傳送 /mytickets；其他問題請用一句話說說。
faq-language = 抱歉，我目前只懂中文和英文。Sorry, I understand only Chinese and English.
faq-too-long = 訊息有點長。請用一兩句話提問（{ $max } 字以內）；要反映具體問題，請傳送 /report。
faq-too-long-report = 訊息有點長，不像是一個問題（提問請在 { $max } 字以內）。如果這是要反映的情況，點下面的按鈕，您寫的內容會直接帶進反映裡。

## Gaps (organisers)
faq-gaps-title = 最常見的未解答問題
faq-gaps-line = { $count } 次 · { $question }
faq-gaps-empty = 目前還沒有記錄到未解答的問題。
faq-forwarded-title = ❓ 轉來的問題（機器人答不上來）
faq-forwarded-from = 來自：{ $where }
faq-forwarded-private = 私訊

## Stations
faq-stations-near-place = 離「{ $place }」最近的驛站{ $extra }：
faq-station-named = 「{ $name }」：
faq-stations-near-you = 離您最近的驛站{ $extra }：
faq-stations-with = （有{ $services }）
faq-stations-all-day = （24 小時開放）
faq-stations-relaxed = 沒有同時提供{ $services }的驛站，下面是最近的幾個：
faq-stations-unlocated = 提供{ $services }的驛站：
faq-stations-unlocated-any = 驛站：
faq-stations-unlisted = 沒有驛站寫明有「{ $thing }」，可以打電話問問。
faq-stations-list = 驛站列表：
faq-stations-relaxed-one = 沒有驛站提供{ $services }，下面是最近的幾個：
faq-stations-share-location = 想找離您最近的：在 Telegram 私訊裡點 📎 → 位置 傳給我；也可以直接說地名，例如「{ $place }附近」。
faq-stations-outside = 那附近沒有驛站：我只知道{ $district }的驛站。
faq-stations-bad-location = 這個位置好像不對。請重新傳送位置，或直接說地名，例如「{ $place }附近」。
faq-stations-nearest-open = 現在開著的最近一個：
faq-station-distance-m = { $m } 公尺
faq-station-distance-km = { $km } 公里
faq-station-open = 🟢 營業中，到 { $until }
faq-station-open-tomorrow = 🟢 營業中，到隔天 { $until }
faq-station-open-24h = 🟢 24 小時開放
faq-station-closed-opens-today = 🔴 休息中，今天 { $at } 開門
faq-station-closed-opens-tomorrow = 🔴 休息中，明天 { $at } 開門
faq-station-closed-opens-day = 🔴 休息中，{ $day } { $at } 開門
faq-station-closed-holiday = 🔴 今天節假日閉站
faq-station-closed = 🔴 暫停開放
faq-station-phone = ☎ { $phone }
faq-station-reported = ⚠️ 今天有人反映：{ $what }
faq-stations-all-title = { $district }的全部驛站（第 { $from }–{ $to } 個，共 { $total } 個）：
faq-btn-all-stations = 📋 全部驛站

## Station problem reports
faq-report-closed = 沒開門
faq-report-nowater = 沒熱水
faq-report-full = 人滿了
faq-report-thanks = 謝謝！已標記，今天來問的人都能看到，並已通知負責的支部。
faq-report-already = 您今天已經反映過了，謝謝！
faq-report-triage = ⚠️ 驛站反映：{ $station } — { $what }（今天第 { $count } 次）
faq-report-triage-where = 地址：{ $address }

## Weekdays
faq-weekday-mon = 週一
faq-weekday-tue = 週二
faq-weekday-wed = 週三
faq-weekday-thu = 週四
faq-weekday-fri = 週五
faq-weekday-sat = 週六
faq-weekday-sun = 週日

## Station services (also words that ask for them)
faq-service-hot-water = 熱水
faq-service-rest = 休息
faq-service-charging = 充電
faq-service-toilet = 廁所
faq-service-microwave = 微波爐
faq-service-wifi = 無線網路
faq-service-cooling = 防暑降溫
faq-service-warming = 取暖
faq-service-first-aid = 急救藥箱
faq-service-reading = 閱覽
faq-service-training = 培訓
faq-service-jobs = 徵才
faq-service-counselling = 心理諮詢
faq-service-parking = 停車
faq-service-repair = 修車
faq-smalltalk-vague = 您想問哪方面的事？用一句話說說遇到的情況就行，例如「被欠薪了怎麼辦」「附近哪裡能充電」。急事請傳送 /report。

# Something broken at a station (stop 41): a problem to report, not a list of stations that have the thing.
faq-broken = 驛站裡的東西壞了，是要反映的問題：會轉給管這個驛站的支部去修。
faq-broken-named = { $station }的東西壞了，可以點下面選是什麼問題，會轉給管這個驛站的支部；急的話也可以直接打驛站電話。
faq-broken-report = 點「📝 這是要反映的問題」，寫上是哪個驛站、什麼壞了，我幫您轉過去。
faq-broken-private = 請私訊我說是哪個驛站、什麼壞了，我幫您轉給管驛站的支部（私訊裡別人看不到）。
