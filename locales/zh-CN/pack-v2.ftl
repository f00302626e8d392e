## FAQ answers whose entry gives only a source or only a date
faq-source-only = 来源：{ $source }
faq-updated-only = 更新于 { $updated }

## Station services added in pack format v2 (also words that ask for them)
faq-service-drinking-water = 饮用水
faq-service-medicine = 常用药品
faq-service-lockers = 储物柜
faq-service-umbrella = 爱心雨伞
faq-service-shower = 淋浴
faq-service-washing = 洗衣
