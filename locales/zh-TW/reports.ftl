## Reports (急难愁盼): intake, receipt, triage, the worker's follow-ups, /mytickets, /queue, /ticket

cmd-report = 私下反映問題（急難愁盼）
cmd-mytickets = 查看我反映的問題
cmd-queue = 待辦問題佇列（書記）
cmd-ticket = 查看一個問題的詳情：/ticket 編號
report-help-button = 📝 反映問題
report-offer = 有難處可以私下告訴支部，{ group-word }裡其他人看不到：點下面的按鈕（或傳送 /report），說說發生了什麼、在哪裡、什麼時候。可以選擇匿名，支部處理後我會把答覆帶給您。

## Intake

report-group-link = 為保護您的隱私，請點下面的按鈕私聊我反映問題，{ group-word }裡其他人看不到。
report-group-no-link = 為保護您的隱私，請點下面的按鈕（或發送 /report）私下反映問題，{ group-word }裡其他人看不到。
report-group-words-kept = 您寫的內容我已記下（半小時內有效），私聊時會直接帶進反映裡。
report-btn-kept-words = 📝 把這些反映給支部
report-btn-open-private = 📝 私下反映問題
report-start-title = 📝 反映問題
report-start-origin = 來自：{ $branch }的{ group-word }
report-start-body = 請說說遇到了什麼問題：發生了什麼、在哪裡、什麼時候。可以發文字或語音，照片和位置可作為補充。發送 /cancel 可隨時取消。
report-describe-nothing = 請用文字或語音說說遇到了什麼問題（表情和貼紙我看不懂）。
report-describe-more = 已收到，會作為證據附上。請再用一兩句話說明是什麼問題。
report-added = 已補充到您的反映裡。
report-aside-answered = ↑ 上面回答了您剛問的問題。您的反映還沒提交，草稿還在，接著點下面的按鈕就行。如果剛才那句也是反映的一部分，可以加進去。
report-aside-talk = 您的反映還沒提交，草稿還在，接著點下面的按鈕就行（不想反映了可以點「取消」）。
report-aside-unsure = ↑ 您剛問的問題我沒有把握，上面列了最接近的幾條。您的反映還沒提交，草稿還在，接著點下面的按鈕就行。如果剛才那句也是反映的一部分，可以加進去。
report-press-range = { $count ->
        [1] 這裡只有 1 個按鈕：請點它，或者回覆 1。
       *[other] 這裡只有 { $count } 個按鈕：請點按鈕，或者回覆 1 到 { $count } 之間的數字。
    }
