## A live edit of the content pack, told in the escalation chat (core/content/reload-notice.ts)

content-invalid = ⚠️ 內容包有 { $count } 處錯誤，仍在用上一版：
    { $lines }
    改好後儲存即可，新版會自動啟用。查看全部錯誤：{ $check }
content-invalid-more = ……另有 { $more } 處
content-valid = ✅ 內容包的錯誤已改好，新版已啟用。

## A branch or category the pack no longer has, where a ticket or a group still names it (reports/views.ts)
content-former-branch = 已移除的支部
content-former-category = 已移除的類別
content-former-staff-named = { $name }（已移除）
content-former-staff = { $removed }（{ $id }）

## What a new version of the pack leaves behind in Redis, told once per version (core/content/left-behind.ts)
content-left-title = ⚠️ 目前問答包已經沒有下面這些支部、類別或條目，但還有東西指向它們：
content-left-branch-tickets = · { $n } 件未辦結的事項還在已移除的支部 { $branches }：{ $tickets }。用 /ticket 編號 打開，↪️ 轉派給接手的支部（/queue 裡「不在問答包中的支部」一行列出全部）。
content-left-category-tickets = · { $n } 件未辦結的事項屬於已移除的類別 { $categories }：{ $tickets }。照常辦理即可；類別編號改回去，卡片上會重新顯示類別名。
content-left-groups = · { $n } 個{ group-word }仍綁定在已移除的支部 { $branches }：{ $groups }。請在{ group-word }裡重新 /bind 到接手的支部，否則按支部發的通知收不到。
content-left-learned = · { $n } 個教過的問法指向已移除的條目 { $entries }，現在用不上了：用 /gaps 查看，把條目編號改回去，或把這些問法寫進新條目的 questions。
