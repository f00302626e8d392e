## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ 內容包有 { $count } 處錯誤，仍在用上一版：
    { $lines }
    改好後儲存即可，新版會自動啟用。查看全部錯誤：{ $check }
content-invalid-more = ……另有 { $more } 處
content-valid = ✅ 內容包的錯誤已改好，新版已啟用。
