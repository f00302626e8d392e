import { describe, expect, it } from 'vitest';
import type { IncomingButton } from '../../../src/core/types.js';
import { HOUR, lastTicketId, latest, linesIn, press, T0, toasts } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;
/** Texts of new messages (not edits) in a chat. */
const sentIn = (chat: string) =>
  linesIn(setup.app, chat)
    .filter((l) => l.kind === 'send')
    .map((l) => l.text);

/** A ticket filed from the Meituan riders' group (so it lands at meituan-yangpu). */
async function meituanTicket(user: string, text = '超时罚款50元不合理', anonymous = false): Promise<string> {
  await setup.app.type(`:as ${user}`, ':in riders-meituan', '/report');
  await press(setup.app, 'riders-meituan', '私下反映');
  await setup.app.type(text);
  await press(setup.app, user, '对，下一步');
  await press(setup.app, user, anonymous ? '匿名反映' : '实名反映');
  if (!anonymous) await press(setup.app, user, '同意');
  await press(setup.app, user, '提交');
  return lastTicketId(setup.app, user);
}

/** The message id of a ticket's card in its current triage chat. */
async function cardOf(id: string): Promise<{ chat: string; message: string }> {
  const t = (await tickets().get(id))!;
  return { chat: t.card!.address.chatId, message: t.card!.messageId };
}

function pressUpdate(user: string, chat: string, data: string, n: number): IncomingButton {
  return {
    type: 'button',
    updateId: `raw-${user}-${n}-${Math.random()}`,
    chat: { address: { channel: 'console', chatId: chat }, kind: 'group' },
    from: { channel: 'console', id: user, name: user },
    data,
    pressId: `p-${n}`,
  };
}

