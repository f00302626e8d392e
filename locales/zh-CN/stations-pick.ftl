## A number picked from a numbered list of stations the bot just sent ("2", "第二个"): that station in full.

faq-station-hours = 🕘 营业时间：{ $hours }
faq-station-hours-24h = 24 小时开放
faq-station-hours-daily = 每天
faq-station-hours-days = { $from }至{ $to }
faq-station-hours-closed = 休息
faq-station-hours-separator = ；
faq-station-closed-on = 节假日闭站：{ $dates }
faq-btn-report-this-station = ⚠️ 这个驿站有问题
faq-station-pick-range = 刚才列出的驿站只有 { $n } 个，请回复 1 到 { $n } 之间的数字。
faq-station-number-no-list = 驿站没有自己的编号，“{ $n }号”是列表里的序号。下面是驿站列表，回复序号（比如“{ $n }”）看详情：
