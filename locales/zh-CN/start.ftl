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
help-group-branch = 本群所属：{ $branch }
help-group-unbound = 本群还没有绑定支部，请组织者发送 /bind。
