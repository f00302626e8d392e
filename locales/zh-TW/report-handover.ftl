## Hand-over to a colleague at shift end (QA20 #3) and a report withdrawn by its reporter (QA20 #7)

handover-btn = 👥 轉給同事
handover-btn-all = 👥 全部轉給同事
handover-mine-title = 📋 我簽收的待辦
handover-mine-counts = 共 { $n } 件（第 { $page }/{ $pages } 頁）
handover-mine-empty = 您手上沒有待辦的工單 👍
handover-choose = 把 { $id } 轉給哪位同事？
handover-choose-all = 把您手上的 { $n } 件工單全部轉給哪位同事？
handover-done = ✅ 已把 { $id } 轉給 { $who }
handover-done-all = ✅ 已把 { $n } 件工單轉給 { $who }：
handover-left = 沒有轉的：
    { $list }
# One ticket not handed over, with why (the refusal's words).
handover-left-item = { $id }（{ $why }）
handover-cancelled = 已取消，工單仍在您手上。
handover-nobody = { $role ->
    [organiser] 本支部沒有其他書記，沒有同事可以轉交。要交給別的支部辦理，請用卡片上的 ↪️ 轉派
   *[other] 本支部沒有其他書記，沒有同事可以轉交
}
handover-claim-first = 只有已簽收的工單可以轉給同事；新工單請直接簽收
handover-refused-not-holder = 只有簽收人（{ $who }）或區裡組織者可以轉出這件工單
handover-refused-same = 已經在這位同事手上了
triage-refused-not-holder = 只有簽收人或區裡組織者可以轉出這件工單
handover-triage = 👥 { $id } 已由 { $who } 轉給 { $receiver } 接手
worker-handed-over = 您反映的問題 { $id } 已由{ $who }接手，繼續辦理。
ticket-event-handed-over = { $who } 轉給同事 { $receiver }
ticket-worker-event-handed-over = 改由{ $receiver }接手辦理

worker-btn-withdraw = ↩️ 撤回
worker-btn-withdraw-yes = ✅ 確定撤回
worker-btn-withdraw-no = 不撤回
worker-withdraw-confirm = 確定撤回 { $id } 嗎？
worker-withdraw-confirm-emergency = 這是按特急處理的反映。確定沒事了嗎？要撤回 { $id } 嗎？
worker-withdraw-confirm-hint = 撤回後支部不再處理這件事；以後有需要可以重新反映（/report）。
worker-withdraw-not-open = 這件反映已經辦結或關閉了，不用撤回
worker-withdraw-kept = 好的，{ $id } 沒有撤回，支部會繼續處理。
worker-withdrawn = ↩️ 已撤回 { $id }，支部已收到通知。以後有需要可以重新反映（/report）。
withdrawn-triage = ↩️ { $id } 已由報告人撤回（{ $who }），無需再處理。
withdrawn-triage-held = ↩️ { $id } 已由報告人撤回（{ $who }），無需再處理。簽收人 { $holder } 請知悉。
ticket-event-withdrawn = { $who } 撤回了反映
ticket-line-closed-withdrawn = 已由報告人撤回
ticket-worker-line-withdrawn = 您已撤回這件反映
# A colleague the bot cannot name (never their platform id, stop 39).
handover-receiver-unnamed = 另一位書記
ticket-actor-unnamed-secretary = { $branch }的一位書記
