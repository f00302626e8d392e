## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ 内容包有 { $count } 处错误，仍在用上一版：
    { $lines }
    改好后保存即可，新版会自动启用。查看全部错误：{ $check }
content-invalid-more = ……另有 { $more } 处
content-valid = ✅ 内容包的错误已改好，新版已启用。

## A branch or category the pack no longer has, where a ticket or a group still names it (reports/views.ts)
content-former-branch = 已移除的支部
content-former-category = 已移除的类别
content-former-staff-named = { $name }（已移除）
content-former-staff = { $removed }（{ $id }）

## What a new version of the pack leaves behind in Redis, told once per version (core/content/left-behind.ts)
content-left-title = ⚠️ 当前问答包已经没有下面这些支部、类别或条目，但还有东西指向它们：
content-left-branch-tickets = · { $n } 件未办结的事项还在已移除的支部 { $branches }：{ $tickets }。用 /ticket 编号 打开，↪️ 转派给接手的支部（/queue 里“不在问答包中的支部”一行列出全部）。
content-left-category-tickets = · { $n } 件未办结的事项属于已移除的类别 { $categories }：{ $tickets }。照常办理即可；类别编号改回去，卡片上会重新显示类别名。
content-left-groups = · { $n } 个{ group-word }仍绑定在已移除的支部 { $branches }：{ $groups }。请在{ group-word }里重新 /bind 到接手的支部，否则按支部发的通知收不到。
content-left-learned = · { $n } 个教过的问法指向已移除的条目 { $entries }，现在用不上了：用 /gaps 查看，把条目编号改回去，或把这些问法写进新条目的 questions。
