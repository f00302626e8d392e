## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ 内容包有 { $count } 处错误，仍在用上一版：
    { $lines }
    改好后保存即可，新版会自动启用。查看全部错误：{ $check }
content-invalid-more = ……另有 { $more } 处
content-valid = ✅ 内容包的错误已改好，新版已启用。
