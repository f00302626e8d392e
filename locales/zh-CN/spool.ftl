## The spool: updates kept on disk while the database is unreachable

spool-saved = 已收到并保存。系统正在恢复，恢复后会自动处理，不会丢失，您不用重发。
