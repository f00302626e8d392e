# More for a report already filed (a photo sent later, a problem told): add it to an open report, or report anew.
report-followup-ask = 您有正在辦理的反映。這些要補充進去嗎？
report-followup-ask-closed = 您的反映已經辦結了，這些不能再補充進去。要作為新的反映提交嗎？
report-followup-ask-new = 📷 收到。要把它作為問題反映給支部嗎？（多張照片可以接著發。）要問問題，請用文字寫下來。
report-followup-files = （{ $count } 個附件）
report-followup-btn-add = 📎 補充到 { $id }（{ $category }）
report-followup-btn-new = 📝 作為新的反映
report-followup-btn-drop = 不用了
report-followup-added = 📎 已補充到 { $id }，支部書記會看到。
report-followup-dropped = 好的，沒有補充。
report-followup-as-new = 📝 作為新的反映
report-followup-closed = { $id } 已經辦結，不能再補充了。可以點「作為新的反映」。
report-followup-already = 這段話已經補充到 { $id } 了。
