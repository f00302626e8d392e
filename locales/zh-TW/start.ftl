## /start and /help

cmd-start = 開始使用
cmd-help = 我能做什麼
cmd-cancel = 取消目前操作
start-greeting = { $name ->
    [none] 您好！我是驛站助手，跑單空檔有事隨時找我。
   *[other] { $name }，您好！我是驛站助手，跑單空檔有事隨時找我。
}
help-title-worker = 我可以幫您：
help-title-secretary = 支部書記可以用：
help-title-organiser = 組織者可以用：
help-group-branch = 本群所屬：{ $branch }
help-group-unbound = 本群還沒有綁定支部，請組織者傳送 /bind。