report-voice-heard = 🎙️ 我從語音裡聽到的是：
report-voice-heard-hint = 如有聽錯，可以直接再發文字補充，或在最後確認時點「✏️ 重新填寫」。語音原件也會一併轉給支部書記。
report-voice-unheard = 🎙️ 語音暫時沒能轉成文字，已作為證據保存，支部書記會收聽。方便的話，再發一兩句文字說明，能分得更準。
report-truncated = 一份反映最多保留 { $max } 字，超出的部分沒有收進來。
report-files-full = 一份反映最多附 { $max } 個檔案，這個沒有收進來。已收的照片和檔案都在。
report-proposal = 我理解這是「{ $category }」方面的問題，緊急程度：{ $urgency }。對嗎？
report-btn-ok = ✅ 對，下一步
report-btn-change = 🔁 換一個分類
report-choose-category = 請選擇最接近的分類：
report-chosen-category = 分類：{ $category } ✅
report-anon-ask = 要匿名反映嗎？匿名時，支部只看到問題內容，看不到您是誰；支部仍可透過我向您提問。
report-btn-anonymous = 🙈 匿名反映
report-btn-named = 🙋 實名反映
report-chosen-anonymous = 匿名反映 ✅
report-chosen-named = 實名反映 ✅
report-contact-ask = 是否同意讓支部書記看到您的聯絡方式（帳號），以便直接聯絡您？不同意的話，書記只能透過我向您提問。
report-btn-contact-yes = 同意
report-btn-contact-no = 不同意
report-chosen-contact-yes = 同意書記直接聯絡 ✅
report-chosen-contact-no = 不同意直接聯絡 ✅
report-confirm-title = 請確認您的反映：
report-confirm-category = 分類：{ $category } · { $urgency }
report-confirm-text = 內容：
report-confirm-anonymous = 身份：匿名
report-confirm-named = 身份：實名（書記透過機器人聯絡您）
report-confirm-named-contact = 身份：實名（同意書記直接聯絡）
report-confirm-branch = 將轉交：{ $branch }
report-btn-submit = ✅ 提交
report-btn-redo = ✏️ 重新填寫
report-btn-cancel = ✖️ 取消
report-btn-back = ‹ 返回
report-btn-add-aside = ➕ 把這句加進反映
report-chosen-redo = 已重新開始。
report-cancelled = 已取消，沒有提交。
report-submitted = 已提交
report-submitted-record = ✅ 已提交：{ $id }
report-filed-before = 這份反映已經提交過了，編號 { $id }。發送 /mytickets 查看進度。
report-rate-limited = 您一小時內已反映 { $limit } 次，請稍後再提交。草稿會保留。
report-rate-limited-danger = 如果有人正處於危險中，直接把情況傳給我：緊急情況仍然可以反映。
report-emergency-title = ⚠️ 如有人受傷或有危險，請立即撥打：
first-aid-gas = 🩹 馬上開窗通風，把人都帶到室外；屋裡別開關電器、別點火，到室外再打電話。
first-aid-fire = 🩹 馬上撤離，走樓梯，別搭電梯；煙大就彎腰、摀住口鼻往外走。
first-aid-bleeding = 🩹 用乾淨的布用力按住傷口，一直按著別鬆手，等救護車。
first-aid-self-harm = 🩹 陪著他，別讓他一個人待著，把刀、藥等危險的東西拿開；如果是您自己，請馬上找身邊的人陪著您。
first-aid-heat-stroke = 🩹 把人移到陰涼處，解開衣服，用濕毛巾擦身、搧風降溫；人清醒才小口餵水。
first-aid-unconscious = 🩹 如果還有呼吸，讓他側躺，頭稍後仰，保持呼吸道通暢；別餵水餵藥。
first-aid-chest-pain = 🩹 馬上停下，坐著休息，不要走動，鬆開衣領，等救護車。

## Receipt

report-receipt-title = ✅ 已受理，編號 { $id }
report-receipt-promise = 支部會在 { $respondAt } 前接手，預計 { $resolveAt } 前給您答覆。
report-receipt-branch = 已轉交：{ $branch }
report-receipt-anonymous = 您是匿名反映的，支部看不到您的身份。
report-receipt-named = 您是實名反映的。
report-receipt-follow = 有進展會在這裡通知您。發送 /mytickets 查看進度。
report-hours = { $n } 小時
report-days = { $n } 天
report-urgency-normal = 一般
report-urgency-urgent = 緊急
report-urgency-emergency = 特急

## A ticket, as cards

