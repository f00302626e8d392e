cmd-stop = 不想收到推送怎么办
optout-group =
    🔕 微课堂和通知是发给整个{ group-word }的，没法只给您一个人停掉。
    · 不想被打扰：{ $platform ->
        [slack] 在频道详情里把频道设为静音，频道消息照样能看
       *[other] 在群设置里打开“消息免打扰”，群消息照样能看
    }，只是不再响。
    · 想让本{ group-word }少推或暂停：可以点下面的按钮告诉{ $branch }，由组织者决定。
optout-group-organiser = 您是组织者：在本{ group-word }发 /pause 暂停本{ group-word }的定时微课，/resume 恢复；学习进度会保留。
optout-private =
    🔕 我不会在私聊里给您推送微课或通知，它们只发在工友{ group-word }里。
    不想被打扰，可以{ $platform ->
        [slack] 把那个频道设为静音
       *[other] 在那个群的设置里打开“消息免打扰”
    }；想让{ group-word }里少推，可以在{ group-word }里 @我 说“退订”，把意见转给支部。
    私聊里只会收到您自己反映的问题和提问的回复。
optout-pass-question = 希望本{ group-word }少推或暂停微课堂和通知（工友原话：{ $words }）
optout-btn-pass = 📨 告诉支部
optout-pause-refused = 只有组织者能暂停本{ group-word }的推送。不想被打扰，可以把本{ group-word }设为{ $platform ->
        [slack] 静音
       *[other] “消息免打扰”
    }；想让本{ group-word }少推，可以 @我 说“退订”，把意见转给支部。
