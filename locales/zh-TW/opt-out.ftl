cmd-stop = 不想收到推送怎麼辦
optout-group =
    🔕 微課堂和通知是發給整個{ group-word }的，沒辦法只替您一個人停掉。
    · 不想被打擾：{ $platform ->
        [slack] 在頻道詳細資訊裡把頻道設為靜音，頻道訊息照樣能看
       *[other] 在群組設定裡開啟「靜音」，群訊息照樣能看
    }，只是不再響。
    · 想讓本{ group-word }少推或暫停：可以點下面的按鈕告訴{ $branch }，由組織者決定。
optout-group-organiser = 您是組織者：在本{ group-word }發 /pause 暫停本{ group-word }的定時微課，/resume 恢復；學習進度會保留。
optout-private =
    🔕 我不會在私訊裡給您推送微課或通知，它們只發在工友{ group-word }裡。
    不想被打擾，可以{ $platform ->
        [slack] 把那個頻道設為靜音
       *[other] 在那個群的設定裡開啟「靜音」
    }；想讓{ group-word }裡少推，可以在{ group-word }裡 @我 說「退訂」，把意見轉給支部。
    私訊裡只會收到您自己反映的問題和提問的回覆。
optout-pass-question = 希望本{ group-word }少推或暫停微課堂和通知（工友原話：{ $words }）
optout-btn-pass = 📨 告訴支部
optout-pause-refused = 只有組織者能暫停本{ group-word }的推送。不想被打擾，可以把本{ group-word }設為「靜音」；想讓本{ group-word }少推，可以 @我 說「退訂」，把意見轉給支部。
