# A forwarded post that asks nothing (faq/forwarded.ts, QA15)
faq-forwarded-post = That looks forwarded. What would you like to know about it? Tell me in a sentence, e.g. "what should I do about this notice".