ticket-status-new = 待簽收
ticket-status-claimed = 辦理中
ticket-status-waiting = 等待報告人回覆
ticket-status-resolved = 已辦結，待確認
ticket-status-closed = 已結案
ticket-line-category-skipped = 🏷️ 報告人未選分類
ticket-line-branch = 承辦：{ $branch }
ticket-line-status = 狀態：{ $status }{ $owner ->
    [none] {""}
   *[other] （簽收人：{ $owner }）
}
ticket-line-deadlines = 響應時限：{ $respond } · 辦結時限：{ $resolve }
ticket-line-resolve-by = 辦結時限：{ $resolve }
ticket-line-paused = 響應時限：{ $respond } · 辦結時限：⏸ 暫停計時，等報告人回覆（剩餘 { $left }）
ticket-line-resolve-paused = 辦結時限：等您回覆後繼續計算
ticket-overdue = ⏰ 已超時
ticket-line-summary = 摘要：
ticket-line-place = 地點：
ticket-line-text = 內容：
ticket-no-text = （沒有文字，見語音或照片）
ticket-evidence = 證據：照片 { $photos } · 語音 { $voices } · 其他 { $others }{ $location ->
    [yes] {" "}· 已附位置
   *[no] {""}
}
ticket-evidence-photo = { $id } 的證據照片 { $n }/{ $of }
ticket-evidence-added = （其中 { $count } 個是報告人後來補充的）
ticket-added-photo = { $id } 補充的照片 { $n }/{ $of }
ticket-added-file = { $id } 補充的檔案 { $n }/{ $of }
# Photos that could not be shown in a chat on another platform than the reporter's (fetch failed, too big)
ticket-photos-on-board = 照片請在看板查看（/board）
ticket-files-on-board = 檔案請在看板查看（/board）
ticket-photos-shown-above = 📷 這 { $count } 張照片幾分鐘前已隨您對這張工單的查看發過（在那則訊息下面），這次不再重發。
ticket-line-reporter = 報告人：
ticket-reporter-anonymous = 匿名
ticket-reporter-named = { $name }（未同意直接聯絡，請透過機器人詢問）
ticket-reporter-contact = { $name }（同意直接聯絡）
ticket-reporter-contact-suffix = （同意直接聯絡）
# The reporter's language when it is not simplified Chinese: what the bot sends them is in it, so the secretary can write to match.
ticket-line-reporter-locale = { $locale ->
    [en] 報告人語言：English — 請盡量用英文回覆
   *[zh-TW] 報告人讀繁體字（您寫的簡體字會自動轉成繁體）
}
ticket-line-origin = 來自：{ $branch }的{ group-word }
# A report made in private by a worker whose branch the bot knew, handled elsewhere (stop 42).
ticket-line-worker-branch = 報告人所在支部：{ $branch }（私訊反映）
ticket-line-similar = 本週類似反映：{ $count } 條
ticket-line-moves = 已轉派 { $transfers } 次 · 退單 { $returns } 次
ticket-line-reopened = 報告人曾表示未解決，重新打開 { $count } 次
ticket-line-escalated = 🔺 已督辦 { $count } 次
ticket-line-extension = ⏳ 申請延期至 { $until }：{ $reason }
ticket-line-resolution = 辦理結果：
ticket-line-closed-solved = 報告人已確認解決
ticket-line-closed-other = 已結案（{ $reason ->
    [window] 確認期內報告人未提出異議
   *[other] { $reason }
}）
ticket-line-rating = 評價：{ $stars }
ticket-moved-transferred = 已轉派至 { $branch }（{ $who }）
ticket-moved-returned = 已退單，轉至 { $branch }（{ $who }）
ticket-reason = 原因：
ticket-history = 辦理記錄
ticket-actor-reporter = 報告人
ticket-actor-you = 您
ticket-actor-secretary = 支部書記
ticket-actor-organiser = 區裡督辦人員
ticket-actor-system = 系統
ticket-event-created = 提交反映
ticket-event-claimed = { $who } 簽收
# After a claimer who is no longer in the pack for the ticket's branch (QA11 #4).
ticket-owner-gone = （已不在名單）
# After a claimer who is an organiser, not a secretary of the branch (claimed from the escalation chat).
ticket-owner-organiser = （區裡）
ticket-event-taken-over = { $who } 簽收接手（原簽收人 { $previous } 已不在名單）
ticket-event-asked = { $who } 詢問：{ $text }
ticket-event-replied = { $who } 回覆：{ $text }
ticket-event-added = { $who } 補充：{ $text }
ticket-event-reply-edited = { $who } 修改了說過的話：{ $text }
# What an addition brought when it had files (after its words, or alone).
ticket-files-photo = 📷 照片{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 張
}
ticket-files-voice = 🎤 語音{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 則
}
ticket-files-other = 📎 檔案{ $count ->
    [1] {""}
   *[other] {" "}{ $count } 個
}
ticket-event-resolved = { $who } 辦結：{ $text }
ticket-event-closed = 結案（{ $reason ->
    [confirmed] 報告人確認已解決
    [window] 確認期內未提出異議
   *[other] { $reason }
}）
ticket-event-reopened = { $who } 表示未解決：{ $text }
ticket-event-transferred = { $who } 轉派：{ $from } → { $to }。原因：{ $text }
ticket-event-returned = { $who } 退單：{ $from } → { $to }。原因：{ $text }
ticket-event-extension-requested = { $who } 申請延期至 { $until }：{ $text }
ticket-event-extension-approved = { $who } 批准延期至 { $until }
ticket-event-extension-refused = { $who } 駁回延期申請
ticket-event-escalated = { $who } 督辦 { $text }
ticket-event-rated = { $who } 評價 { $rating }
ticket-missing = 找不到這個問題，可能已被刪除。
ticket-not-yours = 這個按鈕只有反映這個問題的人本人能用。
ticket-not-found = 找不到編號為 { $id } 的問題，或您無權查看。
ticket-usage = 用法：/ticket 編號，例如 /ticket { $example }，今年的也可以只寫序號：/ticket 123

