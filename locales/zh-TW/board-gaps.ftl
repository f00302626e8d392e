## The board's gaps page: "this is entry X", "write an answer", YAML export (organisers only)

board-gaps-act = 處理
board-gaps-which-note = 選中一條後，這個問法馬上會用那一條回答。
board-gaps-learn = 就是這條
board-gaps-picked = 提問的人從「您是想問」裡點了這一條的次數
board-gaps-write = 寫一條新答案
board-gaps-field-title = 標題
board-gaps-field-answer = 答案
board-gaps-write-save = 儲存並確認草稿
board-gaps-drafts-saved = 草稿 { $id } 已確認：從現在起就用它回答工作者（尚未寫入問答包）。在本頁匯出 YAML，核對後放進 faq/*.yaml，才會長期保存。
board-gaps-live = 已在用的新答案（尚未寫入問答包）
board-gaps-live-note = 這些答案已經用來回答工作者。匯出 YAML、放進問答包後，它們就從這裡消失。
board-gaps-col-answered = 回答用的新條目
board-gaps-export = 匯出草稿（YAML）
board-gaps-handle-note = 組織者可以點「處理」：指定它是哪一條問答，或寫一條新答案。
board-error-organisers-only = 只有區裡的組織者可以處理問答缺口。
board-gaps-col-question = 問題
board-gaps-col-count = 問過幾次
board-gaps-col-evidence = 線索
board-gaps-col-action = 處理
board-gaps-col-entry = 條目
board-gaps-col-title = 標題
board-gaps-col-votes = 評價
board-gaps-learned-done = ✅ 已記下：這類問法以後會用「{ $title }」回答。
board-gaps-col-asked = 點 👎 時問的是
board-gaps-down-none = 這些 👎 背後的問題已處理（或不在列表裡）
board-gaps-page = 第 { $page }/{ $pages } 頁，共 { $total } 個問題
