import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testPrefix, type TestApp } from '../../helpers/app.js';
import { clock, HOUR, linesIn, T0 } from './helpers.js';
import { bindGroups, claim, fileFrom, resolve } from './drive.js';

const DAY = 24 * HOUR;
let app: TestApp;
const c = clock();
const prefix = testPrefix();

beforeAll(async () => {
  app = await createTestApp({ now: c.now, prefix });
  await bindGroups(app);
});
afterAll(async () => app.close());
beforeEach(() => {
  c.set(T0);
  app.take();
});

const tickets = () => app.app.deps.store.tickets;
const mentions = (t: TestApp, chat: string, id: string, marker: string) =>
  linesIn(t, chat).filter((l) => l.kind === 'send' && l.text.includes(id) && l.text.includes(marker));

describe('the deadline sweep', () => {
  it('reminds the branch once, when a quarter of the response time is left, and again before the resolve deadline', async () => {
    const id = await fileFrom(app, 'rider-s1', 'riders-meituan', '今天中午超时被罚款50元，站长说不能申诉');
    // Normal urgency: respond within 24 h, so the reminder comes 6 h before, at T0 + 18 h.
    await app.app.jobs.sweep(T0 + 17 * HOUR);
    expect(mentions(app, 'triage-meituan', id, '⏰')).toHaveLength(0);

    const first = await app.app.jobs.sweep(T0 + 18 * HOUR + 60_000);
    expect(first.reminded).toEqual([{ id, deadline: 'respond' }]);
    const [reminder] = mentions(app, 'triage-meituan', id, '⏰');
    expect(reminder!.text).toContain('响应时限还有 6 小时');
    // One tap to claim from the reminder, one to open the ticket.
    expect(reminder!.choices).toEqual(['✋ 签收', '📄 查看详情']);

    const again = await app.app.jobs.sweep(T0 + 20 * HOUR);
    expect(again.reminded).toEqual([]);
    expect(mentions(app, 'triage-meituan', id, '⏰')).toHaveLength(1);
    const t = (await tickets().get(id))!;
    expect(t.flags[`remind:respond:${T0 + DAY}`]).toBe(String(T0 + 18 * HOUR + 60_000));
    expect((await tickets().events(id)).map((e) => e.type)).toContain('reminded');

    // Claimed: the next deadline is the resolution (7 days), reminded 42 h before it, once.
    c.set(T0 + 21 * HOUR);
    await claim(app, 'sec-meituan', 'triage-meituan', id);
    expect((await app.app.jobs.sweep(T0 + 125 * HOUR)).reminded).toEqual([]);
    expect((await app.app.jobs.sweep(T0 + 126 * HOUR + 60_000)).reminded).toEqual([
      { id, deadline: 'resolve' },
    ]);
    expect((await app.app.jobs.sweep(T0 + 127 * HOUR)).reminded).toEqual([]);
    const reminders = mentions(app, 'triage-meituan', id, '⏰');
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.text).toContain('办结时限还有 42 小时');
    expect(reminders[1]!.text).toContain('承办人：sec-meituan');
    // Nothing was escalated on the way.
    expect(mentions(app, 'district-escalation', id, '督办')).toHaveLength(0);
  });

  it('escalates an overdue ticket to the district escalation chat once, however often it runs', async () => {
    const id = await fileFrom(app, 'rider-s2', 'riders-meituan', '平台派单太远，超时扣钱', {
      category: '平台规则',
    });
    const before = await app.app.jobs.sweep(T0 + DAY - 60_000);
    expect(before.escalated).not.toContain(id);

    const at = T0 + DAY + 5 * 60_000;
    const first = await app.app.jobs.sweep(at);
    expect(first.escalated).toEqual([id]);
    const [card] = mentions(app, 'district-escalation', id, '督办');
    expect(card!.text).toContain('美团外卖杨浦骑手支部');
    expect(card!.text).toContain('已超过响应时限');
    expect(card!.text).toContain('系统自动督办');
    // The branch hears of it too.
    expect(mentions(app, 'triage-meituan', id, '被督办')).toHaveLength(1);

    for (const later of [at + 5 * 60_000, at + HOUR, at + 3 * DAY])
      expect((await app.app.jobs.sweep(later)).escalated).toEqual([]);
    expect(mentions(app, 'district-escalation', id, '督办')).toHaveLength(1);
    const t = (await tickets().get(id))!;
    expect(t).toMatchObject({ escalations: 1, escalatedAt: at, status: 'new' });
  });

  it('leaves a ticket escalated by hand alone, and never escalates one resolved in time', async () => {
    const handled = await fileFrom(app, 'rider-s3', 'riders-meituan', '站长克扣配送费200元', {
      category: '薪酬与罚款',
    });
    c.set(T0 + HOUR);
    await claim(app, 'sec-meituan', 'triage-meituan', handled);
    await resolve(app, 'sec-meituan', 'triage-meituan', handled);
    const report = await app.app.jobs.sweep(T0 + 10 * DAY);
    expect(report.escalated).not.toContain(handled);
    expect(mentions(app, 'district-escalation', handled, '督办')).toHaveLength(0);
  });

  it('closes a resolution the worker did not object to within the confirmation window, as solved', async () => {
    const id = await fileFrom(app, 'rider-s4', 'riders-meituan', '被罚款30元想申诉', {
      category: '薪酬与罚款',
    });
    c.set(T0 + HOUR);
    await claim(app, 'sec-meituan', 'triage-meituan', id);
    c.set(T0 + 2 * HOUR);
    await resolve(app, 'sec-meituan', 'triage-meituan', id);
    // confirmWindowDays is 3.
    expect((await app.app.jobs.sweep(T0 + 2 * HOUR + 3 * DAY - 60_000)).closed).not.toContain(id);
    expect((await app.app.jobs.sweep(T0 + 2 * HOUR + 3 * DAY + 60_000)).closed).toEqual([id]);
    expect(await tickets().get(id)).toMatchObject({ status: 'closed', closeReason: 'window', solved: true });
    expect((await app.app.jobs.sweep(T0 + 5 * DAY)).closed).toEqual([]);
  });

  it('runs once per fire when two app instances tick at the same moment, and escalates once even without the lease', async () => {
    const other = await createTestApp({ now: c.now, prefix });
    try {
      const a = await fileFrom(app, 'rider-s5', 'riders-meituan', '平台规则改了派单更远', {
        category: '平台规则',
      });
      const at = T0 + DAY + 10 * 60_000;
      const [x, y] = await Promise.all([app.app.jobs.tick(at), other.app.jobs.tick(at)]);
      // One ran it; the other found it running ('busy') or, if it came late, done.
      const outcomes = [x.sweep?.outcome, y.sweep?.outcome];
      expect(outcomes.filter((o) => o === 'ran')).toHaveLength(1);
      expect(['busy', 'done-before']).toContain(outcomes.find((o) => o !== 'ran'));
      const ran = (x.sweep?.outcome === 'ran' ? x.sweep : y.sweep) as {
        outcome: 'ran';
        result: { escalated: string[] };
      };
      expect(ran.result.escalated).toContain(a);
      const seen = [
        ...mentions(app, 'district-escalation', a, '督办'),
        ...mentions(other, 'district-escalation', a, '督办'),
      ];
      expect(seen).toHaveLength(1);
      // The same fire again, later in its slot: done before.
      expect((await other.app.jobs.tick(at + 60_000)).sweep?.outcome).toBe('done-before');

      // Without the lease (two sweeps straight at the same time) the once-only script still decides.
      const b = await fileFrom(app, 'rider-s6', 'riders-meituan', '又被平台限流了', { category: '平台规则' });
      const at2 = T0 + DAY + 20 * 60_000;
      const [r1, r2] = await Promise.all([app.app.jobs.sweep(at2), other.app.jobs.sweep(at2)]);
      expect([...r1.escalated, ...r2.escalated].filter((e) => e === b)).toEqual([b]);
      expect([
        ...mentions(app, 'district-escalation', b, '督办'),
        ...mentions(other, 'district-escalation', b, '督办'),
      ]).toHaveLength(1);
      expect((await tickets().get(b))!.escalations).toBe(1);
    } finally {
      // Shares the prefix: close without deleting the other app's keys first.
      await other.app.close();
    }
  });
});

