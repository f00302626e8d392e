## Binding groups to branches

cmd-bind = 把本{ group-word }綁定到支部（組織者）
cmd-unbind = 解除本{ group-word }綁定（組織者）
cmd-group = 查看本{ group-word }資訊
bind-choose = 請選擇本{ group-word }所屬的支部：
bind-unknown-branch = 找不到支部「{ $branch }」。可選的支部：
cmd-bind-usage = [支部] [zh-CN|zh-TW|en] [標籤…]
# The first line of /bind's reply: bound anew, or moved from another branch (a wrong-branch slip is seen, QA11 #3).
bind-head = 已綁定：本{ group-word }屬於 { $branch }。
bind-head-moved = 已改綁：{ $from } → { $to }。
bind-done = { $head }
    語言：{ $language }；標籤：{ $tags }。
    { $change }
# The group's language and why it is that one: named with /bind, kept from the binding before, read from the
# group's name (traditional characters → zh-TW, no Chinese → en), else the default (zh-CN).
bind-language = { $name }（{ $code }{ $why ->
        [kept] ，沿用本{ group-word }原來的語言
        [title] ，按{ group-word }名判斷
        [default] ，預設
       *[given] {""}
    }）
bind-language-change = 改用其他語言：{ $first } 或 { $second }
unbind-done = 已解除本{ group-word }的支部綁定。
unbind-not-bound = 本{ group-word }沒有綁定支部。
group-info-title = 本{ group-word }資訊
group-info = 支部：{ $branch }
    語言：{ $locale }
    標籤：{ $tags }
    推送話題：{ $topic }
group-joined = 大家好，我是驛站助手 👋 跑單空檔有問題可以 @我 提問，或傳送 /help 看看我能做什麼。反映問題請私訊我，{ $platform ->
        [slack] 頻道
       *[other] 群組
    }裡其他人看不到。
group-joined-staff = 驛站助手已就位：新的問題會推送到這裡，傳送 /queue 查看待辦。
group-joined-bind = 請傳送 /bind 選擇本{ group-word }所屬的支部，課程和通知才能推送到本{ group-word }。
group-staff-triage = 本{ group-word }是「{ $branch }」的分揀{ group-word }：新的問題會推送到這裡，傳送 /queue 查看待辦。分揀{ group-word }由內容包指定，不需要綁定。
group-staff-escalation = 本{ group-word }是全區的升級{ group-word }：逾時未辦和特急的問題會推送到這裡。升級{ group-word }由內容包指定，不需要綁定。
bind-staff-chat = 分揀{ group-word }和升級{ group-word }不能綁定為工友{ group-word }（否則課程和通知也會推送進來）。