## Triage (secretaries)

triage-card-stale = 這張卡片已失效：編號 { $id } 現在是另一個問題（資料可能從備份恢復過）。請用 /ticket { $id } 查看它現在的內容。
triage-copy-stale = 這張卡片已不是最新的，這次沒有執行。{ $id } 請在它的工單卡片或最新打開的那一張上操作（/ticket { $id } 可以重新打開）。
ticket-view-replaced = ⤵️ { $id } 已在下面重新打開，這一張不再更新、按鈕已收起。請在最新的一張上操作。
ticket-copy-retired = { $id } 的這張卡片已不再隨工單更新，按鈕已收起。請在工單卡片上操作，或發 /ticket { $id } 重新打開。
triage-btn-claim = ✋ 簽收
triage-btn-ask = ❓ 詢問
triage-btn-resolve = ✅ 辦結
triage-btn-transfer = ↪️ 轉派
triage-btn-return = ↩️ 退單
triage-btn-extend = ⏳ 延期
triage-btn-escalate = 🔺 督辦
triage-btn-open = 📄 查看詳情
triage-claimed = 已簽收
triage-taken = 已由 { $who } 簽收
triage-taken-self = 您已經簽收了
triage-handed = 已轉給 { $who }
triage-moved = 這個問題已轉至 { $branch }
triage-bad-state = 這個問題當前狀態為「{ $status }」，不能這樣操作
triage-stale-now = 這張卡片已更新：{ $id } 現在是「{ $status }」，請用卡片上現在的按鈕。
triage-refused-not-reporter = 只有報告人本人可以這樣操作
triage-refused-too-late = 已超過確認期
triage-refused-pending = 已有一個延期申請在等待審批
triage-refused-not-later = 新時限要晚於原時限
triage-refused-none = 沒有待審批的延期申請
triage-refused-already = 已經處理過了
triage-refused-same = 已經在這個支部了
triage-refused-district = 區裡是最後一站，不能退單；請轉派給具體承辦單位
# The escalation chat's claim button pressed by someone who is not an organiser.
triage-refused-organisers-only = 這個簽收按鈕是區裡組織者用的；支部請在本支部的工單{ group-word }裡簽收。
triage-refused-staff-only-worker = 這個按鈕是給區裡工作人員用的，您不用按。事情有進展，會私訊告訴您。
triage-prompt-hint = { $platform ->
        [slack] 請在這則訊息的討論串（thread）裡回覆；直接發在頻道裡的話收不到。發送 /cancel 取消。
       *[other] 請直接回複本消息；發送 /cancel 取消。
    }
triage-prompt-where = { $platform ->
        [slack] ✍️ { $id } 的提示已發在您按按鈕的那則訊息的討論串（thread）裡，請打開討論串回覆。
       *[other] { "" }
    }
