## A number picked from a numbered list of stations the bot just sent ("2", "the second"): that station in full.

faq-station-hours = 🕘 Hours: { $hours }
faq-station-hours-24h = open 24 hours
faq-station-hours-daily = every day
faq-station-hours-days = { $from }–{ $to }
faq-station-hours-closed = closed
faq-station-hours-separator = {"; "}
faq-station-closed-on = Closed on holidays: { $dates }
faq-btn-report-this-station = ⚠️ Problem at this station
faq-station-pick-range = The list I just sent has { $n } { $n ->
    [one] station
   *[other] stations
  }; reply with a number from 1 to { $n }.
faq-station-number-no-list = Stations have no numbers of their own; “{ $n }” is a place in a list. Here is the list — reply with a number (say “{ $n }”) for the details:
