## Notices: natural send times, confirmed in words

notice-time-no-hour = 请说清楚几点，比如“明天下午三点”。
notice-time-confirmed = 🕘 好的，定在 { $when } 发送。
notice-controls-replaced = （这张设置卡已作废：时间改了，请用下面新的设置卡。）
