# A command while the worker owes the branch a reply (an answer, or why it is not solved): kept, and said.
worker-reply-kept = 📝 您还没回复 { $id }：接着发的文字会转给支部书记；发送 /cancel 可以放弃。
