import { describe, expect, it } from 'vitest';
import type { Actor, NewTicket } from '../../src/core/ports/tickets.js';
import { useTestStore } from '../helpers/app.js';

const db = useTestStore();
const H = 3_600_000;
const T0 = Date.UTC(2026, 4, 12, 2, 0, 0);

let drafts = 0;
function draft(over: Partial<NewTicket> = {}): NewTicket {
  return {
    draft: `d${++drafts}`,
    channel: 'console',
    reporter: 'rider-1',
    reporterName: 'rider-1',
    chat: 'rider-1',
    locale: 'zh-CN',
    branch: 'meituan-yangpu',
    originBranch: 'meituan-yangpu',
    category: 'pay-penalty',
    urgency: 'normal',
    confidence: 0.8,
    anonymous: false,
    contact: true,
    text: '超时罚款不合理',
    summary: '超时罚款不合理',
    evidence: [],
    similar: 0,
    respondBy: T0 + 24 * H,
    resolveBy: T0 + 168 * H,
    ...over,
  };
}
const opts = (now = T0) => ({ now, numberPrefix: 'JN-2026-', limit: 0, windowMs: H });
const sec: Actor = { by: 'console:sec-meituan', name: 'sec-meituan', role: 'secretary' };
const sec2: Actor = { by: 'console:sec-meituan-2', name: 'sec-meituan-2', role: 'secretary' };
const worker: Actor = { by: 'console:rider-1', role: 'worker' };
const org: Actor = { by: 'console:org-li', name: 'org-li', role: 'organiser' };

async function file(over: Partial<NewTicket> = {}, now = T0): Promise<string> {
  const r = await db.store.tickets.create(draft(over), opts(now));
  if (r.status === 'rate-limited') throw new Error('rate-limited');
  return r.id;
}

