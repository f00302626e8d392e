/**
 * What QA round 2 found in secretaries' and organisers' flows (stop 32), as they would notice it:
 * a long report read to its end in chat, 督办 deliberate and counted once, the worker told of an approved
 * extension (and the date holding after "not solved"), /ticket by its bare number, the extension picker's
 * cancel. Real Redis through the console test app.
 */
import { describe, expect, it } from 'vitest';
import { meituanTicket, useReportsApp } from './drive.js';
import { HOUR, latest, linesIn, press, T0, toasts } from './helpers.js';

const setup = useReportsApp({ bind: 'meituan' });

const tickets = () => setup.app.app.deps.store.tickets;

async function cardOf(id: string): Promise<string> {
  return (await tickets().get(id))!.card!.messageId;
}

/** New messages in a chat from here on. */
function since(chat: string): () => string[] {
  const n = setup.app.console.transcript.length;
  return () =>
    setup.app.console.transcript
      .slice(n)
      .filter((l) => l.to.chatId === chat && l.kind === 'send')
      .map((l) => l.text);
}

describe('a long report in chat', () => {
  // 3,600 characters of the problem, and the way to reach the worker at the very end.
  const long = `${'站长扣钱不给说法。'.repeat(400)}最后一句：请打我电话 13812345678 联系我`;

  it('the card stays short and offers 📄 查看详情, which gives the whole text in several messages, numbers masked', async () => {
    const id = await meituanTicket(setup.app, 'rider-long', long);
    const card = latest(setup.app, await cardOf(id))!;
    expect(card.text).toContain('卡片只显示开头');
    expect(card.text).not.toContain('最后一句');
    expect(card.choices).toContain('📄 查看详情');

    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    const shown = since('triage-meituan');
    await press(setup.app, 'triage-meituan', '查看详情', card.id);
    const said = shown();
    expect(said.length).toBeGreaterThan(1);
    for (const m of said) expect(m.length).toBeLessThan(4096);
    expect(said[0]).toContain('余下的在后面');
    expect(said.at(-1)).toContain(`${id} 正文（续`);
    const all = said.join('');
    expect(all).toContain('最后一句：请打我电话 138****5678 联系我');
    expect(all).not.toContain('13812345678');
    // Every character of the report is there: the pieces joined give the text back.
    const pieces = said.slice(1).map((m) => m.slice(m.indexOf('\n') + 1));
    const head = said[0]!.slice(said[0]!.indexOf('内容：\n') + 4, said[0]!.indexOf('…\n（正文共'));
    expect(head + pieces.join('')).toBe(long.replace('13812345678', '138****5678'));
  });
});

describe('/ticket with the bare number', () => {
  it('finds this year’s ticket with the pack’s prefix for those allowed, and nothing for others', async () => {
    const id = await meituanTicket(setup.app, 'rider-bare', '站长扣了我200块钱');
    const seq = id.split('-')[2]!;
    for (const typed of [String(Number(seq)), seq]) {
      await setup.app.type(':as sec-meituan', ':in triage-meituan', `/ticket ${typed}`);
      expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).toContain(id);
    }
    await setup.app.type(':as org-li', ':dm', `/ticket ${Number(seq)}`);
    expect(linesIn(setup.app, 'org-li').at(-1)!.text).toContain(id);
    await setup.app.type(':as sec-eleme', ':dm', `/ticket ${Number(seq)}`);
    expect(linesIn(setup.app, 'sec-eleme').at(-1)!.text).toContain('找不到编号为');
  });
});

