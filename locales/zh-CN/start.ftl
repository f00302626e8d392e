## /start and /help

cmd-start = 开始使用
cmd-help = 我能做什么
cmd-cancel = 取消当前操作
start-greeting = { $name ->
    [none] 您好！我是驿站助手，跑单间隙有事随时找我。
   *[other] { $name }，您好！我是驿站助手，跑单间隙有事随时找我。
}
help-title-worker = 我可以帮您：
help-title-secretary = 支部书记可以用：
help-title-organiser = 组织者可以用：
help-group-branch = 本{ group-word }所属：{ $branch }
help-group-unbound = 本{ group-word }还没有绑定支部，请组织者发送 /bind。
# A worker's /start fits one phone screen at a large font (QA22 #10): what the bot does in two short lines, then buttons.
start-worker-what = 有问题直接打字问我，比如福利、驿站在哪。
    遇到难处，可以私下反映给支部。
start-worker-more = 点下面的按钮开始。全部功能：/help
