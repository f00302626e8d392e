## "跳过" / "不知道" / "skip" typed at the report's category question (QA27 #2): filed under the pack's "other"
## category for the branch to sort, never added to the report's words.

report-category-skipped = Fine: the category is left as "{ $category }"; the branch secretary will sort it when it arrives.
# A ✅ on a proposal no longer current: a newer one was sent, or the category was skipped (stop 39).
report-proposal-replaced = This suggestion was replaced by a later message; nothing was changed. Please use the latest one.
