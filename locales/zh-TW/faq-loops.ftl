## FAQ loops: small talk, staff chats, passing questions on and the branch's answer, /gaps

faq-smalltalk-greeting = 你好！我是驛站助手 👋 福利政策、驛站在哪、遇到難處，直接問我就行。
faq-smalltalk-thanks = 不客氣！還有問題隨時問我 😊
faq-smalltalk-ack = 好嘞 👌 有問題隨時問我。
faq-staff-chat = 這裡是工作{ group-word }，我不在這裡回答問題。待辦用 /queue；想查答案請私聊我。

faq-down-offer = 抱歉沒幫上忙。要不要把您的問題轉給{ $branch }，請他們來回答？
faq-pass-already = 這個問題已經轉給{ $branch }了，請等他們回覆。
faq-pass-not-yours = 只有提問的人可以把這個問題轉給{ $branch }。

faq-forwarded-title-down = ❓ 轉來的問題（工友覺得機器人的回答沒用）
faq-forwarded-bot-said = 機器人答的是：「{ $title }」
faq-forwarded-answered = ✅ { $who } 已回覆：{ $answer }
faq-btn-reply = ✍️ 回覆

faq-reply-missing = 這個問題找不到了（可能已過期）。
faq-reply-already = 這個問題 { $who } 已經回覆過了。
faq-reply-prompt = 請寫下給工友的回覆。問題是：「{ $question }」
faq-reply-hint = 請直接回覆本消息；發送 /cancel 取消。
faq-reply-need-text = 請用文字寫回覆。
faq-reply-sent = 已發給提問的工友 ✅
faq-reply-undelivered = 回覆已記錄，但沒能發給工友（可能機器人已不在那個{ group-word }裡）。
faq-reply-title = 📨 { $branch }回覆了您的問題
faq-reply-your-question = 您問：「{ $question }」
faq-reply-as-written = （支部用中文回覆）

faq-gaps-down = { " " }· 👎 { $down }（「{ $title }」）
faq-gaps-picked = { " " }· 👆 提問的人點了「{ $title }」{ $count } 次
faq-gaps-skipped = { " " }· 🔀 答的是「{ $title }」，提問的人改點別的 { $count } 次
faq-gaps-entry-removed = { $id }（已不在問答包中）
faq-gaps-btn-entry = { $n }. 是已有條目
faq-gaps-btn-write = { $n }. 寫答案
faq-gaps-hint = 「是已有條目」：以後這種問法直接用那一條回答；「寫答案」：確認後馬上用它回答，再用 /gaps export 匯出寫進問答包。
faq-gaps-gone = 這個問題已經處理過了，或已過期。
faq-gaps-btn-write-new = ✏️ 都不是，寫新答案
faq-gaps-which = 「{ $question }」是下面哪一條？
faq-gaps-none-close = 「{ $question }」沒有相近的條目。可以寫一條新答案：
faq-gaps-learned = 好的。以後「{ $question }」這類問法會用「{ $title }」回答。

faq-draft-title-prompt = 給「{ $question }」寫一條新答案。先寫標題（一句話）：
faq-draft-answer-prompt = 再寫答案正文（{ "1500" } 字以內）：
faq-draft-preview = 新條目草稿，請確認：
faq-draft-question = 例句：{ $question }
faq-draft-btn-confirm = ✅ 儲存草稿
faq-draft-btn-drop = 放棄
faq-draft-saved = 草稿 { $id } 已確認：從現在起就用它回答工作者（尚未寫入問答包）。用 /gaps export 匯出 YAML，核對後放進 faq/*.yaml，才會長期保存。
faq-gaps-live = 已在用、尚未寫入問答包的新答案：{ $n } 條（/gaps export 匯出）
faq-gaps-orphaned = ⚠️ 教過的 { $n } 個問法指向問答包裡已經沒有的條目（{ $entries }），現在用不上了：把條目編號改回去，或把這些問法寫進新條目的 questions。
faq-draft-gone = 這份草稿已經儲存或已過期。
faq-draft-dropped = 草稿已放棄。

faq-export-empty = 沒有要匯出的：沒有待寫進問答包的草稿條目，學到的問法也都已在問答包裡（或還沒有）。
faq-export-title = 草稿條目（{ $n } 條），可貼到 faq/*.yaml：
faq-export-header = 由 /gaps 寫的草稿：核對來源、改好 id 後，整段存成 faq/ 下的新檔案，或把條目接到已有檔案的 entries: 下面
faq-export-learned = 機器人已學到的問法（已在使用），可加到對應條目的 questions：
faq-export-source = 待核實（/gaps 草稿）

## Asking after one's own report, asking for a phone call, asking whether the bot is a person (QA22 #3, #4, #7)

faq-smalltalk-mine = 要看您反映過的問題，請私聊我發送 /mytickets。
faq-smalltalk-callback = 我是自動回覆的助手，打不了電話。想讓支部的人聯繫您，點下面的按鈕把事情寫下來，可以留下電話，支部看到會回覆您。
faq-smalltalk-bot = 我是自動回覆的助手，不是真人。要找支部的人，點下面的按鈕把事情寫下來，支部的人會看到並回覆您。
