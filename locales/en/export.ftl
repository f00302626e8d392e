## /export in chat: the CSV as files

cmd-export = Export the reports as CSV (secretaries)
export-usage = Usage: /export [period]. Nothing for this month, last for last month, 7d for the last 7 days, 2026-11 for a month.
export-unknown = I don't understand “{ $arg }”.
export-summary = 📎 { $period } summary by branch (response, closure, solved and satisfaction rates with their denominators)
export-tickets = 📎 { $period } tickets: { $n } (phone and ID numbers removed; anonymous reports carry no identity)
