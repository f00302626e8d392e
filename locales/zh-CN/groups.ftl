## Binding groups to branches

cmd-bind = 把本{ group-word }绑定到支部（组织者）
cmd-unbind = 解除本{ group-word }绑定（组织者）
cmd-group = 查看本{ group-word }信息
bind-choose = 请选择本{ group-word }所属的支部：
bind-unknown-branch = 没有找到支部“{ $branch }”。可选的支部：
cmd-bind-usage = [支部] [zh-CN|zh-TW|en] [标签…]
# The first line of /bind's reply: bound anew, or moved from another branch (a wrong-branch slip is seen, QA11 #3).
bind-head = 已绑定：本{ group-word }属于 { $branch }。
bind-head-moved = 已改绑：{ $from } → { $to }。
bind-done = { $head }
    语言：{ $language }；标签：{ $tags }。
    { $change }
# The group's language and why it is that one: named with /bind, kept from the binding before, read from the
# group's name (traditional characters → zh-TW, no Chinese → en), else the default (zh-CN).
bind-language = { $name }（{ $code }{ $why ->
        [kept] ，沿用本{ group-word }原来的语言
        [title] ，按{ group-word }名判断
        [default] ，默认
       *[given] {""}
    }）
bind-language-change = 改用其他语言：{ $first } 或 { $second }
unbind-done = 已解除本{ group-word }的支部绑定。
unbind-not-bound = 本{ group-word }没有绑定支部。
group-info-title = 本{ group-word }信息
group-info = 支部：{ $branch }
    语言：{ $locale }
    标签：{ $tags }
    推送话题：{ $topic }
group-joined = 大家好，我是驿站助手 👋 跑单间隙有问题可以 @我 提问，或发送 /help 看看我能做什么。反映问题请私聊我，{ group-word }里其他人看不到。
group-joined-staff = 驿站助手已就位：新的问题会推送到这里，发送 /queue 查看待办。
group-joined-bind = 请发送 /bind 选择本{ group-word }所属的支部，课程和通知才能推送到本{ group-word }。
group-staff-triage = 本{ group-word }是「{ $branch }」的分拣{ group-word }：新的问题会推送到这里，发送 /queue 查看待办。分拣{ group-word }由内容包指定，不需要绑定。
group-staff-escalation = 本{ group-word }是全区的升级{ group-word }：超时未办和特急的问题会推送到这里。升级{ group-word }由内容包指定，不需要绑定。
bind-staff-chat = 分拣{ group-word }和升级{ group-word }不能绑定为工友{ group-word }（否则课程和通知也会推送进来）。
