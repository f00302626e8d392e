## Notices: /notice (compose, preview, confirm), /notices (list, details, cancel) and the "收到" button

cmd-notice = 發布通知（組織者）
cmd-notices = 查看通知的送達、回執和失敗（組織者）
notice-help-button = 📢 發布通知

notice-ask-text = 📢 請發送通知內容（文字，可以附一張圖片並把文字寫在圖片說明裡），最多 { $max } 字。
    給繁體{ group-word }或英文{ group-word }另寫一版：在正文後另起一行寫 [zh-TW] 或 [en]，接著寫那個語言的內容。
    發送 /cancel 放棄。
notice-empty-text = 通知內容不能為空。請發送文字（帶圖片時請把文字寫在圖片說明裡）。
notice-too-long = 通知太長了（{ $length } 字），請控制在 { $max } 字以內。
notice-variant-empty = [{ $locale }] 後面沒有內容，請補上或刪掉這個標記後重新發送。
notice-use-buttons = 請用上面的按鈕繼續，或發送 /cancel 放棄。

notice-audience-title = 👥 發給哪些{ group-word }？（可多選，已選 { $count } 個{ group-word }）
notice-audience-all = 全部{ group-word }（{ $count }）
notice-audience-branches = 按支部 ›
notice-audience-industries = 按行業 ›
notice-audience-tags = 按標籤 ›
notice-audience-back = ‹ 返回
notice-audience-done = 下一步：預覽（{ $count } 個{ group-word }）
notice-audience-no-tags = 還沒有{ group-word }設置標籤（綁定時可以加標籤：/bind 支部 標籤）。
notice-audience-empty = 所選範圍裡沒有可以接收的{ group-word }（0 個），什麼都沒有發送。請換一個範圍。
notice-audience-chosen = 👥 已選 { $count } 個{ group-word }
notice-audience-label-all = 全部{ group-word }
notice-industry-delivery = 外賣
notice-industry-express = 快遞
notice-industry-ride-hailing = 網約車
notice-industry-freight = 貨運
notice-industry-live-streaming = 直播
notice-industry-territorial = 街道/屬地

notice-preview-label = 👇 預覽（{ $locale }）——{ group-word }裡看到的就是這樣：
notice-preview-label-converted = 👇 預覽（{ $locale }，由簡體自動轉換）——繁體{ group-word }看到的就是這樣：
notice-preview-label-main = 👇 預覽（{ $locale } { group-word }）——沒有寫 [en] 版本，英文{ group-word }將收到中文原文：
notice-version-converted-zh-TW = ℹ️ { $count } 個繁體{ group-word }將收到自動轉換的繁體版（想自己寫：正文後另起一行 [zh-TW]）。
notice-version-main-en = ⚠️ { $count } 個英文{ group-word }將收到中文原文（沒有寫 [en] 版本）。
notice-locale-zh-CN = 简体中文
notice-locale-zh-TW = 繁體中文
notice-locale-en = English
notice-controls-title = 📋 發送設置
notice-controls = 範圍：{ $audience }（{ $count } 個{ group-word }）
    時間：{ $when }
    置頂：{ $pin }
    「收到」按鈕：{ $ack }
notice-when-now = 確認後立即發送
notice-yes = 是
notice-no = 否
notice-quiet-warning = ⚠️ 這個時間在休息/高峰時段（{ $window }）裡。通知會照常發出；想避開的話，點「避開休息時段」。
notice-btn-time = 🕘 定時發送
notice-btn-now = ⚡ 改為立即發送
notice-btn-quiet = 🌙 避開休息時段（改到 { $time }）
notice-btn-pin = 📌 置頂：{ $state }
notice-btn-ack = ✅ 「收到」按鈕：{ $state }
notice-btn-confirm = 🚀 確認發送（{ $count } 個{ group-word }）
notice-btn-discard = ✖ 放棄
notice-ask-time = 什麼時候發（{ $tz }）？直接說就行，例如「明天早上九點」「週五下午三點」「兩小時後」，也可以寫 16:30 或 { $example }。
notice-bad-time = 沒看懂這個時間。可以說「明天早上九點」「週五下午三點」，或寫 16:30、{ $example }。
notice-past-time = 這個時間已經過去了，請輸入一個將來的時間。
notice-far-time = 最多只能提前 { $days } 天定時，請換一個時間。