describe('triage: the card and its actions', () => {
  it('two secretaries claim at once: one owner, the other is told who has it', async () => {
    const id = await meituanTicket('rider-1');
    const [a, b] = await Promise.all([
      setup.app.app.core.handle(pressUpdate('sec-meituan', 'triage-meituan', `tk:claim:${id}`, 1)),
      setup.app.app.core.handle(pressUpdate('sec-meituan-2', 'triage-meituan', `tk:claim:${id}`, 2)),
    ]);
    expect([a, b]).toEqual([undefined, undefined]);
    const t = (await tickets().get(id))!;
    expect(['console:sec-meituan', 'console:sec-meituan-2']).toContain(t.owner);
    const loser = t.owner === 'console:sec-meituan' ? 'sec-meituan-2' : 'sec-meituan';
    expect(toasts(setup.app, 'triage-meituan').join('\n')).toContain(`已由 ${t.owner!.split(':')[1]} 签收`);
    expect(loser).toBeTruthy();
    // The worker was told once; the card shows the owner.
    expect(linesIn(setup.app, 'rider-1').filter((l) => l.text.includes(`${id} 已由`)).length).toBe(1);
    const card = await cardOf(id);
    expect(latest(setup.app, card.message)!.text).toContain('办理中');
    expect((await tickets().events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
  });

  it('refuses and logs a press from someone who is not a secretary of the branch (forged or replayed)', async () => {
    const id = await meituanTicket('rider-2');
    for (const who of ['rider-2', 'sec-eleme', 'random-person']) {
      await setup.app.app.core.handle(pressUpdate(who, 'triage-meituan', `tk:claim:${id}`, 3));
      await setup.app.app.core.handle(pressUpdate(who, 'triage-meituan', `tk:rs:${id}`, 4));
    }
    expect(
      toasts(setup.app, 'triage-meituan')
        .slice(-6)
        .every((t) => t.includes('需要相应权限')),
    ).toBe(true);
    const t = (await tickets().get(id))!;
    expect(t.status).toBe('new');
    expect((await tickets().events(id)).map((e) => e.type)).toEqual(['created']);
    // An organiser may act on any branch.
    await setup.app.app.core.handle(pressUpdate('org-li', 'triage-meituan', `tk:claim:${id}`, 5));
    expect((await tickets().get(id))!.owner).toBe('console:org-li');
  });

  it('a press for a ticket that does not exist is refused without a crash', async () => {
    await setup.app.app.core.handle(
      pressUpdate('sec-meituan', 'triage-meituan', 'tk:claim:JN-2026-999999', 6),
    );
    await setup.app.app.core.handle(pressUpdate('sec-meituan', 'triage-meituan', 'tk:claim:', 7));
    await setup.app.app.core.handle(pressUpdate('rider-1', 'rider-1', 'tw:r:JN-1999-000001:5', 8));
    const said = toasts(setup.app, 'triage-meituan').slice(-2).concat(toasts(setup.app, 'rider-1').slice(-1));
    expect(said.every((t) => t.includes('找不到这个问题'))).toBe(true);
  });

  it('ask relays the question and the answer; anonymity holds both ways', async () => {
    const id = await meituanTicket('rider-3', '站长天天骂人，还扣钱', true);
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '询问', card.message);
    await setup.app.type(':reply 哪天的事？有录音吗？');
    const question = linesIn(setup.app, 'rider-3').at(-1)!.text;
    expect(question).toContain('支部书记想了解');
    expect(question).not.toContain('sec-meituan');
    expect((await tickets().get(id))!.status).toBe('waiting');

    await setup.app.type(':as rider-3', ':dm', '昨天下午，有录音');
    expect(linesIn(setup.app, 'rider-3').at(-1)!.text).toContain('对方仍看不到您的身份');
    const relayed = linesIn(setup.app, 'triage-meituan')
      .filter((l) => l.text.includes('回复'))
      .at(-1)!.text;
    expect(relayed).toContain('报告人回复');
    expect(relayed).toContain('昨天下午，有录音');
    expect(relayed).not.toContain('rider-3');
    expect(latest(setup.app, card.message)!.text).not.toContain('rider-3');
    expect((await tickets().get(id))!.status).toBe('claimed');
  });

  it('resolve asks for a note; the worker confirms, rates once, and a second rating changes nothing', async () => {
    const id = await meituanTicket('rider-4');
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', card.message);
    await press(setup.app, 'triage-meituan', '办结', card.message);
    expect(setup.app.console.transcript.at(-1)!.card.forceReply).toBe(true);
    await setup.app.type(':reply 已与站点沟通，罚款已退回');
    expect((await tickets().get(id))!.status).toBe('resolved');
    const resolved = linesIn(setup.app, 'rider-4').at(-1)!;
    expect(resolved.text).toContain('罚款已退回');
    expect(resolved.choices).toEqual(['✅ 解决了', '❌ 没解决']);

    await setup.app.type(':as rider-4', ':dm');
    await press(setup.app, 'rider-4', '解决了');
    // The resolution stays in the chat, confirmed (QA8); the rating is asked in a new message.
    expect(latest(setup.app, resolved.id)!.text).toContain('罚款已退回');
    const rating = linesIn(setup.app, 'rider-4').at(-1)!;
    expect(rating.choices).toContain('4★');
    await press(setup.app, 'rider-4', '4★');
    // A second rating: a replayed press, and the old buttons.
    const stale = latest(setup.app, rating.id)!;
    expect(stale.text).toContain('★★★★☆');
    await setup.app.app.core.handle({
      ...pressUpdate('rider-4', 'rider-4', `tw:r:${id}:1`, 9),
      chat: { address: { channel: 'console', chatId: 'rider-4' }, kind: 'private' },
    });
    expect(toasts(setup.app, 'rider-4').at(-1)).toContain('已经评过分');
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ status: 'closed', solved: true, closeReason: 'confirmed', rating: 4 });
    expect((await tickets().events(id)).filter((e) => e.type === 'rated')).toHaveLength(1);
    expect(latest(setup.app, card.message)!.text).toContain('评价：★★★★☆');
  });

  it('"not solved" reopens the ticket at the same branch with the worker\'s comment — also after close', async () => {
    const id = await meituanTicket('rider-5');
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card.message);
    await setup.app.type(':reply 已处理');
    await setup.app.type(':as rider-5', ':dm');
    const resolution = linesIn(setup.app, 'rider-5').at(-1)!.id;
    await press(setup.app, 'rider-5', '解决了');
    expect((await tickets().get(id))!.status).toBe('closed');
    const toldBefore = linesIn(setup.app, 'rider-5').length;
    // Two days later the fine is back: the worker says it is not solved after all.
    setup.clock.advance(48 * HOUR);
    await setup.app.app.core.handle({
      ...pressUpdate('rider-5', 'rider-5', `tw:no:${id}`, 10),
      chat: { address: { channel: 'console', chatId: 'rider-5' }, kind: 'private' },
    });
    expect(linesIn(setup.app, 'rider-5').at(-1)!.text).toContain('还有什么没解决');
    await setup.app.type('罚款又扣回来了');
    expect(linesIn(setup.app, 'rider-5').at(-1)!.text).toContain('已重新提交');
    const t = (await tickets().get(id))!;
    // Back with the secretary who had it: still claimed, so nobody re-claims and the worker hears no second 签收.
    expect(t).toMatchObject({
      status: 'claimed',
      branch: 'meituan-yangpu',
      reopens: 1,
      owner: 'console:sec-meituan',
    });
    expect(t.resolveBy).toBe(T0 + 48 * HOUR + 168 * HOUR);
    expect((await tickets().queue('meituan-yangpu', 0, 100)).map((x) => x.id)).toContain(id);
    expect(sentIn('triage-meituan').at(-1)).toContain('罚款又扣回来了');
    expect(latest(setup.app, card.message)!.text).toContain('办理中');
    expect(
      linesIn(setup.app, 'rider-5')
        .slice(toldBefore)
        .filter((l) => l.text.includes('签收')),
    ).toHaveLength(0);
    expect(resolution).toBeTruthy();
    // Past the confirmation window it cannot be reopened.
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card.message);
    await setup.app.type(':reply 再次处理');
    setup.clock.advance(4 * 24 * HOUR);
    await setup.app.type(':as rider-5', ':dm');
    await press(setup.app, 'rider-5', '没解决');
    await setup.app.type('还是不行');
    expect(linesIn(setup.app, 'rider-5').at(-1)!.text).toContain('已超过 3 天的确认期');
    expect((await tickets().get(id))!.status).toBe('resolved');
  });

  it('transfer: choose a branch and a reason; the card moves, the old one says where', async () => {
    const id = await meituanTicket('rider-6', '饿了么的站点扣我钱');
    const old = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '转派', old.message);
    await press(setup.app, 'triage-meituan', '饿了么');
    await setup.app.type(':reply 是饿了么的单');
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ branch: 'eleme-yangpu', status: 'new', transfers: 1 });
    // …and by whom (the placeholder was once shown as written: "（{$who}）").
    expect(latest(setup.app, old.message)!.text).toContain('已转派至 饿了么杨浦骑手支部（sec-meituan）');
    expect(latest(setup.app, old.message)!.choices).toEqual([]);
    const moved = await cardOf(id);
    expect(moved.chat).toBe('triage-eleme');
    expect(latest(setup.app, moved.message)!.text).toContain('已转派 1 次');
    expect(linesIn(setup.app, 'rider-6').at(-1)!.text).toContain('已转交 饿了么杨浦骑手支部');
    // The old branch can no longer act on it.
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', old.message).catch(() => undefined);
    await setup.app.app.core.handle(pressUpdate('sec-meituan', 'triage-meituan', `tk:claim:${id}`, 11));
    expect(toasts(setup.app, 'triage-meituan').at(-1)).toContain('需要相应权限');
  });

  it('return twice goes to the district, never back and forth; the district cannot return', async () => {
    const id = await meituanTicket('rider-7', '国定路井盖没了');
    expect((await tickets().get(id))!.branch).toBe('street-wujiaochang');
    await setup.app.type(':as sec-wujiaochang', ':in triage-wujiaochang');
    await press(setup.app, 'triage-wujiaochang', '退单', (await cardOf(id)).message);
    await setup.app.type(':reply 这段路归区里管');
    // First return: the router's fallback is the origin branch.
    expect((await tickets().get(id))!.branch).toBe('meituan-yangpu');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '退单', (await cardOf(id)).message);
    await setup.app.type(':reply 不是骑手站点的事');
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ branch: 'district-yangpu', returns: 2 });
    expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).toContain('杨浦区新就业群体党委');
    await setup.app.type(':as sec-district', ':in triage-district');
    await setup.app.app.core.handle(pressUpdate('sec-district', 'triage-district', `tk:rt:${id}`, 12));
    expect(toasts(setup.app, 'triage-district').at(-1)).toContain('不能退单');
    // A return needs a reason.
    const id2 = await meituanTicket('rider-8');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '退单', (await cardOf(id2)).message);
    await setup.app.type(':reply 🙂');
    expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).toContain('请用文字');
    expect((await tickets().get(id2))!.branch).toBe('meituan-yangpu');
    await setup.app.type(':reply 不归我们');
    expect((await tickets().get(id2))!.branch).toBe('district-yangpu');
  });

  it('extension: a new deadline and a reason; an organiser approves with one tap', async () => {
    const id = await meituanTicket('rider-9');
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    // Not offered before a claim; a forged press is refused.
    expect(latest(setup.app, card.message)!.choices.join()).not.toContain('延期');
    await setup.app.app.core.handle(pressUpdate('sec-meituan', 'triage-meituan', `tk:ex:${id}`, 15));
    expect(toasts(setup.app, 'triage-meituan').at(-1)).toContain('先签收');
    await press(setup.app, 'triage-meituan', '签收', card.message);
    await press(setup.app, 'triage-meituan', '延期', card.message);
    await press(setup.app, 'triage-meituan', '延 3 天');
    await setup.app.type(':reply 要等平台总部回复');
    const before = (await tickets().get(id))!;
    expect(before.ext).toMatchObject({ until: T0 + 168 * HOUR + 72 * HOUR, reason: '要等平台总部回复' });
    const request = linesIn(setup.app, 'district-escalation').at(-1)!;
    expect(request.text).toContain('延期申请');
    expect(request.choices).toEqual(['✅ 批准', '❌ 驳回']);
    // A secretary cannot approve their own request.
    await setup.app.type(':as sec-meituan', ':in district-escalation');
    await press(setup.app, 'district-escalation', '批准');
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('需要相应权限');
    await setup.app.type(':as org-li');
    await press(setup.app, 'district-escalation', '批准');
    const after = (await tickets().get(id))!;
    expect(after).toMatchObject({ resolveBy: T0 + 240 * HOUR, extensions: 1, ext: undefined });
    expect(latest(setup.app, request.id)!.text).toContain('已批准');
    expect(sentIn('triage-meituan').at(-1)).toContain('延期申请已批准');
    // The same approval again (the old button): nothing pending.
    await press(setup.app, 'district-escalation', '批准', request.id).catch(() => undefined);
    await setup.app.app.core.handle(pressUpdate('org-li', 'district-escalation', `tk:xa:${id}`, 13));
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('没有待审批');
  });

  it('escalate (督办) asks for a reason, posts to the district escalation chat and marks the card', async () => {
    const id = await meituanTicket('rider-10');
    const card = await cardOf(id);
    await setup.app.type(':as org-zhang', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '督办', card.message);
    expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).toContain('请写明要区里督促什么');
    expect((await tickets().get(id))!.escalations).toBe(0);
    await setup.app.type(':reply 站点两天没回话，请区里催一下');
    expect(linesIn(setup.app, 'district-escalation').at(-1)!.text).toContain(`督办 ${id}`);
    expect(linesIn(setup.app, 'district-escalation').at(-1)!.text).toContain('站点两天没回话');
    expect(latest(setup.app, card.message)!.text).toContain('已督办 1 次');
    expect(
      linesIn(setup.app, 'triage-meituan').some((l) => l.kind === 'send' && l.text.includes(`${id} 被督办`)),
    ).toBe(true);
  });
});

