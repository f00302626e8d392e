/**
 * Danger told later raises the ticket: a worker's reply to the branch (or "not solved" comment) that tells
 * of acute danger to a person now makes the ticket an emergency — urgency, deadlines and queue place in
 * the same script as the words — and the triage chat is told. Seen as the secretary sees it: the card,
 * the notice, /queue order, /stats.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, HOUR, latest, linesIn, press, T0 } from './helpers.js';
import { fileFrom } from './drive.js';

let app: TestApp;
const c = clock();
beforeAll(async () => {
  c.set(T0);
  app = await createTestApp({ now: c.now });
  await app.type(':as org-li', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
});
afterAll(async () => app.close());

const tickets = () => app.app.deps.store.tickets;
const DANGER = '站长拿刀把他捅了，流了很多血，人叫不醒';

/** A ticket filed anonymously from the Meituan riders' group, so it lands in meituan-yangpu's queue. */
const meituanTicket = (user: string, text: string) =>
  fileFrom(app, user, 'riders-meituan', text, { anonymous: true });

/** The secretary asks the reporter a question from the ticket's card. */
async function ask(id: string, question: string): Promise<void> {
  const t = (await tickets().get(id))!;
  await app.type(':as sec-meituan', ':in triage-meituan');
  await press(app, 'triage-meituan', '询问', t.card!.messageId);
  await app.type(`:reply ${question}`);
}

const sentIn = (chat: string) =>
  linesIn(app, chat)
    .filter((l) => l.kind === 'send')
    .map((l) => l.text);

async function queueText(): Promise<string> {
  await app.type(':as sec-meituan', ':dm', '/queue');
  return linesIn(app, 'sec-meituan').at(-1)!.text;
}

