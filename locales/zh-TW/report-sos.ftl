# An emergency told outside a report: the numbers come first.
report-sos-body = 請先撥打上面的電話，照顧好自己和身邊的人。
    我已記下您說的情況：點「馬上反映」一下就交給支部按緊急事項處理（時限最短，匿名，支部有問題會透過我問您），也可以先接著補充細節。
report-sos-file = 🆘 馬上反映給支部
report-sos-group = 請先撥打上面的電話。需要支部跟進的，請私訊我反映：
# Where the group has no link into the private chat (Slack): the button below opens the private form.
report-sos-group-button = 請先撥打上面的電話。需要支部跟進的，請點下面的按鈕（或發送 /report）私下反映，您剛才說的話會帶進去，{ group-word }裡其他人看不到。
report-sos-limited = 請先撥打上面的電話。您這一小時內反映得比較多了，稍後可以再透過 /report 反映。
# The same card asked again (the numbers were shown above it once already).
report-sos-again = 您說的情況我記著：點「馬上反映」一下就交給支部按緊急事項處理，也可以先接著補充細節。
