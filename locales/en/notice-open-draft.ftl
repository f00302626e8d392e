# /notice, or another command, while a typed notice is still being set up.
notice-draft-open = 📢 You have a notice that is not sent yet: "{ $preview }". The cards above still work; to drop it and write a new one, tap below.
notice-btn-fresh = 🗑️ Drop it, write a new one
notice-draft-kept = 📢 Your notice is still here: carry on with the cards above; send /cancel to drop it.