describe('督办', () => {
  it('asks for a reason, counts once however often it is pressed within the hour, and again after', async () => {
    const id = await meituanTicket(setup.app, 'rider-esc', '站长扣了我300块钱说我超时');
    const card = await cardOf(id);
    const escalation = since('district-escalation');
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', card);
    await press(setup.app, 'triage-meituan', '督办', card);
    await setup.app.type(':reply 站点拒不退款，请区里协调');
    // The second press a moment later: refused at once, nothing asked, nothing counted.
    setup.clock.advance(60_000);
    await press(setup.app, 'triage-meituan', '督办', card);
    expect(toasts(setup.app, 'triage-meituan').at(-1)).toContain('1 分钟前已经督办过');
    expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).not.toContain('请写明要区里督促什么');
    expect(escalation().filter((m) => m.includes(`督办 ${id}`))).toHaveLength(1);
    expect(escalation().join('\n')).toContain('站点拒不退款，请区里协调');
    expect(latest(setup.app, card)!.text).toContain('已督办 1 次');
    const history = (await tickets().events(id)).filter((e) => e.type === 'escalated');
    expect(history.map((e) => e.text)).toEqual(['站点拒不退款，请区里协调']);

    // An hour later it is deliberate again.
    setup.clock.advance(HOUR);
    await press(setup.app, 'triage-meituan', '督办', card);
    await setup.app.type(':reply 还是没人管');
    expect((await tickets().get(id))!.escalations).toBe(2);
  });

  it('two answers at the same moment escalate once (the window is checked in the script)', async () => {
    const id = await meituanTicket(setup.app, 'rider-esc2', '站长扣了我100块钱');
    const actor = { by: 'console:sec-meituan', name: 'sec-meituan', role: 'secretary' };
    const rs = await Promise.all(
      [1, 2, 3].map(() => tickets().escalate(id, actor, 'meituan-yangpu', T0, '请催办', false, HOUR)),
    );
    expect(rs.filter((r) => r.ok)).toHaveLength(1);
    expect(rs.filter((r) => !r.ok).map((r) => !r.ok && r.reason)).toEqual(['recent', 'recent']);
    expect((await tickets().get(id))!.escalations).toBe(1);
  });
});

describe('an extension', () => {
  it('the picker can be left; once approved the worker is told the new date, which holds after "not solved"', async () => {
    const id = await meituanTicket(setup.app, 'rider-ext', '平台一直不给结算工资');
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', card);
    await press(setup.app, 'triage-meituan', '延期', card);
    await press(setup.app, 'triage-meituan', '取消');
    expect(linesIn(setup.app, 'triage-meituan').at(-1)!.text).toContain('已取消，没有申请延期');
    expect((await tickets().get(id))!.ext).toBeUndefined();

    const before = (await tickets().get(id))!.resolveBy;
    await press(setup.app, 'triage-meituan', '延期', card);
    await press(setup.app, 'triage-meituan', '延 3 天');
    await setup.app.type(':reply 要等平台总部回复');
    await setup.app.type(':as org-li', ':in district-escalation');
    const worker = since('rider-ext');
    await press(setup.app, 'district-escalation', '批准');
    const extended = before + 72 * HOUR;
    expect((await tickets().get(id))!.resolveBy).toBe(extended);
    const day = new Date(extended + 8 * HOUR);
    const date = `${day.getUTCMonth() + 1}月${day.getUTCDate()}日`;
    expect(worker().join('\n')).toContain(`您反映的 ${id} 办理时限已延长至 ${date}`);
    expect(worker().join('\n')).not.toContain('总部');

    // Resolved, then the worker says it is not solved: the approved date still stands.
    setup.clock.advance(HOUR);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card);
    await setup.app.type(':reply 已经联系平台');
    await setup.app.type(':as rider-ext', ':dm');
    await press(setup.app, 'rider-ext', '没解决');
    await setup.app.type('工资还是没到账');
    const t = (await tickets().get(id))!;
    expect(t.status).toBe('claimed');
    expect(t.resolveBy).toBe(extended);
    await setup.app.type(`/ticket ${id}`);
    expect(linesIn(setup.app, 'rider-ext').at(-1)!.text).toContain(date);
  });

  it('without an extension a reopened ticket gets fresh deadlines as before', async () => {
    const id = await meituanTicket(setup.app, 'rider-fresh', '站长扣了我50块');
    const card = await cardOf(id);
    await setup.app.type(':as sec-meituan', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '办结', card);
    await setup.app.type(':reply 已处理');
    setup.clock.advance(24 * HOUR);
    await setup.app.type(':as rider-fresh', ':dm');
    await press(setup.app, 'rider-fresh', '没解决');
    await setup.app.type('又扣了');
    expect((await tickets().get(id))!.resolveBy).toBe(T0 + 24 * HOUR + 168 * HOUR);
  });
});
