## The board's gaps page: "this is entry X", "write an answer", YAML export (organisers only)

board-gaps-act = 处理
board-gaps-which-note = 选中一条后，这个问法马上会用那一条回答。
board-gaps-learn = 就是这条
board-gaps-picked = 提问的人从“您是想问”里点了这一条的次数
board-gaps-write = 写一条新答案
board-gaps-field-title = 标题
board-gaps-field-answer = 答案
board-gaps-write-save = 保存并确认草稿
board-gaps-drafts-saved = 草稿 { $id } 已确认：从现在起就用它回答工人（尚未写入问答包）。在本页导出 YAML，核对后放进 faq/*.yaml，才会长期保存。
board-gaps-live = 已在用的新答案（尚未写入问答包）
board-gaps-live-note = 这些答案已经用来回答工人。导出 YAML、放进问答包后，它们就从这里消失。
board-gaps-col-answered = 回答用的新条目
board-gaps-export = 导出草稿（YAML）
board-gaps-handle-note = 组织者可以点「处理」：指定它是哪一条问答，或写一条新答案。
board-error-organisers-only = 只有区里的组织者可以处理问答缺口。
board-gaps-col-question = 问题
board-gaps-col-count = 问过几次
board-gaps-col-evidence = 线索
board-gaps-col-action = 处理
board-gaps-col-entry = 条目
board-gaps-col-title = 标题
board-gaps-col-votes = 评价
board-gaps-learned-done = ✅ 已记下：这类问法以后会用「{ $title }」回答。
board-gaps-col-asked = 点 👎 时问的是
board-gaps-down-none = 这些 👎 背后的问题已处理（或不在列表里）
board-gaps-page = 第 { $page }/{ $pages } 页，共 { $total } 个问题
