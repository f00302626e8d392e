## The spool: updates kept on disk while the database is unreachable

spool-saved = 已收到並儲存。系統正在恢復，恢復後會自動處理，不會遺失，您不用重發。
