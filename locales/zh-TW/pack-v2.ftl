## FAQ answers whose entry gives only a source or only a date
faq-source-only = 來源：{ $source }
faq-updated-only = 更新於 { $updated }

## Station services added in pack format v2 (also words that ask for them)
faq-service-drinking-water = 飲用水
faq-service-medicine = 常用藥品
faq-service-lockers = 置物櫃
faq-service-umbrella = 愛心雨傘
faq-service-shower = 淋浴
faq-service-washing = 洗衣
