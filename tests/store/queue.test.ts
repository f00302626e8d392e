/**
 * The board's queue filters, as a secretary uses them: by urgency, by category and "overdue only",
 * over tickets filed through the chat (real Redis). Urgency and overdue are read as ranges of the queue
 * score, so they must agree with the tickets' own urgency and deadlines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueFilter } from '../../src/core/ports/queue.js';
import { createStore } from '../../src/store/index.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { bindGroups, fileFrom } from '../core/reports/drive.js';

let app: TestApp;
const now = Date.parse('2026-03-02T10:00:00+08:00');
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ now: () => new Date(now) });
  await bindGroups(app);
  ids.emergency = await fileFrom(app, 'rider-1', 'riders-meituan', '同事在路口被车撞了，头破流血倒在地上');
  ids.fine = await fileFrom(app, 'rider-2', 'riders-meituan', '超时被罚款50元，申诉没人理', {
    category: '薪酬与罚款',
  });
  ids.road = await fileFrom(app, 'rider-3', 'riders-meituan', '国定路井盖没了，晚上很危险');
}, 60_000);

afterAll(async () => {
  await app?.close();
});

// An organiser's view: every branch (the road hazard is routed to a street office).
const filter = (f: Partial<QueueFilter>): QueueFilter => ({
  branches: app.app.deps.content.get().branches.map((b) => b.id),
  state: 'open',
  overdue: false,
  page: 1,
  ...f,
});
const shown = async (f: Partial<QueueFilter>, at = now) =>
  (await app.app.deps.store.queue.page(filter(f), at)).tickets.map((t) => t.id).sort();

describe('the board queue filters', () => {
  it('by urgency and by category, each ticket where its own fields put it', async () => {
    const all = await app.app.deps.store.tickets.getMany(Object.values(ids), { body: false });
    expect(all.map((t) => t.id).sort()).toEqual(await shown({}));
    for (const urgency of ['emergency', 'urgent', 'normal'])
      expect(await shown({ urgency })).toEqual(
        all
          .filter((t) => t.urgency === urgency)
          .map((t) => t.id)
          .sort(),
      );
    expect(all.find((t) => t.id === ids.emergency)!.urgency).toBe('emergency');
    const fine = all.find((t) => t.id === ids.fine)!;
    expect(await shown({ category: fine.category })).toContain(ids.fine);
    expect(await shown({ category: fine.category })).not.toContain(ids.emergency);
    expect(await shown({ urgency: 'no-such-urgency' })).toEqual([]);
  });

  it('overdue only: nothing right after filing; past their deadlines, exactly the tickets due before now', async () => {
    expect(await shown({ overdue: true })).toEqual([]);
    const all = await app.app.deps.store.tickets.getMany(Object.values(ids), { body: false });
    const first = Math.min(...all.map((t) => t.dueAt!));
    const later = first + 1;
    expect(await shown({ overdue: true }, later)).toEqual(
      all
        .filter((t) => t.dueAt! < later)
        .map((t) => t.id)
        .sort(),
    );
    const urgency = all.find((t) => t.dueAt === first)!.urgency;
    expect(await shown({ overdue: true, urgency }, later)).toContain(all.find((t) => t.dueAt === first)!.id);
  });

  it('a category filter follows claims, resolutions and transfers, and is rebuilt for tickets queued before it', async () => {
    const store = app.app.deps.store;
    const branches = app.app.deps.content.get().branches.map((b) => b.id);
    const byFields = async (category: string) => {
      const all = await store.tickets.getMany(Object.values(ids), { body: false });
      return all
        .filter((t) => ['new', 'claimed', 'waiting'].includes(t.status) && t.category === category)
        .map((t) => t.id)
        .sort();
    };
    const org = { by: 'console:org-li', name: 'org-li', role: 'organiser' };
    const fine = (await store.tickets.get(ids.fine!))!;
    const road = (await store.tickets.get(ids.road!))!;
    await store.tickets.claim(ids.fine!, org, fine.branch, now);
    await store.tickets.move(ids.road!, org, road.branch, now, {
      mode: 'transfer',
      target: fine.branch,
      district: 'district-yangpu',
      reason: '测试转派',
      respondBy: now + 3_600_000,
    });
    for (const t of [fine, road])
      expect(await shown({ category: t.category })).toEqual(await byFields(t.category));
    await store.tickets.resolve(ids.fine!, org, fine.branch, now, '已处理');
    expect(await shown({ category: fine.category })).toEqual(await byFields(fine.category));
    expect(await shown({ category: fine.category })).not.toContain(ids.fine);

    // A store from before the category queues, opened by a new process: they are filed on its first
    // category filter.
    const redis = app.app.store.redis;
    for (const b of branches) {
      const stale = await redis.keys(`${app.app.store.keys.branchQueue(b)}:cat*`);
      if (stale.length) await redis.del(...stale);
    }
    const upgraded = createStore(redis, app.app.store.keys.prefix);
    const page = await upgraded.queue.page(filter({ category: road.category }), now);
    expect(page.tickets.map((t) => t.id).sort()).toEqual(await byFields(road.category));
  });
});

describe("closed and all lists read the person's branches", () => {
  it('follow a ticket to the branch it moved to, and are filed once for tickets from before the index', async () => {
    const store = app.app.deps.store;
    const org = { by: 'console:org-li', name: 'org-li', role: 'organiser' };
    const listOf = async (branch: string, s: QueueFilter['state'] = 'all', st = store) =>
      (await st.queue.page({ branches: [branch], state: s, overdue: false, page: 1 }, now)).tickets
        .map((t) => t.id)
        .sort();
    const all = await store.tickets.getMany(Object.values(ids), { body: false });
    const expected = async (branch: string) =>
      (await store.tickets.getMany(Object.values(ids), { body: false }))
        .filter((t) => t.branch === branch)
        .map((t) => t.id)
        .sort();
    const emergency = all.find((t) => t.id === ids.emergency)!;
    const from = emergency.branch;
    const to = app.app.deps.content
      .get()
      .branches.map((b) => b.id)
      .find((b) => b !== from && b !== 'district-yangpu')!;
    await store.tickets.move(emergency.id, org, from, now, {
      mode: 'transfer',
      target: to,
      district: 'district-yangpu',
      reason: '测试转派',
      respondBy: now + 3_600_000,
    });
    expect(await listOf(to)).toContain(emergency.id);
    expect(await listOf(from)).not.toContain(emergency.id);
    for (const b of [from, to]) expect(await listOf(b)).toEqual(await expected(b));

    // A store from before the per-branch index, opened by a new process: filed on its first such list.
    const redis = app.app.store.redis;
    const stale = await redis.keys(`${app.app.store.keys.branchPrefix()}*:created`);
    expect(stale.length).toBeGreaterThan(1);
    await redis.del(...stale, app.app.store.keys.ticketsBranchIndexed());
    const upgraded = createStore(redis, app.app.store.keys.prefix);
    for (const b of [from, to]) expect(await listOf(b, 'all', upgraded)).toEqual(await expected(b));
    expect(await redis.get(app.app.store.keys.ticketsBranchIndexed())).toBe('1');
  });
});
