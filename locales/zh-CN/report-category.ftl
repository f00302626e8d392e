## 🏷️ 改类别 (stop 39): the branch files a ticket under another of the pack's categories.
triage-btn-category = 🏷️ 改类别
triage-category-choose = 🏷️ 把 { $id } 改到哪个类别？现在是：{ $category }
triage-category-done = 已改为「{ $category }」
triage-category-changed = 🏷️ { $id } 的类别已由 { $who } 从「{ $was }」改为「{ $category }」
triage-category-elsewhere = 「{ $category }」这类问题通常由 { $branch } 承办。{ $id } 仍在本支部，没有转走；需要的话可以转派：
triage-category-offer-transfer = ↪️ 转派给 { $branch }
triage-refused-same-category = 已经是这个类别了
ticket-event-recategorised = { $who } 改类别：{ $was } → { $category }
board-act-category = 🏷️ 改类别
board-act-category-to = 改为
board-category-elsewhere = 「{ $category }」这类问题通常由 { $branch } 承办。工单仍在本支部，没有转走；需要的话请在下面转派。
