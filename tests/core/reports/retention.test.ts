import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, datesPeriod, ticketsCreatedIn } from '../../../src/core/reports/figures.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { clock, HOUR, press, T0 } from './helpers.js';
import { bindGroups, claim, confirm, fileFrom, resolve } from './drive.js';

const DAY = 24 * HOUR;
/** The sample pack keeps resolved tickets 180 days. */
const RETENTION = 180 * DAY;
let app: TestApp;
const c = clock();
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ now: c.now });
  await bindGroups(app);
  c.set(T0);
  // Closed by the worker, with a location and a photo as evidence.
  await app.type(':as rider-r1', ':in riders-meituan', '/report');
  ids.closed = await (async () => {
    await fileWithEvidence();
    return (await app.app.deps.store.tickets.forWorker('console', 'rider-r1', 0, 1))[0]!.id;
  })();
  ids.silent = await fileFrom(app, 'rider-r2', 'riders-meituan', '超时罚款不合理，电话13812345678', {
    category: '薪酬与罚款',
  });
  ids.open = await fileFrom(app, 'rider-r3', 'riders-meituan', '账号被封了', { category: '封号与申诉' });
  c.set(T0 + HOUR);
  await claim(app, 'sec-meituan', 'triage-meituan', ids.closed);
  await claim(app, 'sec-meituan', 'triage-meituan', ids.silent);
  c.set(T0 + 2 * HOUR);
  await resolve(app, 'sec-meituan', 'triage-meituan', ids.closed, '已联系站长，罚款撤销');
  await resolve(app, 'sec-meituan', 'triage-meituan', ids.silent, '已处理');
  c.set(T0 + 3 * HOUR);
  await confirm(app, 'rider-r1', 4);
  // A recent one, closed 100 days later.
  c.set(T0 + 100 * DAY);
  ids.recent = await fileFrom(app, 'rider-r4', 'riders-meituan', '又被罚款', { category: '薪酬与罚款' });
  await claim(app, 'sec-meituan', 'triage-meituan', ids.recent);
  await resolve(app, 'sec-meituan', 'triage-meituan', ids.recent);
  await confirm(app, 'rider-r4', 5);

  async function fileWithEvidence() {
    await press(app, 'riders-meituan', '私下反映');
    await app.type('站长克扣配送费200元，这是截图', ':loc 31.30 121.51', ':photo 截图');
    await press(app, 'rider-r1', '换一个分类');
    await press(app, 'rider-r1', '薪酬与罚款');
    await press(app, 'rider-r1', '实名反映');
    await press(app, 'rider-r1', '同意');
    await press(app, 'rider-r1', '提交');
  }
}, 60_000);
afterAll(async () => app.close());

const get = (id: string) => app.app.deps.store.tickets.get(id);

async function mayFigures(at: number) {
  const p = datesPeriod('2026-05-01', '2026-05-31', 'Asia/Shanghai')!;
  return computeFigures(
    await ticketsCreatedIn(app.app.deps.store, p.from, p.to),
    { confirmWindowDays: 3 },
    at,
  );
}

describe('retention', () => {
  it('anonymises only resolved tickets older than retentionDays, keeping what the figures need', async () => {
    const before = await get(ids.closed!);
    expect(before).toMatchObject({ status: 'closed', reporter: 'rider-r1', contact: true, rating: 4 });
    expect(before!.evidence.length).toBeGreaterThan(0);
    expect(before!.location).toBeDefined();
    const figuresBefore = await mayFigures(T0 + 200 * DAY);

    // 180 days and an hour after the report: nothing was resolved as long ago as that yet.
    c.set(T0 + RETENTION + HOUR);
    expect((await app.app.jobs.retention()).anonymised).toEqual([]);

    c.set(T0 + RETENTION + DAY);
    const run = await app.app.jobs.retention();
    expect(run.anonymised.sort()).toEqual([ids.closed, ids.silent].sort());

    const after = (await get(ids.closed!))!;
    expect(after).toMatchObject({
      id: ids.closed,
      status: 'closed',
      category: 'pay-penalty',
      branch: 'meituan-yangpu',
      urgency: 'normal',
      createdAt: T0,
      firstResponseAt: T0 + HOUR,
      resolvedAt: T0 + 2 * HOUR,
      solved: true,
      rating: 4,
      reporter: '-',
      text: '',
      summary: '',
      evidence: [],
      anonymisedAt: T0 + RETENTION + DAY,
    });
    expect(after.reporterName).toBeUndefined();
    expect(after.location).toBeUndefined();
    expect(after.resolution).toBeUndefined();
    expect(after.chat).toBe('');
    // Nothing the worker or the secretary wrote survives in the history; who acted on the branch's side does.
    const events = await app.app.deps.store.tickets.events(ids.closed!);
    expect(events.some((e) => e.text || e.files)).toBe(false);
    expect(events.filter((e) => e.role === 'worker').every((e) => e.by === '-')).toBe(true);
    expect(
      JSON.stringify(await app.app.store.redis.hgetall(app.app.store.keys.ticket(ids.silent!))),
    ).not.toContain('13812345678');
    // The worker's list no longer points at it.
    expect(
      (await app.app.deps.store.tickets.forWorker('console', 'rider-r1', 0, 10)).map((t) => t.id),
    ).not.toContain(ids.closed);

    // Untouched: the open one (however old) and the recent one.
    expect(await get(ids.open!)).toMatchObject({ reporter: 'rider-r3', text: '账号被封了' });
    expect((await get(ids.open!))!.anonymisedAt).toBeUndefined();
    expect(await get(ids.recent!)).toMatchObject({ reporter: 'rider-r4', text: '又被罚款' });

    // The figures count the same as before.
    expect(await mayFigures(T0 + 200 * DAY)).toEqual(figuresBefore);
  });

  it('is idempotent, and its mark never passes an old ticket that is still open', async () => {
    c.set(T0 + RETENTION + 2 * DAY);
    const again = await app.app.jobs.retention();
    expect(again.anonymised).toEqual([]);
    // The open ticket was created in the same millisecond as the anonymised ones: the mark stays at it.
    expect(again.mark).toBeLessThanOrEqual(T0);

    // Once it is handled and old enough, it goes too, and the mark moves past everything done.
    c.set(T0 + RETENTION + 3 * DAY);
    await claim(app, 'sec-meituan', 'triage-meituan', ids.open!);
    await resolve(app, 'sec-meituan', 'triage-meituan', ids.open!);
    c.set(T0 + 2 * RETENTION + 10 * DAY);
    const later = await app.app.jobs.retention();
    expect(later.anonymised.sort()).toEqual([ids.open, ids.recent].sort());
    expect(later.mark).toBe((await get(ids.recent!))!.createdAt + 1);
    expect(await app.app.deps.store.ticketStats.retentionMark()).toBe(later.mark);
    expect((await app.app.jobs.retention()).scanned).toBe(0);
  });

  it('runs from the timer once a day, after 03:30', async () => {
    // 2026-12-01 in Shanghai.
    const night = Date.UTC(2026, 10, 30, 19, 0); // 03:00
    expect((await app.app.jobs.tick(night)).retention).toBeUndefined();
    expect((await app.app.jobs.tick(night + 35 * 60_000)).retention?.outcome).toBe('ran');
    expect((await app.app.jobs.tick(night + 6 * HOUR)).retention?.outcome).toBe('done-before');
  });
});