describe('danger told in a reply to the branch', () => {
  let calm: string;
  let hurt: string;

  it('before: two ordinary tickets, the older first in the queue', async () => {
    calm = await meituanTicket('rider-ra', '配送费降了，单价太低');
    c.advance(HOUR);
    hurt = await meituanTicket('rider-rb', '超时罚款50元不合理');
    expect((await tickets().get(calm))!.urgency).toBe('normal');
    expect((await tickets().get(hurt))!.urgency).toBe('normal');
    await ask(hurt, '现在怎么样了？');
    const q = await queueText();
    expect(q.indexOf(calm)).toBeLessThan(q.indexOf(hurt));
  });

  it('the reply makes the ticket an emergency: numbers for the worker, card and notice for the secretary', async () => {
    c.set(T0 + 2 * HOUR);
    const before = (await tickets().get(hurt))!;
    await app.type(':as rider-rb', ':dm', DANGER);
    const worker = linesIn(app, 'rider-rb')
      .map((l) => l.text)
      .join('\n');
    expect(worker).toContain('如有人受伤或有危险，请立即拨打');
    expect(worker).toContain('已按特急处理');

    const t = (await tickets().get(hurt))!;
    expect(t.urgency).toBe('emergency');
    // Claimed (the question took it): the resolve-by is what is due, now the emergency one from now.
    expect(t.resolveBy).toBe(T0 + 2 * HOUR + 24 * HOUR);
    expect(t.resolveBy).toBeLessThan(before.resolveBy);
    expect(t.dueAt).toBe(t.resolveBy);

    // The words reach the chat, then the notice; the card reads 特急.
    const said = sentIn('triage-meituan');
    const relayed = said.findIndex((s) => s.includes('流了很多血'));
    const notice = said.findIndex((s) => s.includes(`${hurt} 已升级为紧急`));
    expect(relayed).toBeGreaterThanOrEqual(0);
    expect(notice).toBeGreaterThan(relayed);
    expect(said[notice]).toContain('🔴 特急');
    expect(latest(app, t.card!.messageId)!.text).toContain('🔴 特急');

    // The secretary's own view says so too, with the event in the history.
    await app.type(':as sec-meituan', ':dm', `/ticket ${hurt}`);
    const view = linesIn(app, 'sec-meituan').at(-1)!.text;
    expect(view).toContain('🔴 特急');
    expect(view).toContain('升级为特急');
  });

  it('/queue puts it first, ahead of the older ordinary ticket', async () => {
    const q = await queueText();
    expect(q.indexOf(hurt)).toBeLessThan(q.indexOf(calm));
    expect(q.slice(q.indexOf(hurt) - 3, q.indexOf(hurt))).toContain('🔴');
  });

  it('a repeat changes nothing: no second notice, the same deadlines', async () => {
    c.set(T0 + 3 * HOUR);
    const before = (await tickets().get(hurt))!;
    const notices = () => sentIn('triage-meituan').filter((s) => s.includes('已升级为紧急')).length;
    const n = notices();
    await app.type(':as rider-rb', ':dm', '/mytickets');
    await press(app, 'rider-rb', hurt);
    await press(app, 'rider-rb', '回复');
    await app.type('他还在流血，人叫不醒');
    const after = (await tickets().get(hurt))!;
    expect(after.urgency).toBe('emergency');
    expect(after.resolveBy).toBe(before.resolveBy);
    expect(notices()).toBe(n);
    expect((await tickets().events(hurt)).filter((e) => e.type === 'raised')).toHaveLength(1);
    // The worker is not shown the numbers again for a ticket already handled as an emergency.
    expect(linesIn(app, 'rider-rb').at(-1)!.text).not.toContain('已按特急处理');
  });

  it('/stats counts it against the emergency deadline', async () => {
    // 30 hours in: the raised ticket's resolve-by (26 h) has passed; the ordinary one's (168 h) has not.
    c.set(T0 + 30 * HOUR);
    app.take();
    await app.type(':as sec-meituan', ':dm', '/stats');
    const card = app.take().join('\n');
    expect(card).toContain('受理 2 件');
    expect(card).toContain('办结率 0%（已办结 0/1 件已到办结时限或已办结）');
  });

  it('words without danger leave the urgency as it was', async () => {
    c.set(T0 + 31 * HOUR);
    await ask(calm, '是哪一单？');
    const before = (await tickets().get(calm))!;
    await app.type(':as rider-ra', ':dm', '是昨天中午那一单，少了两块钱');
    const t = (await tickets().get(calm))!;
    expect(t.urgency).toBe(before.urgency);
    expect(t.resolveBy).toBe(before.resolveBy);
    expect((await tickets().events(calm)).some((e) => e.type === 'raised')).toBe(false);
  });
});

describe('danger told in a "not solved" comment', () => {
  it('reopens the ticket as an emergency with emergency deadlines', async () => {
    c.set(T0 + 40 * HOUR);
    const id = await meituanTicket('rider-rc', '驿站的热水器坏了');
    const t0 = (await tickets().get(id))!;
    expect(t0.urgency).toBe('normal');
    // Wherever the router sent it: that branch's secretary resolves it from its card.
    const chat = t0.card!.address.chatId;
    await app.type(`:as sec-${chat.replace('triage-', '')}`, `:in ${chat}`);
    await press(app, chat, '办结', t0.card!.messageId);
    await app.type(':reply 已经联系维修');
    c.advance(HOUR);
    await app.type(':as rider-rc', ':dm');
    await press(app, 'rider-rc', '没解决');
    await app.type('热水器漏电，工友被电倒了，叫不醒');
    expect(
      linesIn(app, 'rider-rc')
        .map((l) => l.text)
        .join('\n'),
    ).toContain('请立即拨打');
    const now = T0 + 41 * HOUR;
    const t = (await tickets().get(id))!;
    expect(t.status).not.toBe('resolved');
    expect(t.urgency).toBe('emergency');
    expect(t.resolveBy).toBe(now + 24 * HOUR);
    expect(sentIn(chat).some((s) => s.includes(`${id} 已升级为紧急`))).toBe(true);
  });
});
