## A notice that went out, corrected or withdrawn from its /notices details (QA19)

notice-corrected-mark = （已更正）
notice-withdrawn-text = 📢 此通知已撤回。
notices-btn-fix = ✏️ 更正 #{ $id }
notices-btn-withdraw = 🗑 撤回 #{ $id }
notice-btn-withdraw-yes = 🗑 確認撤回 #{ $id }
notice-fix-ask = ✏️ 請傳送 #{ $id } 更正後的全文，它會取代原文（最多 { $max } 字，其他語言版本照樣用 [en] / [zh-TW] 另起一行寫）。
    已發出的訊息會逐條改成新文字並標上「（已更正）」，還沒發出的{ group-word }直接收到新文字。傳送 /cancel 放棄。
    現在的內容（連同各語言版本，改好後整段發回）：
    { $text }
notice-fixed = ✏️ 已更正 #{ $id }：已發出的 { $edited } 條訊息正在逐條修改{ $waiting ->
        [0] 。
       *[other] ，還在等待的 { $waiting } 個{ group-word }會收到新文字。
    }
notice-fixed-scheduled = ✏️ 已更正 #{ $id }：到時發出的是新文字。
# A correction without a version the notice had (its groups of that language now get the main text).
notice-fix-dropped-en = ⚠️ 這次沒有寫 [en] 版本：{ $count } 個英文{ group-word }的通知改成了中文原文。要保留英文，請再點「✏️ 更正」，在正文後另起一行寫 [en] 和英文內容。
notice-fix-dropped-zh-TW = ℹ️ 這次沒有寫 [zh-TW] 版本：{ $count } 個繁體{ group-word }改為收到由簡體自動轉換的繁體版，原來寫的繁體版不再使用。
notice-fix-withdrawn = #{ $id } 已經撤回，不能再更正。
notice-withdraw-ask = 確定撤回 #{ $id } 嗎？已發出的 { $sent } 條會被刪除（超過 48 小時刪不掉的，改成「此通知已撤回」並取消置頂）{ $pending ->
        [0] 。
       *[other] ，還在等待的 { $pending } 個{ group-word }不再發送。
    }
# Every copy can still be deleted (none on Telegram, or none there 48 hours old yet): the 48-hour clause left out.
notice-withdraw-ask-deletable = 確定撤回 #{ $id } 嗎？已發出的 { $sent } 條會被刪除{ $pending ->
        [0] 。
       *[other] ，還在等待的 { $pending } 個{ group-word }不再發送。
    }
notice-withdrawing = 🗑 正在撤回 #{ $id }：已發出的 { $copies } 條訊息逐條刪除{ $cancelled ->
        [0] 。
       *[other] ，等待中的 { $cancelled } 個{ group-word }不再發送。
    }結果見「詳情」。
notice-withdraw-again = #{ $id } 已經撤回過了。
notices-status-withdrawn = 🗑 已撤回：刪除 { $deleted } 條 · 未能刪除 { $kept } 條
notice-detail-withdrawn = 🗑 已撤回：刪除 { $deleted } 條 · 刪不掉、已改為「此通知已撤回」 { $replaced } 條 · 失敗 { $failed } 條 · 處理中 { $pending } 條
notice-detail-deleted = 🗑 { $group } · 已刪除
notice-detail-replaced = ↩️ { $group } · 超過 48 小時刪不掉，已改為「此通知已撤回」並取消置頂
notice-detail-withdraw-failed = ❌ { $group } · 未能撤回：{ $reason }
notice-detail-withdrawing = ⏳ { $group } · 撤回中
notice-detail-corrected = ✏️ 已更正 { $count } 次 · 還有 { $pending } 條訊息待修改
notice-detail-fix-failed = （未能更正：{ $reason }）

## "有效期至": a pinned notice unpinned at that time
notice-controls-expiry = 有效期至：{ $until }（到時取消置頂）
notice-expiry-none = 不限
notice-btn-expiry = ⏳ 設定有效期
notice-ask-expiry = ⏳ 置頂到什麼時候？到時各{ group-word }會取消置頂。可以寫「明天18點」「3天後」或 { $example }。
notice-expiry-before = 有效期要晚於發送時間，請重新傳送。
notice-expiry-confirmed = ⏳ 好的，置頂到 { $when }
notices-expiry = ⏳ 置頂到 { $when }
notices-expired = ⏳ 已過期，已取消置頂
# Groups still waiting when a notice's end came were not sent it.
notices-status-expired = 已送達 { $sent }/{ $total } · 失敗 { $failed } · 已過期未發 { $unsent } · 收到 { $acks } 人
notice-detail-expired-unsent = ⌛ { $group } · 已過期未發
