## Station answers: compact problem reports and each platform's way to share a location

faq-btn-report-station = ⚠️ #{ $n } has a problem
faq-report-which = What is wrong at { $station }? One tap, and everyone who asks today will see it:
faq-stations-share-location-place = For the nearest ones, just name a place, e.g. "near { $place }".
faq-stations-share-location-button = For the nearest ones, tap "📍 Send my location" below, or just name a place, e.g. "near { $place }".
faq-btn-send-location = 📍 Send my location
