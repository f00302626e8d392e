/**
 * What QA found on the staff side and was left at stop 32, as secretaries and organisers would notice it (stop 33):
 * a slip of a reply in a triage chat gets a hint, not silence; an extension decided on the board closes the chat's
 * request card. Real Redis through the console test app.
 */
import { describe, expect, it } from 'vitest';
import { staffAction } from '../../../src/core/reports/actions.js';
import { lastTicketId, latest, linesIn, press, toasts } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: true });

const tickets = () => setup.app.app.deps.store.tickets;

async function ticketFrom(group: string, user: string, text: string): Promise<string> {
  await setup.app.type(`:as ${user} zh-CN`, `:in ${group}`, '/report');
  await press(setup.app, group, '私下反映');
  await setup.app.type(text);
  await press(setup.app, user, '对，下一步');
  await press(setup.app, user, '匿名反映');
  await press(setup.app, user, '提交');
  return lastTicketId(setup.app, user);
}

/** New messages the bot sent to a chat from here on. */
function since(chat: string): () => string[] {
  const n = setup.app.console.transcript.length;
  return () =>
    setup.app.console.transcript
      .slice(n)
      .filter((l) => l.to.chatId === chat && l.kind === 'send')
      .map((l) => l.text);
}

describe('a reply in a triage chat to a message that is not a ticket card (QA round 2, #10)', () => {
  it('under /queue gets a hint on how to answer a ticket', async () => {
    await ticketFrom('riders-meituan', 'rider-q1', '站长扣了我两百块说我超时');
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan', '/queue');
    const after = since('triage-meituan');
    await setup.app.type(':reply 你好，请把订单号发我');
    const [hint] = after();
    expect(hint).toContain('不会转给任何人');
    expect(hint).toContain('询问');
  });

  it("under a ticket's card stays quiet (staff talking about the ticket)", async () => {
    const id = await ticketFrom('riders-meituan', 'rider-q2', '站长又扣了我一百块 说我送餐超时');
    const card = (await tickets().get(id))!.card!;
    expect(card.address.chatId).toBe('triage-meituan');
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    const after = since('triage-meituan');
    await setup.app.console.input(':reply 这个我来跟');
    // `:reply` answers the chat's last message; make sure it was the card.
    expect(setup.app.console.transcript.filter((l) => l.to.chatId === 'triage-meituan').at(-1)?.id).toBe(
      card.messageId,
    );
    expect(after()).toEqual([]);
  });

  it("never in a workers' group", async () => {
    await setup.app.type(':as sec-meituan zh-CN', ':in riders-meituan', '/report');
    const after = since('riders-meituan');
    await setup.app.type(':reply 你好');
    expect(after().join('\n')).not.toContain('不会转给任何人');
  });
});

describe('an extension decided on the board (QA round 3)', () => {
  it("takes the escalation chat card's buttons away, says who decided, and a stale press decides nothing", async () => {
    const id = await ticketFrom('riders-meituan', 'rider-x3', '平台一直不给结算工资 站长也不管');
    const card = (await tickets().get(id))!.card!.messageId;
    await setup.app.type(':as sec-meituan zh-CN', ':in triage-meituan');
    await press(setup.app, 'triage-meituan', '签收', card);
    await press(setup.app, 'triage-meituan', '延期', card);
    await press(setup.app, 'triage-meituan', '延 3 天');
    await setup.app.type(':reply 要等平台总部回复');
    const request = linesIn(setup.app, 'district-escalation')
      .filter((l) => l.text.includes(`${id}`))
      .at(-1)!;
    expect(request.choices.join(' ')).toContain('批准');
    const buttons = request.card.buttons!.flat();

    // org-zhang approves on the board: the same call the board makes.
    const ext = (await tickets().get(id))!.ext!;
    const r = await staffAction(
      setup.app.app.deps,
      setup.app.app.reports.kit,
      {
        actor: { by: 'console:org-zhang', name: 'org-zhang', role: 'organiser' },
        isOrganiser: true,
        secretaryOf: [],
      },
      id,
      { kind: 'decide', approve: true, request: ext.at },
    );
    expect(r.ok).toBe(true);
    const now = latest(setup.app, request.id)!;
    expect(now.choices).toEqual([]);
    expect(now.text).toContain(`已批准 ${id} 的延期（org-zhang）`);

    // Another organiser's chat still showed the old buttons: pressing one is answered, and decides nothing.
    const resolveBy = (await tickets().get(id))!.resolveBy;
    const events = (await tickets().events(id)).length;
    const refuse = buttons.find((b) => 'data' in b && b.label.includes('驳回'))!;
    await setup.app.app.core.handle({
      type: 'button',
      updateId: 'stale-press-1',
      chat: { address: request.to, kind: 'group', title: '督办群' },
      from: { channel: 'console', id: 'org-li', name: 'org-li', languageCode: 'zh-CN' },
      data: 'data' in refuse ? refuse.data : '',
      message: { address: request.to, messageId: request.id },
      pressId: 'stale-1',
    });
    expect(toasts(setup.app, 'district-escalation').at(-1)).toContain('已经处理过了');
    expect((await tickets().get(id))!.resolveBy).toBe(resolveBy);
    expect((await tickets().events(id)).length).toBe(events);
  });
});

describe('a branch that returned a ticket (QA round 2, #7)', () => {
  const records = (csv: string) => {
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
  };

  it('sees the return in /stats and /export; the district counts the ticket once', async () => {
    const id = await ticketFrom('riders-eleme', 'rider-r1', '饿了么站长扣了我三百块 说我超时');
    expect((await tickets().get(id))!.branch).toBe('eleme-yangpu');
    await setup.app.type(':as sec-eleme zh-CN', ':in triage-eleme');
    const card = (await tickets().get(id))!.card!.messageId;
    await press(setup.app, 'triage-eleme', '签收', card);
    await press(setup.app, 'triage-eleme', '退单', card);
    await setup.app.type(':reply 这是平台规则的事，请区里协调');
    expect((await tickets().get(id))!.branch).not.toBe('eleme-yangpu');

    await setup.app.type(':dm', '/stats');
    const stats = setup.app.take().at(-1)!;
    expect(stats).not.toContain('没有收到反映');
    expect(stats).toContain('没有留在本单位的反映');
    expect(stats).toContain('退单 1 件');

    const before = setup.app.console.transcript.length;
    await setup.app.type('/export');
    const summary = setup.app.console.transcript
      .slice(before)
      .map((l) => l.card.file)
      .find((f) => f?.name.endsWith('-branches.csv'))!;
    const [eleme] = records(summary.data.toString('utf8'));
    expect(eleme).toMatchObject({ branch: 'eleme-yangpu', received: '0', returned_elsewhere: '1' });

    // The district: the ticket once, in the branch that has it now; the return named on its own line.
    await setup.app.type(':as org-li zh-CN', ':dm', '/stats');
    const district = setup.app.take().at(-1)!;
    const received = (await tickets().createdBetween(0, Date.now() * 2, 0, 100)).length;
    expect(district).toContain(`受理 ${received} 件`);
    expect(district).toMatch(/饿了么[^\n]*退单 1 件/);
    expect(district).not.toMatch(/饿了么[^\n]*受理 1/);
  });
});