describe('ticket store', () => {
  it('numbers tickets per year and makes one ticket per draft however often it is filed', async () => {
    const d = draft();
    const [a, b] = await Promise.all([
      db.store.tickets.create(d, opts()),
      db.store.tickets.create(d, opts()),
    ]);
    const ids = [a, b].map((r) => ('id' in r ? r.id : ''));
    expect(ids[0]).toMatch(/^JN-2026-\d{6}$/);
    expect(ids[1]).toBe(ids[0]);
    expect([a.status, b.status].sort()).toEqual(['created', 'exists']);
    expect(await db.store.tickets.byDraft('console', 'rider-1', d.draft)).toBe(ids[0]);
    const t = await db.store.tickets.get(ids[0]!);
    expect(t).toMatchObject({
      status: 'new',
      branch: 'meituan-yangpu',
      dueAt: T0 + 24 * H,
      evSeq: 1,
      fxSeq: 0,
    });
    expect((await db.store.tickets.events(ids[0]!)).map((e) => e.type)).toEqual(['created']);
    expect((await db.store.tickets.pending()).get(ids[0]!)).toBe(1);
  });

  it('rate-limits a reporter inside the create script', async () => {
    const who = { reporter: 'spammer', chat: 'spammer' };
    const limited = { ...opts(), limit: 2 };
    expect((await db.store.tickets.create(draft(who), limited)).status).toBe('created');
    expect((await db.store.tickets.create(draft(who), limited)).status).toBe('created');
    expect(await db.store.tickets.create(draft(who), limited)).toEqual({ status: 'rate-limited', count: 2 });
    // An hour later the window has moved on.
    expect((await db.store.tickets.create(draft(who), { ...limited, now: T0 + H + 1 })).status).toBe(
      'created',
    );
  });

  it('two concurrent claims make one owner; the other is told who', async () => {
    const id = await file();
    const [a, b] = await Promise.all([
      db.store.tickets.claim(id, sec, 'meituan-yangpu', T0 + 1000),
      db.store.tickets.claim(id, sec2, 'meituan-yangpu', T0 + 1000),
    ]);
    const winners = [a, b].filter((r) => r.ok);
    const loser = [a, b].find((r) => !r.ok)!;
    expect(winners).toHaveLength(1);
    expect(loser).toMatchObject({ ok: false, reason: 'taken' });
    const t = (await db.store.tickets.get(id))!;
    expect(loser.detail[0]).toBe(t.owner);
    expect(t).toMatchObject({ status: 'claimed', firstResponseAt: T0 + 1000, dueAt: T0 + 168 * H });
    expect((await db.store.tickets.events(id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
  });

  it('refuses an action checked against a branch the ticket has left, and a missing ticket', async () => {
    const id = await file();
    expect(await db.store.tickets.claim(id, sec, 'eleme-yangpu', T0)).toMatchObject({
      ok: false,
      reason: 'moved',
      detail: ['meituan-yangpu'],
    });
    expect(await db.store.tickets.claim('JN-2026-999999', sec, 'meituan-yangpu', T0)).toMatchObject({
      ok: false,
      reason: 'missing',
    });
    expect(await db.store.tickets.rate('JN-2026-999999', worker, T0, 5)).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });

  it('orders a queue by urgency, then deadline, and counts overdue tickets', async () => {
    const branch = 'sf-yangpu';
    const late = await file({ branch, respondBy: T0 + 2 * H });
    const soon = await file({ branch, respondBy: T0 + 1 * H });
    const emergency = await file({ branch, urgency: 'emergency', respondBy: T0 + 5 * H });
    const page = await db.store.tickets.queue(branch, 0, 10);
    expect(page.map((t) => t.id)).toEqual([emergency, soon, late]);
    expect(await db.store.tickets.queueCounts(branch, T0 + 1.5 * H)).toEqual({ open: 3, overdue: 1 });
    expect(await db.store.tickets.queueCounts(branch, T0 + 6 * H)).toEqual({ open: 3, overdue: 3 });
    expect((await db.store.tickets.dueBefore(T0 + 1.5 * H)).map((d) => d.id)).toContain(soon);
  });

  it('ask → waiting; the reporter answers → claimed; only the reporter may answer', async () => {
    const id = await file();
    expect((await db.store.tickets.ask(id, sec, 'meituan-yangpu', T0 + 10, '几点的单？')).ok).toBe(true);
    expect((await db.store.tickets.get(id))!).toMatchObject({ status: 'waiting', owner: sec.by });
    expect(
      await db.store.tickets.reply(id, { by: 'console:someone', role: 'worker' }, T0 + 20, 'x'),
    ).toMatchObject({ reason: 'not-reporter' });
    expect(
      (await db.store.tickets.reply(id, worker, T0 + 20, '中午12点', [{ kind: 'photo', fileId: 'f1' }])).ok,
    ).toBe(true);
    expect((await db.store.tickets.get(id))!.status).toBe('claimed');
    const events = await db.store.tickets.events(id);
    expect(events.map((e) => e.type)).toEqual(['created', 'asked', 'replied']);
    expect(events[2]).toMatchObject({
      text: '中午12点',
      files: [{ kind: 'photo', fileId: 'f1' }],
      by: 'console:rider-1',
    });
  });

  it('resolve → close by the reporter; reopen after close goes back to the same branch; rating counts once', async () => {
    const id = await file();
    await db.store.tickets.claim(id, sec, 'meituan-yangpu', T0 + 10);
    expect((await db.store.tickets.resolve(id, sec, 'meituan-yangpu', T0 + 20, '已撤销罚款')).ok).toBe(true);
    let t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({ status: 'resolved', resolution: '已撤销罚款', resolvedAt: T0 + 20 });
    expect(
      await db.store.tickets.queue('meituan-yangpu', 0, 1000).then((q) => q.some((x) => x.id === id)),
    ).toBe(false);
    expect((await db.store.tickets.resolvedBefore(T0 + 30)).map((r) => r.id)).toContain(id);

    expect(await db.store.tickets.close(id, sec, T0 + 30, 'confirmed', true)).toMatchObject({
      reason: 'not-reporter',
    });
    expect((await db.store.tickets.close(id, worker, T0 + 30, 'confirmed', true)).ok).toBe(true);
    expect((await db.store.tickets.rate(id, worker, T0 + 40, 4)).ok).toBe(true);
    expect(await db.store.tickets.rate(id, worker, T0 + 50, 1)).toMatchObject({
      ok: false,
      reason: 'already',
      detail: ['4'],
    });
    t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({ status: 'closed', solved: true, closeReason: 'confirmed', rating: 4 });

    const windowMs = 3 * 24 * H;
    const deadlines = { respondBy: T0 + 100 + 24 * H, resolveBy: T0 + 100 + 168 * H, windowMs };
    expect((await db.store.tickets.reopen(id, worker, T0 + 100, '还是被扣钱', deadlines)).ok).toBe(true);
    t = (await db.store.tickets.get(id))!;
    // Still held by the secretary who had claimed it: nobody needs to claim it again.
    expect(t).toMatchObject({
      status: 'claimed',
      branch: 'meituan-yangpu',
      reopens: 1,
      owner: sec.by,
      solved: undefined,
      rating: 4,
    });
    expect(t.dueAt).toBe(deadlines.resolveBy);
    expect((await db.store.tickets.queue('meituan-yangpu', 0, 1000)).some((x) => x.id === id)).toBe(true);
    expect((await db.store.tickets.resolvedBefore(T0 + 1000)).some((r) => r.id === id)).toBe(false);
    // Too late: a second resolution, then a reopen outside the window.
    await db.store.tickets.resolve(id, sec, 'meituan-yangpu', T0 + 200, '再次处理');
    expect(await db.store.tickets.reopen(id, worker, T0 + 200 + windowMs + 1, 'x', deadlines)).toMatchObject({
      reason: 'too-late',
    });
  });

  it('a ticket returned twice goes to the district, never back and forth', async () => {
    const id = await file({
      branch: 'street-wujiaochang',
      originBranch: 'meituan-yangpu',
      category: 'road-hazard',
    });
    const move = (target: string) => ({
      mode: 'return' as const,
      target,
      district: 'district-yangpu',
      reason: '不归我们管',
      respondBy: T0,
    });
    const streetSec: Actor = { by: 'console:sec-wujiaochang', name: 'sec-wujiaochang', role: 'secretary' };
    expect(
      await db.store.tickets.move(id, streetSec, 'street-wujiaochang', T0 + 10, move('meituan-yangpu')),
    ).toMatchObject({
      ok: true,
      detail: ['meituan-yangpu'],
    });
    // The origin branch returns it too: its fallback would be itself or the street that returned it.
    expect(
      await db.store.tickets.move(id, sec, 'meituan-yangpu', T0 + 20, move('street-wujiaochang')),
    ).toMatchObject({
      ok: true,
      detail: ['district-yangpu'],
    });
    const t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({
      branch: 'district-yangpu',
      returns: 2,
      returnedBy: ['street-wujiaochang', 'meituan-yangpu'],
      status: 'new',
    });
    const districtSec: Actor = { by: 'console:sec-district', role: 'secretary' };
    expect(
      await db.store.tickets.move(id, districtSec, 'district-yangpu', T0 + 30, move('meituan-yangpu')),
    ).toMatchObject({
      ok: false,
      reason: 'district',
    });
    expect((await db.store.tickets.queue('district-yangpu', 0, 100)).map((x) => x.id)).toContain(id);
    expect((await db.store.tickets.queue('meituan-yangpu', 0, 1000)).map((x) => x.id)).not.toContain(id);
    expect((await db.store.tickets.queue('street-wujiaochang', 0, 1000)).map((x) => x.id)).not.toContain(id);
  });

  it('transfer moves between queues, keeps the deadlines and gives the new branch a respond window', async () => {
    const id = await file({ respondBy: T0 + H });
    await db.store.tickets.claim(id, sec, 'meituan-yangpu', T0 + 10);
    const r = await db.store.tickets.move(id, sec, 'meituan-yangpu', T0 + 2 * H, {
      mode: 'transfer',
      target: 'eleme-yangpu',
      district: 'district-yangpu',
      reason: '是饿了么的单',
      respondBy: T0 + 26 * H,
    });
    expect(r).toMatchObject({ ok: true, detail: ['eleme-yangpu'] });
    const t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({
      branch: 'eleme-yangpu',
      status: 'new',
      owner: undefined,
      transfers: 1,
      respondBy: T0 + 26 * H,
      resolveBy: T0 + 168 * H,
    });
    const last = (await db.store.tickets.events(id)).at(-1)!;
    expect(last).toMatchObject({
      type: 'transferred',
      from: 'meituan-yangpu',
      to: 'eleme-yangpu',
      text: '是饿了么的单',
    });
    expect(
      await db.store.tickets.move(id, sec, 'eleme-yangpu', T0, {
        mode: 'transfer',
        target: 'eleme-yangpu',
        district: 'district-yangpu',
        reason: '',
        respondBy: 0,
      }),
    ).toMatchObject({ reason: 'same' });
  });

  it('extension: one request at a time, decided once by an organiser', async () => {
    const id = await file();
    expect(
      await db.store.tickets.requestExtension(id, sec, 'meituan-yangpu', T0, T0 + 200 * H, '要等平台回复'),
    ).toMatchObject({ reason: 'bad-state' });
    await db.store.tickets.claim(id, sec, 'meituan-yangpu', T0 + 1);
    expect(
      await db.store.tickets.requestExtension(id, sec, 'meituan-yangpu', T0 + 2, T0 + 100 * H, '早于原时限'),
    ).toMatchObject({ reason: 'not-later' });
    expect(
      (
        await db.store.tickets.requestExtension(
          id,
          sec,
          'meituan-yangpu',
          T0 + 2,
          T0 + 240 * H,
          '要等平台回复',
        )
      ).ok,
    ).toBe(true);
    expect(
      await db.store.tickets.requestExtension(id, sec, 'meituan-yangpu', T0 + 3, T0 + 300 * H, '再延'),
    ).toMatchObject({ reason: 'pending' });
    expect((await db.store.tickets.get(id))!.ext).toMatchObject({
      until: T0 + 240 * H,
      reason: '要等平台回复',
    });
    expect((await db.store.tickets.decideExtension(id, org, T0 + 4, true)).ok).toBe(true);
    expect(await db.store.tickets.decideExtension(id, org, T0 + 5, false)).toMatchObject({ reason: 'none' });
    const t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({ resolveBy: T0 + 240 * H, dueAt: T0 + 240 * H, extensions: 1, ext: undefined });
  });

  it('escalation once-only for the sweep; flags set once; effects bookkeeping', async () => {
    const id = await file();
    const system: Actor = { by: 'system', role: 'system' };
    expect(await db.store.tickets.escalate(id, system, '', T0, 'overdue', true)).toMatchObject({
      ok: true,
      detail: ['1'],
    });
    expect(await db.store.tickets.escalate(id, system, '', T0, 'overdue', true)).toMatchObject({
      reason: 'already',
    });
    expect(await db.store.tickets.escalate(id, org, '', T0, '请加快', false)).toMatchObject({
      ok: true,
      detail: ['2'],
    });
    expect((await db.store.tickets.flagOnce(id, system, T0, 'remindedAt', String(T0), 'reminded')).ok).toBe(
      true,
    );
    expect(await db.store.tickets.flagOnce(id, system, T0, 'remindedAt', '1', 'reminded')).toMatchObject({
      reason: 'already',
    });
    await expect(db.store.tickets.flagOnce(id, system, T0, 'status', 'closed')).rejects.toThrow();
    const t = (await db.store.tickets.get(id))!;
    expect(t.flags).toEqual({ remindedAt: String(T0) });
    // created, escalated, escalated, reminded
    expect(t.evSeq).toBe(4);
    expect(await db.store.tickets.effectsDone(id, 3)).toBe(1);
    expect((await db.store.tickets.pending()).has(id)).toBe(true);
    expect(await db.store.tickets.effectsDone(id, 4)).toBe(0);
    expect((await db.store.tickets.pending()).has(id)).toBe(false);
    expect((await db.store.tickets.events(id, 2)).map((e) => e.seq)).toEqual([3, 4]);
  });

  it('the done point takes the marks of the events it passes, and only theirs, whatever it passes at once', async () => {
    const id = await file();
    const system: Actor = { by: 'system', role: 'system' };
    // Events 2–5 (four reminders), each with the marks its effects left, in order (core/reports/effects.ts).
    for (let i = 0; i < 4; i++) await db.store.tickets.flagOnce(id, system, T0, `r${i}`, '1', 'reminded');
    const marks: Record<number, number> = { 1: 1, 2: 2, 3: 1, 5: 1 };
    for (const [seq, n] of Object.entries(marks))
      for (let i = 0; i < n; i++) await db.store.tickets.flagOnce(id, system, T0, `fx:${seq}:${i}`, '1');
    const left = async () =>
      Object.keys(await db.store.redis.hgetall(db.store.keys.ticket(id)))
        .filter((f) => f.startsWith('fx:'))
        .sort();
    expect(await db.store.tickets.effectsDone(id, 1)).toBe(4);
    expect(await left()).toEqual(['fx:2:0', 'fx:2:1', 'fx:3:0', 'fx:5:0']);
    // Three events at once (a flush that ran them all before marking).
    expect(await db.store.tickets.effectsDone(id, 4)).toBe(1);
    expect(await left()).toEqual(['fx:5:0']);
    // A done point that goes back changes nothing.
    expect(await db.store.tickets.effectsDone(id, 2)).toBe(1);
    expect(await left()).toEqual(['fx:5:0']);
    expect(await db.store.tickets.effectsDone(id, 5)).toBe(0);
    expect(await left()).toEqual([]);
    expect((await db.store.tickets.get(id))!.flags).toEqual({ r0: '1', r1: '1', r2: '1', r3: '1' });
  });

  it('anonymises for retention, keeping what the statistics need', async () => {
    const id = await file({ reporter: 'rider-anon', chat: 'rider-anon', text: '我电话13812345678' });
    await db.store.tickets.claim(id, sec, 'meituan-yangpu', T0 + 1);
    await db.store.tickets.ask(id, sec, 'meituan-yangpu', T0 + 2, '你叫什么');
    await db.store.tickets.reply(id, { by: 'console:rider-anon', role: 'worker' }, T0 + 3, '张三');
    expect(await db.store.tickets.anonymise(id, T0 + 4)).toBe(true);
    expect(await db.store.tickets.anonymise(id, T0 + 5)).toBe(false);
    const t = (await db.store.tickets.get(id))!;
    expect(t).toMatchObject({
      reporter: '-',
      text: '',
      category: 'pay-penalty',
      status: 'claimed',
      anonymisedAt: T0 + 4,
    });
    const events = await db.store.tickets.events(id);
    expect(JSON.stringify(events)).not.toMatch(/张三|你叫什么|rider-anon/);
    expect(await db.store.tickets.forWorker('console', 'rider-anon', 0, 10)).toEqual([]);
  });

  it('indexes tickets by creation time for statistics and export', async () => {
    const id = await file({}, T0 + 5 * 24 * H);
    expect(await db.store.tickets.createdBetween(T0 + 5 * 24 * H, T0 + 5 * 24 * H + 1)).toEqual([id]);
    expect((await db.store.tickets.recent(T0 + 5 * 24 * H, 10)).map((r) => r.id)).toEqual([id]);
  });
});

describe('copies of a ticket card', () => {
  it('an update to a copy no longer followed does not bring it back', async () => {
    const id = await file();
    const ref = { address: { channel: 'console', chatId: 'sec-meituan' }, messageId: '7' };
    const copy = { kind: 'view' as const, branch: 'meituan-yangpu', locale: 'zh-CN', at: T0 };
    await db.store.tickets.addCopy(id, ref, copy);
    await db.store.tickets.setCopy(id, ref, { ...copy, shown: 'a' });
    expect((await db.store.tickets.copies(id)).map((c) => c.copy.shown)).toEqual(['a']);
    await db.store.tickets.dropCopy(id, ref);
    await db.store.tickets.setCopy(id, ref, { ...copy, shown: 'b' });
    expect(await db.store.tickets.copies(id)).toEqual([]);
  });
});
