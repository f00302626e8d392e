## "跳过" / "不知道" / "skip" typed at the report's category question (QA27 #2): filed under the pack's "other"
## category for the branch to sort, never added to the report's words.

report-category-skipped = 好的，分类先记为「{ $category }」，支部书记收到后会帮您归到合适的类别。
# A ✅ on a proposal no longer current: a newer one was sent, or the category was skipped (stop 39).
report-proposal-replaced = 这条分类建议已经被后面的消息替代了，这次点击没有改动。请看最新的那条消息。
