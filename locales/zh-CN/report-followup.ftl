# More for a report already filed (a photo sent later, a problem told): add it to an open report, or report anew.
report-followup-ask = 您有正在办理的反映。这些要补充进去吗？
report-followup-ask-closed = 您的反映已经办结了，这些不能再补充进去。要作为新的反映提交吗？
report-followup-ask-new = 📷 收到。要把它作为问题反映给支部吗？（多张照片可以接着发。）要问问题，请用文字写下来。
report-followup-files = （{ $count } 个附件）
report-followup-btn-add = 📎 补充到 { $id }（{ $category }）
report-followup-btn-new = 📝 作为新的反映
report-followup-btn-drop = 不用了
report-followup-added = 📎 已补充到 { $id }，支部书记会看到。
report-followup-dropped = 好的，没有补充。
report-followup-as-new = 📝 作为新的反映
report-followup-closed = { $id } 已经办结，不能再补充了。可以点「作为新的反映」。
report-followup-already = 这段话已经补充到 { $id } 了。
