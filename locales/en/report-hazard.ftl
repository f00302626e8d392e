# A hazard nobody is hurt by yet, still live, told outside a report (QA31 #2): what to do now, then the way to report it.
report-hazard-electric = ⚠️ Keep away from it and tell the others to stop using it for now; cut the power if you can do it safely (unplug it or switch off the breaker); if it smokes or catches fire, get out and call { $fire }.
report-hazard-other = ⚠️ Keep a safe distance and tell the people around you to stay away.
report-hazard-offer = Your branch can deal with this hazard as urgent: tap the button below and what you just wrote goes straight into the report.
