# A forwarded post that asks nothing (faq/forwarded.ts, QA15)
faq-forwarded-post = 這是轉傳的內容，您想問什麼？例如「這個通知說的事怎麼辦」，用一句話告訴我就行。
