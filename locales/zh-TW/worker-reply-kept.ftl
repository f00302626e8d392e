# A command while the worker owes the branch a reply (an answer, or why it is not solved): kept, and said.
worker-reply-kept = 📝 您還沒回覆 { $id }：接著傳的文字會轉給支部書記；傳送 /cancel 可以放棄。
