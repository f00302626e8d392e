# /notice, or another command, while a typed notice is still being set up.
notice-draft-open = 📢 您還有一則沒發出的通知：「{ $preview }」。上面的卡片還能接著用；要放棄它、重新寫，點下面的按鈕。
notice-btn-fresh = 🗑️ 放棄它，重新寫
notice-draft-kept = 📢 您寫好的通知還在：用上面的卡片接著設定、發送；傳送 /cancel 可以放棄它。
