## A number picked from a numbered list of stations the bot just sent ("2", "第二个"): that station in full.

faq-station-hours = 🕘 營業時間：{ $hours }
faq-station-hours-24h = 24 小時開放
faq-station-hours-daily = 每天
faq-station-hours-days = { $from }至{ $to }
faq-station-hours-closed = 休息
faq-station-hours-separator = ；
faq-station-closed-on = 節假日閉站：{ $dates }
faq-btn-report-this-station = ⚠️ 這個驛站有問題
faq-station-pick-range = 剛才列出的驛站只有 { $n } 個，請回覆 1 到 { $n } 之間的數字。
faq-station-number-no-list = 驛站沒有自己的編號，「{ $n }號」是列表裡的序號。下面是驛站列表，回覆序號（例如「{ $n }」）看詳情：
