## FAQ loops: small talk, staff chats, passing questions on and the branch's answer, /gaps

faq-smalltalk-greeting = 你好！我是驿站助手 👋 福利政策、驿站在哪、遇到难处，直接问我就行。
faq-smalltalk-thanks = 不客气！还有问题随时问我 😊
faq-smalltalk-ack = 好嘞 👌 有问题随时问我。
faq-staff-chat = 这里是工作{ group-word }，我不在这里回答问题。待办用 /queue；想查答案请私聊我。

faq-down-offer = 抱歉没帮上忙。要不要把您的问题转给{ $branch }，请他们来回答？
faq-pass-already = 这个问题已经转给{ $branch }了，请等他们回复。
faq-pass-not-yours = 只有提问的人可以把这个问题转给{ $branch }。

faq-forwarded-title-down = ❓ 转来的问题（工友觉得机器人的回答没用）
faq-forwarded-bot-said = 机器人答的是：「{ $title }」
faq-forwarded-answered = ✅ { $who } 已回复：{ $answer }
faq-btn-reply = ✍️ 回复

faq-reply-missing = 这个问题找不到了（可能已过期）。
faq-reply-already = 这个问题 { $who } 已经回复过了。
faq-reply-prompt = 请写下给工友的回复。问题是：「{ $question }」
faq-reply-hint = 请直接回复本消息；发送 /cancel 取消。
faq-reply-need-text = 请用文字写回复。
faq-reply-sent = 已发给提问的工友 ✅
faq-reply-undelivered = 回复已记录，但没能发给工友（可能机器人已不在那个{ group-word }里）。
faq-reply-title = 📨 { $branch }回复了您的问题
faq-reply-your-question = 您问：「{ $question }」
faq-reply-as-written = （支部用中文回复）

faq-gaps-down = { " " }· 👎 { $down }（「{ $title }」）
faq-gaps-picked = { " " }· 👆 提问的人点了「{ $title }」{ $count } 次
faq-gaps-skipped = { " " }· 🔀 答的是「{ $title }」，提问的人改点别的 { $count } 次
faq-gaps-entry-removed = { $id }（已不在问答包中）
faq-gaps-btn-entry = { $n }. 是已有条目
faq-gaps-btn-write = { $n }. 写答案
faq-gaps-hint = “是已有条目”：以后这种问法直接用那一条回答；“写答案”：确认后马上用它回答，再用 /gaps export 导出写进问答包。
faq-gaps-gone = 这个问题已经处理过了，或已过期。
faq-gaps-btn-write-new = ✏️ 都不是，写新答案
faq-gaps-which = 「{ $question }」是下面哪一条？
faq-gaps-none-close = 「{ $question }」没有相近的条目。可以写一条新答案：
faq-gaps-learned = 好的。以后「{ $question }」这类问法会用「{ $title }」回答。

faq-draft-title-prompt = 给「{ $question }」写一条新答案。先写标题（一句话）：
faq-draft-answer-prompt = 再写答案正文（{ "1500" } 字以内）：
faq-draft-preview = 新条目草稿，请确认：
faq-draft-question = 例句：{ $question }
faq-draft-btn-confirm = ✅ 保存草稿
faq-draft-btn-drop = 放弃
faq-draft-saved = 草稿 { $id } 已确认：从现在起就用它回答工人（尚未写入问答包）。用 /gaps export 导出 YAML，核对后放进 faq/*.yaml，才会长期保存。
faq-gaps-live = 已在用、尚未写入问答包的新答案：{ $n } 条（/gaps export 导出）
faq-gaps-orphaned = ⚠️ 教过的 { $n } 个问法指向问答包里已经没有的条目（{ $entries }），现在用不上了：把条目编号改回去，或把这些问法写进新条目的 questions。
faq-draft-gone = 这份草稿已经保存或已过期。
faq-draft-dropped = 草稿已放弃。

faq-export-empty = 没有要导出的：没有待写进问答包的草稿条目，学到的问法也都已在问答包里（或还没有）。
faq-export-title = 草稿条目（{ $n } 条），可粘贴到 faq/*.yaml：
faq-export-header = 由 /gaps 写的草稿：核对来源、改好 id 后，整段存成 faq/ 下的新文件，或把条目接到已有文件的 entries: 下面
faq-export-learned = 机器人已学到的问法（已在使用），可加到对应条目的 questions：
faq-export-source = 待核实（/gaps 草稿）

## Asking after one's own report, asking for a phone call, asking whether the bot is a person (QA22 #3, #4, #7)

faq-smalltalk-mine = 要看您反映过的问题，请私聊我发送 /mytickets。
faq-smalltalk-callback = 我是自动回复的助手，打不了电话。想让支部的人联系您，点下面的按钮把事情写下来，可以留下电话，支部看到会回复您。
faq-smalltalk-bot = 我是自动回复的助手，不是真人。要找支部的人，点下面的按钮把事情写下来，支部的人会看到并回复您。
