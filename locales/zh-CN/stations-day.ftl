## A named station asked about a day ("周日开门吗", "明天呢") or followed up ("那要钱吗", "有厕所吗"): answered of that station.

faq-day-today = 今天（{ $weekday }）
faq-day-tomorrow = 明天（{ $weekday }）
faq-day-after-tomorrow = 后天（{ $weekday }）
faq-day-other = { $weekday }（{ $date }）
faq-day-hours = 📅 { $day }：{ $hours }
faq-day-closed = 休息，不开门
faq-day-closed-holiday = 节假日闭站，不开门
faq-day-evening-open = 晚上开到 { $until }（{ $hours }）
faq-day-evening-closed = 晚上不开，{ $at } 关门（{ $hours }）
faq-fee-free = 💰 不要钱：驿站对户外劳动者免费开放。
faq-fee-said = 💰 基本服务免费；本区的说明：{ $said }
faq-service-has = ✅ 有{ $service }
faq-service-lacks = ❌ 没有{ $service }
