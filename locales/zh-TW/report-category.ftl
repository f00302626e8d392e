## 🏷️ 改類別 (stop 39): the branch files a ticket under another of the pack's categories.
triage-btn-category = 🏷️ 改類別
triage-category-choose = 🏷️ 把 { $id } 改到哪個類別？現在是：{ $category }
triage-category-done = 已改為「{ $category }」
triage-category-changed = 🏷️ { $id } 的類別已由 { $who } 從「{ $was }」改為「{ $category }」
triage-category-elsewhere = 「{ $category }」這類問題通常由 { $branch } 承辦。{ $id } 仍在本支部，沒有轉走；需要的話可以轉派：
triage-category-offer-transfer = ↪️ 轉派給 { $branch }
triage-refused-same-category = 已經是這個類別了
ticket-event-recategorised = { $who } 改類別：{ $was } → { $category }
board-act-category = 🏷️ 改類別
board-act-category-to = 改為
board-category-elsewhere = 「{ $category }」這類問題通常由 { $branch } 承辦。工單仍在本支部，沒有轉走；需要的話請在下面轉派。
