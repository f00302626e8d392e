## Notices: natural send times, confirmed in words

notice-time-no-hour = 請說清楚幾點，例如「明天下午三點」。
notice-time-confirmed = 🕘 好的，定在 { $when } 發送。
notice-controls-replaced = （這張設定卡已作廢：時間改了，請用下面新的設定卡。）