# A secretary's answer typed in the Slack channel instead of the prompt's thread (stop 44): told to them alone, with a
# button that sends exactly those words as the answer. $what: a triage-step-* word; $text: the words, quoted.
triage-aside-not-sent = ⚠️ 您直接發在頻道裡的這段話沒有作為 { $id } 的{ $what }送出，報告人和其他人都沒有收到：{ $text }
triage-aside-where = { $id } 的提示在您按按鈕的那則訊息下面的討論串（thread）裡，以後請打開討論串在那裡回覆。要把上面這段話作為答覆送出，請按下面的按鈕。
triage-aside-send = 📨 把這段話作為{ $what }送出
triage-aside-too-long = 這段文字有 { $n } 字，超過了 { $max } 字的上限，不能送出；請刪減 { $over } 字後在討論串裡回覆。
triage-aside-gone = 這段話沒有送出：{ $id } 的提示已經答覆、取消、過期，或您之後又在頻道裡發了一段（請按那一則下面的按鈕）。如仍需要，請在卡片上重新操作。
triage-now-held = { $status }，簽收人 { $who }
triage-now-moved = 已轉至 { $branch }
triage-step-ask = 問題
triage-step-resolve = 辦結說明
triage-step-transfer = 轉派理由
triage-step-return = 退單理由
triage-step-extend = 延期理由
triage-step-escalate = 督辦理由
triage-prompt-closed = ⛔ 這個提示已關閉：{ $id } 已有變化（現在：{ $now }）。在這裡回覆不會執行，也不會發給任何人；如仍需要，請在卡片上重新操作。
triage-prompt-overtaken = { $id } 在您打開這個提示之後已有變化（現在：{ $now }），您寫的{ $what }沒有執行，也沒有發給任何人。如仍需要，請在卡片上重新操作。
triage-refused-changed = 這個問題剛有變化，沒有執行；請在卡片上重新操作
triage-need-text = 請用文字回覆本消息。
triage-note-too-long = 這段文字有 { $n } 字，超過了 { $max } 字的上限，所以沒有送出。請刪減 { $over } 字後再回覆本消息；發送 /cancel 取消。
triage-ask-prompt = 要問報告人什麼？（{ $id }）
triage-asked = 已把問題轉給報告人（{ $id }）。
triage-asked-anonymous = 已把問題轉給報告人（{ $id }，匿名，對方看不到您的名字）。
triage-resolve-prompt = 請寫明辦理結果，會告知報告人（{ $id }）：
triage-resolved = 已辦結 { $id }，已通知報告人確認。
triage-transfer-choose = 把 { $id } 轉派給：
triage-transfer-chosen = { $id } 轉派給 { $branch }
triage-reason-prompt = 請寫明轉派原因（{ $id }）：
triage-transferred = 已把 { $id } 轉派給 { $branch }。
triage-return-prompt = 退單：請寫明為什麼不歸本支部辦理（{ $id }）：
triage-returned = 已退單，{ $id } 轉至 { $branch }。
triage-extend-claim-first = 請先簽收再申請延期
triage-extend-choose = { $id } 目前辦結時限為 { $resolve }，申請延期：
triage-extend-days = 延 { $n } 天
triage-extend-prompt = 申請把 { $id } 延期至 { $until }，請寫明理由：
triage-extension-requested = 已提交 { $id } 的延期申請，等待區裡審批。
triage-extension-approved = ⏳ { $id } 的延期申請已批准（{ $who }），新的辦結時限：{ $until }
triage-extension-refused = ⏳ { $id } 的延期申請被駁回（{ $who }），請按原時限辦結。
triage-escalated-done = 已督辦 { $id }，理由已轉給區裡。
triage-escalated = 🔺 { $id } 被督辦（{ $who }）
triage-replied = 💬 { $id } { $who }回覆：
triage-added = 📎 { $id } { $who }補充：
triage-edited-mark = （已修改）
triage-reply-edited = （已修改）{ $id } { $who }把剛才的話改成了：
triage-stray-reply = 這條回覆不會轉給任何人。要問報告人，請按工單卡片上的 ❓ 詢問（或用 /ticket 編號 打開工單），在提示下回覆。
triage-replied-files = （附件 { $n } 個）
triage-reopened = ⚠️ { $id } { $who }表示問題未解決，已重新打開：

## Escalation chat (organisers)

escalation-extension = ⏳ 延期申請 { $id }（{ $branch }，{ $who }）：辦結時限 { $from } → { $until }
escalation-btn-approve = ✅ 批准
escalation-btn-refuse = ❌ 駁回
escalation-approved = ✅ 已批准 { $id } 的延期（{ $who }）
escalation-refused = ❌ 已駁回 { $id } 的延期（{ $who }）
escalation-already-decided = 這份 { $id } 的延期申請已經處理過了，沒有再次審批。結果見 /ticket { $id }。
escalation-escalated = 🔺 督辦 { $id } · { $branch } · { $category } · { $status }（{ $who }）
# Under a 督办 card once someone holds the ticket (its ✋ button is gone).
escalation-owner = ✋ 已由 { $who } 簽收
# The sweep's summary when several of one branch fall due at once (QA20 #1).
escalation-batch = 🔺 { $branch } { $count } 件超時，系統自動督辦：
escalation-batch-line = { $n }）{ $id } · { $category } · { $urgency } · 超{ $deadline ->
        [respond] 回應
       *[resolve] 辦結
    }時限 { $late }
