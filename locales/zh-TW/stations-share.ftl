## Station answers: compact problem reports and each platform's way to share a location

faq-btn-report-station = ⚠️ { $n }號有問題
faq-report-which = 「{ $station }」怎麼了？點一下，今天來問的人都能看到：
faq-stations-share-location-place = 想找離您最近的：直接說地名，例如「{ $place }附近」。
faq-stations-share-location-button = 想找離您最近的：點下面的「📍 傳送我的位置」，或直接說地名，例如「{ $place }附近」。
faq-btn-send-location = 📍 傳送我的位置