describe('/queue and /ticket', () => {
  it('a secretary pages through their branch by priority; an organiser sees the district', async () => {
    // A fresh branch queue: emergencies first, then by deadline.
    const normal = await meituanTicket('rider-40', '配送费降了，单价太低');
    const emergency = await meituanTicket('rider-41', '被顾客打了，头在流血');
    await setup.app.type(':as sec-meituan', ':dm', '/queue');
    const page = linesIn(setup.app, 'sec-meituan').at(-1)!;
    expect(page.text).toContain('美团外卖杨浦骑手支部');
    expect(page.text.indexOf(emergency)).toBeLessThan(page.text.indexOf(normal));
    const open = (await tickets().queueCounts('meituan-yangpu', T0)).open;
    expect(page.text).toContain(`待办 ${open}`);
    if (open > 8) {
      await press(setup.app, 'sec-meituan', '下一页');
      expect(latest(setup.app, page.id)!.text).toContain('第 2/');
    }
    // Open one from the queue: the full view with history.
    await setup.app.app.core.handle({
      ...pressUpdate('sec-meituan', 'sec-meituan', `tk:view:${emergency}`, 14),
      chat: { address: { channel: 'console', chatId: 'sec-meituan' }, kind: 'private' },
    });
    expect(linesIn(setup.app, 'sec-meituan').at(-1)!.text).toContain('办理记录');

    await setup.app.type(':as org-li', ':dm', '/queue');
    const overview = linesIn(setup.app, 'org-li').at(-1)!;
    expect(overview.text).toContain('全区待办问题');
    expect(overview.text).toMatch(/美团外卖杨浦骑手支部：待办 \d+ · 超时 \d+/);
    await press(setup.app, 'org-li', '饿了么');
    expect(latest(setup.app, overview.id)!.text).toContain('饿了么杨浦骑手支部 · 待办问题');

    // Overdue: two days later everything unclaimed at meituan is past its respond deadline.
    setup.clock.advance(48 * HOUR);
    await setup.app.type(':as sec-meituan', ':dm', '/queue');
    expect(linesIn(setup.app, 'sec-meituan').at(-1)!.text).toContain('⏰ 已超时');

    // Not for workers, not for another branch's secretary, not in a workers' group.
    await setup.app.type(':as rider-40', ':dm', '/queue');
    expect(linesIn(setup.app, 'rider-40').at(-1)!.text).toContain('需要相应权限');
    await setup.app.type(':as sec-eleme', ':dm', '/queue meituan-yangpu');
    expect(linesIn(setup.app, 'sec-eleme').at(-1)!.text).toContain('需要相应权限');
    await setup.app.type(':as sec-meituan', ':in riders-meituan', '/queue');
    expect(linesIn(setup.app, 'riders-meituan').at(-1)!.text).toContain('私聊');
  });

  it('/ticket shows one ticket with its history to those allowed, and nothing to others', async () => {
    const id = await meituanTicket('rider-42', '站点不给休息，一直派单');
    await setup.app.type(':as sec-meituan', ':dm', `/ticket ${id.toLowerCase()}`);
    const view = linesIn(setup.app, 'sec-meituan').at(-1)!.text;
    expect(view).toContain('办理记录');
    expect(view).toContain('提交反映');
    await setup.app.type(':as sec-eleme', ':dm', `/ticket ${id}`);
    expect(linesIn(setup.app, 'sec-eleme').at(-1)!.text).toContain('无权查看');
    await setup.app.type(':as rider-99', ':dm', `/ticket ${id}`);
    expect(linesIn(setup.app, 'rider-99').at(-1)!.text).toContain('无权查看');
    // The reporter sees their own, as a worker.
    await setup.app.type(':as rider-42', ':dm', `/ticket ${id}`);
    const own = linesIn(setup.app, 'rider-42').at(-1)!.text;
    expect(own).toContain('经过');
    // In plain words (QA22 #1): where it stands, who looks after it, when to expect an answer — no office terms.
    expect(own).toContain('已收到，等支部接手');
    expect(own).toContain('由 美团外卖杨浦骑手支部 负责');
    expect(own).toMatch(/预计 .+ 前给您答复/);
    for (const jargon of ['待签收', '承办', '办结', '办理记录']) expect(own).not.toContain(jargon);
    // The secretary's card keeps the branch's terms.
    expect(view).toContain('待签收');
    expect(view).toContain('承办');
    await setup.app.type('/ticket', '/ticket <b>&');
    expect(
      linesIn(setup.app, 'rider-42')
        .slice(-2)
        .map((l) => l.text),
    ).toEqual([expect.stringContaining('用法'), expect.stringContaining('<b>&')]);
  });
});

describe('reports in other languages', () => {
  it('an English-speaking worker gets English; the triage chat stays in its own language', async () => {
    await setup.app.type(
      ':as rider-en en',
      ':dm',
      '/report',
      'I was fined for being late, it was not my fault',
    );
    expect(linesIn(setup.app, 'rider-en').at(-1)!.text).toContain('I understand this is about');
    await press(setup.app, 'rider-en', 'Yes, next');
    await press(setup.app, 'rider-en', 'Anonymously');
    await press(setup.app, 'rider-en', 'Submit');
    const receipt = linesIn(setup.app, 'rider-en')
      .filter((l) => l.text.includes('Received:'))
      .at(-1)!.text;
    expect(receipt).toMatch(/Received: JN-2026-\d{6}/);
    const id = /JN-2026-\d{6}/.exec(receipt)![0];
    const card = setup.app.console.transcript
      .filter((l) => l.to.chatId.startsWith('triage') && l.text.includes(id))
      .at(-1)!.text;
    expect(card).toContain('待签收');
  });
});
