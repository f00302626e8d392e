## /export in chat: the CSV as files

cmd-export = 匯出反映問題表格（CSV，書記）
export-usage = 用法：/export [週期]。不寫為本月，上月（或 last），近7天（或 7d），2026-11 為某月。
export-unknown = 看不懂「{ $arg }」。
export-summary = 📎 { $period } 各支部匯總（回應率、辦結率、實際解決率、滿意率及分母）
export-tickets = 📎 { $period } 反映明細，共 { $n } 件（已隱去電話、證件號；匿名反映不含身分）
