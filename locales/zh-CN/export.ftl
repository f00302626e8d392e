## /export in chat: the CSV as files

cmd-export = 导出反映问题表格（CSV，书记）
export-usage = 用法：/export [周期]。不写为本月，上月（或 last），近7天（或 7d），2026-11 为某月。
export-unknown = 看不懂「{ $arg }」。
export-summary = 📎 { $period } 各支部汇总（响应率、办结率、实际解决率、满意率及分母）
export-tickets = 📎 { $period } 反映明细，共 { $n } 件（已隐去电话、证件号；匿名反映不含身份）
