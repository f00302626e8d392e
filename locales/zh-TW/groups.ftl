## Binding groups to branches

cmd-bind = 把本群綁定到支部（組織者）
cmd-unbind = 解除本群綁定（組織者）
cmd-group = 查看本群資訊
bind-choose = 請選擇本群所屬的支部：
bind-unknown-branch = 找不到支部「{ $branch }」。可選的支部：
bind-done = 已綁定：本群屬於 { $branch }。語言：{ $locale }；標籤：{ $tags }。
unbind-done = 已解除本群的支部綁定。
unbind-not-bound = 本群沒有綁定支部。
group-info-title = 本群資訊
group-info = 支部：{ $branch }
    語言：{ $locale }
    標籤：{ $tags }
    推送話題：{ $topic }
