## FAQ: questions about benefits and rest stations

cmd-ask = 问问题（福利政策、驿站……）
cmd-gaps = 机器人答不上来的问题（组织者）
cmd-stations = 找附近的驿站

faq-help-ask = ❓ 问问题
faq-help-stations = 📍 找驿站
faq-ask-usage = 直接用自己的话问就行，比如：
    /ask 骑手体检在哪预约
    /ask { $place }附近哪里能充电

## Answers
faq-source = 来源：{ $source } · 更新于 { $updated }
faq-only-chinese = （这一条暂时只有中文。）
faq-entry-in-chinese = （中文）
faq-llm-based-on = 依据：{ $titles }
faq-btn-up = 👍 有用
faq-btn-down = 👎 没用
faq-vote-thanks = 谢谢反馈！
faq-vote-changed = 已改成您最新的评价。
faq-vote-same = 您已经评价过了。
faq-vote-gone = 这条回答已经更新过了，请重新问一次。

## Not sure / don't know
faq-not-sure = 这个问题我不太确定。您是想问下面哪一条？
faq-also-offer = 不是您要问的？也可能是：
faq-repeat-above = ↑ 上面已经回答了：「{ $title }」。没解决的话点 👎，可以转给支部的人。
faq-unknown = 抱歉，这个问题我还答不上来。
faq-pass-offer = 可以把问题转给{ $branch }，由他们来回答。
faq-pass-or-add-offer = 如果这是要补充给您正在办理的反映的，请点“📎 补充到”；也可以把问题转给{ $branch }，由他们来回答。
faq-btn-pass = 📨 转给{ $to ->
        [district] 区里
        [street] 街道
       *[other] 支部
    }
faq-btn-report = 📝 这是要反映的问题
faq-passed = 已转给{ $branch }，他们会尽快回复。
faq-pass-expired = 这个问题时间太久了，请重新问一次。
# A question asked in private by a worker whose branch the bot does not know (stop 42): the offer says "your branch",
# and passing it first asks which; the branch named is remembered for their next question.
faq-pass-your-branch = 您所在的支部
faq-pass-which-branch = 您是哪个支部的？选一个，问题就转给那里的书记；以后您私聊问的问题也会转到那里。
faq-pass-branch-unsure = 🤷 不清楚，转给区里
faq-passed-remembered = 已转给{ $branch }，他们会尽快回复。以后您私聊问的问题也会转到这里。

## Bad input
faq-no-words = 请用文字描述您的问题，比如“体检在哪预约”。
faq-only-number = 只有一个数字，我不知道您想问什么。找驿站：发送位置，或问“附近的驿站”；查您反映的事：发送 /mytickets；其他问题请用一句话说说。
faq-language = 抱歉，我目前只懂中文和英文。Sorry, I understand only Chinese and English.
faq-too-long = 消息有点长。请用一两句话提问（{ $max } 字以内）；要反映具体问题，请发送 /report。
faq-too-long-report = 消息有点长，不像是一个问题（提问请在 { $max } 字以内）。如果这是要反映的情况，点下面的按钮，您写的内容会直接带进反映里。

## Gaps (organisers)
faq-gaps-title = 最常见的未解答问题
faq-gaps-line = { $count } 次 · { $question }
faq-gaps-empty = 目前还没有记录到未解答的问题。
faq-forwarded-title = ❓ 转来的问题（机器人答不上来）
faq-forwarded-from = 来自：{ $where }
faq-forwarded-private = 私聊

## Stations
faq-stations-near-place = 离「{ $place }」最近的驿站{ $extra }：
faq-station-named = 「{ $name }」：
faq-stations-near-you = 离您最近的驿站{ $extra }：
faq-stations-with = （有{ $services }）
faq-stations-all-day = （24 小时开放）
faq-stations-relaxed = 没有同时提供{ $services }的驿站，下面是最近的几个：
faq-stations-unlocated = 提供{ $services }的驿站：
faq-stations-unlocated-any = 驿站：
faq-stations-unlisted = 没有驿站写明有「{ $thing }」，可以打电话问问。
faq-stations-list = 驿站列表：
faq-stations-relaxed-one = 没有驿站提供{ $services }，下面是最近的几个：
faq-stations-share-location = 想找离您最近的：在 Telegram 私聊里点 📎 → 位置 发给我；也可以直接说地名，比如“{ $place }附近”。
faq-stations-outside = 那附近没有驿站：我只知道{ $district }的驿站。
faq-stations-bad-location = 这个位置好像不对。请重新发送位置，或直接说地名，比如“{ $place }附近”。
faq-stations-nearest-open = 现在开着的最近一个：
faq-station-distance-m = { $m } 米
faq-station-distance-km = { $km } 公里
faq-station-open = 🟢 营业中，到 { $until }
faq-station-open-tomorrow = 🟢 营业中，到次日 { $until }
faq-station-open-24h = 🟢 24 小时开放
faq-station-closed-opens-today = 🔴 休息中，今天 { $at } 开门
faq-station-closed-opens-tomorrow = 🔴 休息中，明天 { $at } 开门
faq-station-closed-opens-day = 🔴 休息中，{ $day } { $at } 开门
faq-station-closed-holiday = 🔴 今天节假日闭站
faq-station-closed = 🔴 暂停开放
faq-station-phone = ☎ { $phone }
faq-station-reported = ⚠️ 今天有人反映：{ $what }
faq-stations-all-title = { $district }的全部驿站（第 { $from }–{ $to } 个，共 { $total } 个）：
faq-btn-all-stations = 📋 全部驿站

## Station problem reports
faq-report-closed = 没开门
faq-report-nowater = 没热水
faq-report-full = 人满了
faq-report-thanks = 谢谢！已标记，今天来问的人都能看到，并已通知负责的支部。
faq-report-already = 您今天已经反映过了，谢谢！
faq-report-triage = ⚠️ 驿站反映：{ $station } — { $what }（今天第 { $count } 次）
faq-report-triage-where = 地址：{ $address }

## Weekdays
faq-weekday-mon = 周一
faq-weekday-tue = 周二
faq-weekday-wed = 周三
faq-weekday-thu = 周四
faq-weekday-fri = 周五
faq-weekday-sat = 周六
faq-weekday-sun = 周日

## Station services (also words that ask for them)
faq-service-hot-water = 热水
faq-service-rest = 休息
faq-service-charging = 充电
faq-service-toilet = 厕所
faq-service-microwave = 微波炉
faq-service-wifi = 无线网
faq-service-cooling = 防暑降温
faq-service-warming = 取暖
faq-service-first-aid = 急救药箱
faq-service-reading = 阅览
faq-service-training = 培训
faq-service-jobs = 招聘
faq-service-counselling = 心理咨询
faq-service-parking = 停车
faq-service-repair = 修车
faq-smalltalk-vague = 您想问哪方面的事？用一句话说说遇到的情况就行，比如“被欠薪了怎么办”“附近哪里能充电”。急事请发送 /report。

# Something broken at a station (stop 41): a problem to report, not a list of stations that have the thing.
faq-broken = 驿站里的东西坏了，是要反映的问题：会转给管这个驿站的支部去修。
faq-broken-named = { $station }的东西坏了，可以点下面选是什么问题，会转给管这个驿站的支部；急的话也可以直接打驿站电话。
faq-broken-report = 点「📝 这是要反映的问题」，写上是哪个驿站、什么坏了，我帮您转过去。
faq-broken-private = 请私聊我说是哪个驿站、什么坏了，我帮您转给管驿站的支部（私聊里别人看不到）。
