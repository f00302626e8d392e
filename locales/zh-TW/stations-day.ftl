## A named station asked about a day ("週日開門嗎", "明天呢") or followed up ("那要錢嗎", "有廁所嗎"): answered of that station.

faq-day-today = 今天（{ $weekday }）
faq-day-tomorrow = 明天（{ $weekday }）
faq-day-after-tomorrow = 後天（{ $weekday }）
faq-day-other = { $weekday }（{ $date }）
faq-day-hours = 📅 { $day }：{ $hours }
faq-day-closed = 休息，不開門
faq-day-closed-holiday = 節假日閉站，不開門
faq-day-evening-open = 晚上開到 { $until }（{ $hours }）
faq-day-evening-closed = 晚上不開，{ $at } 關門（{ $hours }）
faq-fee-free = 💰 不用錢：驛站對戶外勞動者免費開放。
faq-fee-said = 💰 基本服務免費；本區的說明：{ $said }
faq-service-has = ✅ 有{ $service }
faq-service-lacks = ❌ 沒有{ $service }