describe('the morning digest', () => {
  it('lists each branch its overdue and nearly-due tickets, once a day, at 08:30', async () => {
    const digestPrefix = testPrefix();
    const d = await createTestApp({ now: c.now, prefix: digestPrefix });
    try {
      await bindGroups(d);
      c.set(T0); // 2026-05-12 10:00
      const late = await fileFrom(d, 'rider-d1', 'riders-meituan', '今天中午超时被罚款50元，站长说不能申诉');
      c.set(T0 + 12 * HOUR); // 22:00: due for a response at 22:00 tomorrow
      const soon = await fileFrom(d, 'rider-d2', 'riders-meituan', '平台派单太远了，天天超时', {
        category: '平台规则',
      });
      c.set(T0 + HOUR);
      const later = await fileFrom(d, 'rider-d3', 'riders-meituan', '站长扣了我200块', {
        category: '薪酬与罚款',
      });
      c.set(T0 + 2 * HOUR);
      await claim(d, 'sec-meituan', 'triage-meituan', later); // now due in 7 days
      d.take();

      // 2026-05-13 08:30 in Shanghai.
      const at = Date.UTC(2026, 4, 13, 0, 30);
      expect((await d.app.jobs.tick(at - 30 * 60_000)).digest).toBeUndefined();
      const tick = await d.app.jobs.tick(at);
      expect(tick.digest).toMatchObject({ outcome: 'ran', result: { sent: ['console:triage-meituan'] } });

      const [digest] = linesIn(d, 'triage-meituan').filter((l) => l.text.includes('早间提醒'));
      expect(digest!.text).toContain('美团外卖杨浦骑手支部');
      expect(digest!.text).toContain('待办 3 件 · 已超时 0 件 · 24 小时内到期 2 件');
      expect(digest!.text).toContain(late);
      expect(digest!.text).toContain(soon);
      expect(digest!.text).not.toContain(later);
      expect(digest!.choices).toEqual(['📋 打开待办队列']);
      // Branches with nothing open hear nothing.
      expect(linesIn(d, 'triage-eleme')).toHaveLength(0);

      // Later that morning (a second process, a retry): nothing again.
      expect((await d.app.jobs.tick(at + 30 * 60_000)).digest?.outcome).toBe('done-before');
      expect((await d.app.jobs.digest(at + 60 * 60_000)).sent).toEqual([]);

      // The next morning the first report is overdue.
      const next = await d.app.jobs.digest(at + DAY);
      expect(next.sent).toEqual(['console:triage-meituan']);
      const second = linesIn(d, 'triage-meituan')
        .filter((l) => l.text.includes('早间提醒'))
        .at(-1)!;
      const [overdue, dueSoon] = second.text.split('24 小时内到期：');
      expect(second.text).toContain('已超时 2 件');
      expect(overdue).toContain(late);
      expect(overdue).toContain('已超时 23 小时');
      expect(dueSoon ?? '').not.toContain(late);
    } finally {
      await d.close();
    }
  });
});
