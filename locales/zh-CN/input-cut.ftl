# A worker's message longer than one message the bot takes (4,096 characters) was cut on arrival: said plainly how
# much did not arrive, and the rest asked for as another message, which joins the same report or ticket.
input-cut = ✂️ 这条消息有 { $n } 字，超过了一条消息的上限，只收到了前 { $kept } 字，后面的 { $missing } 字没有收到。
input-cut-rest-report = 请把没收到的部分（“{ $end }”后面的内容）再发一条，会接着加到这份反映里。
input-cut-rest-ticket = 请把没收到的部分（“{ $end }”后面的内容）再发一条，会接着转给支部书记，加到 { $id } 里。
# The FAQ's "too long for a question" when the message was also cut: what the report button takes, honestly.
faq-too-long-report-cut = 这不像是一个问题（提问请在 { $max } 字以内）。如果这是要反映的情况，点下面的按钮：收到的部分会带进反映里，没收到的部分之后再发一条，会接着加进去。