escalation-batch-hint = ✋ 簽收 N：由區裡簽收 N 號工單；📄 N 或 /ticket N：看詳情。
escalation-batch-claim = ✋ 簽收 { $n }
escalation-batch-open = 📄 { $n }
escalation-batch-reply = 這條彙總列出了 { $count } 件工單：{ $ids }。回覆這條彙總不會記到其中任何一件上。要處理其中一件，請按它那一行的按鈕，或在它自己的卡片上操作，也可以發送 /ticket 編號 打開它（如 /ticket { $n }）。
triage-escalated-batch = 🔺 { $count } 件超時工單已由系統報區裡督辦：{ $ids }
# An emergency told to the district as soon as it is filed or raised (QA20 #2).
escalation-alert = 🔴 特急 { $id } · { $branch } · { $category }
escalation-alert-place = 地點：{ $place }
escalation-alert-due = 請在 { $due } 前回應

## The worker's follow-ups

worker-claimed = 您反映的問題 { $id } 已由{ $who }簽收，正在處理。
worker-asked = 關於您反映的問題 { $id }，{ $who }想了解：
worker-asked-hint = 請直接回覆我，或點下面的按鈕。
worker-nudge = ⏰ 您反映的問題 { $id } 還在等您的回覆。{ $who }問您：
worker-nudge-hint = 請直接回覆我，或點下面的按鈕。如果問題已經不需要處理了，也請回覆說一聲。
worker-note-more = （內容較長，下面還有 { $pages } 則訊息）
worker-note-page = { $id }（續 { $n }/{ $of }）
# Only English readers see it (under Chinese words from the branch).
worker-note-in-chinese = （支部用中文寫的）
worker-btn-answer = ✍️ 回覆
worker-answer-prompt = 請輸入您的回覆（{ $id }）：
worker-answer-sent = 已轉告支部書記（{ $id }）。
worker-edit-relayed = 已把修改後的內容轉告支部（{ $id }）。
worker-answer-sent-anonymous = 已轉告支部書記（{ $id }），對方仍看不到您的身份。
worker-answer-photos = 您發的 { $count } 張照片也一起轉過去了。
worker-answer-files = 您發的 { $count } 個檔案也一起轉過去了。
worker-answer-place = 您發的位置也一起轉過去了。
worker-answer-closed = 這個問題已經辦結了。如果還沒解決，請在辦結通知裡點「沒解決」。
worker-resolved = 您反映的問題 { $id } 已辦結（{ $who }）。辦理結果：
worker-resolved-ask = 問題解決了嗎？
worker-resolved-confirmed = ✅ 您已確認問題解決
worker-solved-again = 您是在說 { $id } 嗎？問題解決了嗎？請點下面的按鈕：
worker-btn-solved = ✅ 解決了
worker-btn-unsolved = ❌ 沒解決
worker-confirmed = 感謝確認，{ $id } 已結案。
worker-rate-ask = 請為這次辦理打分（1-5 星）：
worker-rated = 謝謝您的評價：{ $stars }
worker-rated-before = 您已經評過分了：{ $stars }
worker-thanks = 謝謝！
worker-not-resolved-yet = 這個問題還在辦理中。
worker-reopen-prompt = 請簡單說說還有什麼沒解決（{ $id }），發送 /cancel 取消：
worker-reopened = 已重新提交給承辦支部（{ $id }），我們會繼續跟進。
worker-reopen-too-late = 已超過 { $days } 天的確認期，請發送 /report 重新反映。
worker-moved = 您反映的問題 { $id } 已轉交 { $branch } 辦理。

## /mytickets and /queue

mytickets-title = 您反映過的問題：
mytickets-none = 您還沒有反映過問題。遇到困難可以發送 /report。
mytickets-in-private = 您反映過的問題只在私聊裡給您看：請私聊我發送 /mytickets。
queue-title = 📋 { $branch } · 待辦問題
queue-counts = 待辦 { $open } · 超時 { $overdue }（第 { $page }/{ $pages } 頁）
queue-empty = 沒有待辦問題 👍
queue-due = 時限：{ $due }
queue-due-paused = 時限：⏸ 暫停計時，等報告人回覆
queue-overview-title = 📊 全區待辦問題
queue-overview-total = 合計：待辦 { $open } · 超時 { $overdue }
queue-overview-row = { $branch }：待辦 { $open } · 超時 { $overdue }
queue-gone-branches = 不在問答包中的支部
queue-overview-button = 📊 全區總覽
queue-choose = 請選擇支部：
