## Hand-over to a colleague at shift end (QA20 #3) and a report withdrawn by its reporter (QA20 #7)

handover-btn = 👥 转给同事
handover-btn-all = 👥 全部转给同事
handover-mine-title = 📋 我签收的待办
handover-mine-counts = 共 { $n } 件（第 { $page }/{ $pages } 页）
handover-mine-empty = 您手上没有待办的工单 👍
handover-choose = 把 { $id } 转给哪位同事？
handover-choose-all = 把您手上的 { $n } 件工单全部转给哪位同事？
handover-done = ✅ 已把 { $id } 转给 { $who }
handover-done-all = ✅ 已把 { $n } 件工单转给 { $who }：
handover-left = 没有转的：
    { $list }
# One ticket not handed over, with why (the refusal's words).
handover-left-item = { $id }（{ $why }）
handover-cancelled = 已取消，工单仍在您手上。
handover-nobody = { $role ->
    [organiser] 本支部没有其他书记，没有同事可以转交。要交给别的支部办理，请用卡片上的 ↪️ 转派
   *[other] 本支部没有其他书记，没有同事可以转交
}
handover-claim-first = 只有已签收的工单可以转给同事；新工单请直接签收
handover-refused-not-holder = 只有签收人（{ $who }）或区里组织者可以转出这件工单
handover-refused-same = 已经在这位同事手上了
triage-refused-not-holder = 只有签收人或区里组织者可以转出这件工单
handover-triage = 👥 { $id } 已由 { $who } 转给 { $receiver } 接手
worker-handed-over = 您反映的问题 { $id } 已由{ $who }接手，继续办理。
ticket-event-handed-over = { $who } 转给同事 { $receiver }
ticket-worker-event-handed-over = 改由{ $receiver }接手办理

worker-btn-withdraw = ↩️ 撤回
worker-btn-withdraw-yes = ✅ 确定撤回
worker-btn-withdraw-no = 不撤回
worker-withdraw-confirm = 确定撤回 { $id } 吗？
worker-withdraw-confirm-emergency = 这是按特急处理的反映。确定没事了吗？要撤回 { $id } 吗？
worker-withdraw-confirm-hint = 撤回后支部不再处理这件事；以后有需要可以重新反映（/report）。
worker-withdraw-not-open = 这件反映已经办结或关闭了，不用撤回
worker-withdraw-kept = 好的，{ $id } 没有撤回，支部会继续处理。
worker-withdrawn = ↩️ 已撤回 { $id }，支部已收到通知。以后有需要可以重新反映（/report）。
withdrawn-triage = ↩️ { $id } 已由报告人撤回（{ $who }），无需再处理。
withdrawn-triage-held = ↩️ { $id } 已由报告人撤回（{ $who }），无需再处理。签收人 { $holder } 请知悉。
ticket-event-withdrawn = { $who } 撤回了反映
ticket-line-closed-withdrawn = 已由报告人撤回
ticket-worker-line-withdrawn = 您已撤回这件反映
# A colleague the bot cannot name (never their platform id, stop 39).
handover-receiver-unnamed = 另一位书记
ticket-actor-unnamed-secretary = { $branch }的一位书记