notice-queued-now = ✅ 通知 #{ $id } 已提交，正在發給 { $count } 個{ group-word }。發送進度另有一條消息即時更新；回執用 /notices 查看。
notice-queued-later = ✅ 通知 #{ $id } 已定時：{ $when } 發出，發給那時這個範圍裡綁定的{ group-word }（目前 { $count } 個）。發出前可以在 /notices 裡取消。
notice-already-confirmed = 這條通知已經提交過了，不會重複發送。
notice-discarded = 已放棄，這條通知沒有發出。
notice-draft-gone = 這個草稿已經失效，請重新發送 /notice。
notice-enqueue-failed = 提交失敗，沒有發出任何消息。請稍後再點一次確認。
notice-progress-title = 📢 通知 #{ $id }

notice-header = 📢 通知
# Only English groups see it.
notice-in-chinese = （本通知只有中文版）
notice-ack-button = ✅ 收到
notice-ack-button-count = ✅ 收到 · { $count }
notice-ack-thanks = 已確認收到，謝謝！
notice-ack-again = 你已經確認過了。
notice-ack-preview = 這是預覽：{ group-word }裡的成員點這裡表示「收到」。
notice-ack-gone = 這條通知已經失效。

notices-title = 📋 最近的通知
notices-none = 還沒有發過通知。發送 /notice 發布第一條。
# A worker (or secretary) typing /notice or /notices: where notices are, not a bare "no permission" (QA19).
notices-refused = 通知由組織者發布，會直接發到{ group-word }裡（重要的會置頂），往上翻就能看到。對哪條通知有疑問，回覆那條通知問我就行。
notices-status = 已送達 { $sent }/{ $total } · 失敗 { $failed } · 待發 { $pending } · 收到 { $acks } 人
notices-status-cancelled = 已取消（取消前送達 { $sent }/{ $total }）
notices-status-scheduled = 定時發送，發給那時綁定的{ group-word }（目前 { $count } 個）
notices-btn-show = 詳情 #{ $id }
notices-btn-cancel = 取消 #{ $id }
notice-unknown = 沒有找到這條通知。
notice-detail-title = 通知 #{ $id } 的送達情況
notice-detail-when = { $when } · { $audience }
notice-detail-sent = ✅ { $group } · 收到 { $acks } 人
notice-detail-failed = ❌ { $group } · { $reason }
notice-detail-pending = ⏳ { $group } · 待發送
notice-detail-unsure = 📶 { $group } · 發送時網路斷了，無法確認是否收到
notice-detail-cancelled = ⊘ { $group } · 已取消
notice-detail-scheduled = 還沒發出：到時發給那時這個範圍裡綁定的{ group-word }。目前是這 { $count } 個：
notice-released-empty = 📢 通知 #{ $id } 到了發送時間，但所選範圍裡已經沒有可以接收的{ group-word }，什麼都沒有發送。
notice-cancelled = 已取消 #{ $id }：{ $count } 個{ group-word }不會再收到。
notice-cancel-nothing = #{ $id } 已經全部發出，沒有可以取消的了。
notice-fail-forbidden = 機器人已被移出{ group-word }或不能發言
notice-fail-not-found = { group-word }不存在了
notice-fail-bad-request = 消息被平台拒收
notice-fail-rate-limited = 平台限流
notice-fail-transient = 多次重試仍未送達
notice-fail-cancelled = 已取消

# Who pressed "收到" (stop 41), from a notice's details; and per version once it was corrected.
notices-btn-who = 👥 誰點了收到
notice-who-title = 通知 #{ $id } 點了「收到」的人（{ $count } 人{ $pages ->
        [1] {""}
       *[other] ，第 { $page }/{ $pages } 頁
    }）
notice-who-group = { $group }（收到 { $count } 人）
notice-who-unnamed = （沒有顯示名字）
notice-who-version = （點在{ $version }上）
notice-who-forgotten = 另有 { $count } 人點得早於 90 天，只計數、不再保留名字。
notice-who-none = 通知 #{ $id } 還沒有人點「收到」。
notice-detail-ack-revs = （{ $list }）
notice-ack-rev-count = { $version } { $count } 人
notice-version-first = 原文
notice-version-fix = 第 { $rev } 次更正
