# A forwarded post that asks nothing (faq/forwarded.ts, QA15)
faq-forwarded-post = 这是转发的内容，您想问什么？比如“这个通知说的事怎么办”，用一句话告诉我就行。
