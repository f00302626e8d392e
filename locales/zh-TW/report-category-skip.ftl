## "跳过" / "不知道" / "skip" typed at the report's category question (QA27 #2): filed under the pack's "other"
## category for the branch to sort, never added to the report's words.

report-category-skipped = 好的，分類先記為「{ $category }」，支部書記收到後會幫您歸到合適的類別。
# A ✅ on a proposal no longer current: a newer one was sent, or the category was skipped (stop 39).
report-proposal-replaced = 這條分類建議已經被後面的訊息替代了，這次點擊沒有改動。請看最新的那條訊息。
