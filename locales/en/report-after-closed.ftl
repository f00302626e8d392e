# Danger told about a ticket that was already closed (a late answer, "not solved" after the window): the words went out as a new emergency report.
report-receipt-follows = Ticket { $old } is already closed, so what you just said went to the branch as a new emergency report, { $id }. It will be handled first.
ticket-line-follows = ↩️ Follows closed ticket { $old }: the reporter told of danger to a person after it closed
worker-danger-closed-limited = Ticket { $old } is already closed. Please call the numbers above first. You have reported a lot this hour; you can report again with /report a little later.
