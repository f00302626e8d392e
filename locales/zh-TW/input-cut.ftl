# A worker's message longer than one message the bot takes (4,096 characters) was cut on arrival: said plainly how
# much did not arrive, and the rest asked for as another message, which joins the same report or ticket.
input-cut = ✂️ 這則訊息有 { $n } 字，超過了一則訊息的上限，只收到了前 { $kept } 字，後面的 { $missing } 字沒有收到。
input-cut-rest-report = 請把沒收到的部分（「{ $end }」後面的內容）再發一則，會接著加到這份反映裡。
input-cut-rest-ticket = 請把沒收到的部分（「{ $end }」後面的內容）再發一則，會接著轉給支部書記，加到 { $id } 裡。
# The FAQ's "too long for a question" when the message was also cut: what the report button takes, honestly.
faq-too-long-report-cut = 這不像是一個問題（提問請在 { $max } 字以內）。如果這是要反映的情況，點下面的按鈕：收到的部分會帶進反映裡，沒收到的部分之後再發一則，會接著加進去。
