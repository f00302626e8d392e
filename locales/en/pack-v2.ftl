## FAQ answers whose entry gives only a source or only a date
faq-source-only = Source: { $source }
faq-updated-only = Updated { $updated }

## Station services added in pack format v2 (also words that ask for them)
faq-service-drinking-water = drinking water
faq-service-medicine = medicine
faq-service-lockers = lockers
faq-service-umbrella = umbrellas
faq-service-shower = shower
faq-service-washing = laundry
