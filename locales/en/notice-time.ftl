## Notices: natural send times, confirmed in words

notice-time-no-hour = Please say what time, e.g. "tomorrow 3pm".
notice-time-confirmed = 🕘 Got it: it goes out on { $when }.
notice-controls-replaced = (This settings card is out of date: the time changed. Use the new card below.)
