# A command while the worker owes the branch a reply (an answer, or why it is not solved): kept, and said.
worker-reply-kept = 📝 You have not replied on { $id } yet: what you type next goes to the branch secretary; send /cancel to drop it.
