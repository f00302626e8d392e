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
help-group-branch = 本{ group-word }所屬：{ $branch }
help-group-unbound = 本{ group-word }還沒有綁定支部，請組織者傳送 /bind。
# A worker's /start fits one phone screen at a large font (QA22 #10): what the bot does in two short lines, then buttons.
start-worker-what = 有問題直接打字問我，比如福利、驛站在哪。
    遇到難處，可以私下反映給支部。
start-worker-more = 點下面的按鈕開始。全部功能：/help
