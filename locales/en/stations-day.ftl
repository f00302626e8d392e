## A named station asked about a day ("open on Sunday", "what about tomorrow") or followed up ("is it free", "does it have a toilet").

faq-day-today = Today ({ $weekday })
faq-day-tomorrow = Tomorrow ({ $weekday })
faq-day-after-tomorrow = The day after tomorrow ({ $weekday })
faq-day-other = { $weekday } ({ $date })
faq-day-hours = 📅 { $day }: { $hours }
faq-day-closed = closed
faq-day-closed-holiday = closed for a holiday
faq-day-evening-open = open in the evening until { $until } ({ $hours })
faq-day-evening-closed = not open in the evening: closes at { $at } ({ $hours })
faq-fee-free = 💰 Free: stations are open to outdoor workers at no charge.
faq-fee-said = 💰 The basics are free; the district's note: { $said }
faq-service-has = ✅ { $service }: yes
faq-service-lacks = ❌ { $service }: no
