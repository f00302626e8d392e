## Station answers: compact problem reports and each platform's way to share a location

faq-btn-report-station = ⚠️ { $n }号有问题
faq-report-which = 「{ $station }」怎么了？点一下，今天来问的人都能看到：
faq-stations-share-location-place = 想找离您最近的：直接说地名，比如“{ $place }附近”。
faq-stations-share-location-button = 想找离您最近的：点下面的「📍 发送我的位置」，或直接说地名，比如“{ $place }附近”。
faq-btn-send-location = 📍 发送我的位置
