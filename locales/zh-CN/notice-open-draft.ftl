# /notice, or another command, while a typed notice is still being set up.
notice-draft-open = 📢 您还有一条没发出的通知：「{ $preview }」。上面的卡片还能接着用；要放弃它、重新写，点下面的按钮。
notice-btn-fresh = 🗑️ 放弃它，重新写
notice-draft-kept = 📢 您写好的通知还在：用上面的卡片接着设置、发送；发送 /cancel 可以放弃它。
