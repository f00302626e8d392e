## The spool: updates kept on disk while the database is unreachable

spool-saved = Received and saved. The system is recovering; this will be handled automatically as soon as it is back — nothing is lost, no need to resend.
