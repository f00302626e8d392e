# Danger told about a ticket that was already closed (a late answer, "not solved" after the window): the words went out as a new emergency report.
report-receipt-follows = 工單 { $old } 已經關閉，您剛才說的話已作為新的緊急報告 { $id } 發給支部，會優先處理。
ticket-line-follows = ↩️ 接續已關閉的工單 { $old }：報告人在它關閉後又說到有人身危險
worker-danger-closed-limited = 工單 { $old } 已經關閉。請先撥打上面的電話。您這一小時內反映得比較多了，稍後可以再透過 /report 反映。
