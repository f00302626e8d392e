/**
 * Every state change is atomic: many callers at once, each on its own connection (as several bot
 * processes would be), against the real Redis, and the invariant checked afterwards.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../src/store/redis.js';
import { createStore, type Store } from '../../src/store/index.js';
import type { Actor, NewTicket } from '../../src/core/ports/tickets.js';
import { testPrefix } from '../helpers/app.js';

const prefix = testPrefix();
const PROCESSES = 6;
const conns: Redis[] = [];
const stores: Store[] = [];
/** The store of caller i (round robin over the connections). */
const s = (i = 0) => stores[i % stores.length]!;

beforeAll(async () => {
  for (let i = 0; i < PROCESSES; i++) {
    const redis = await connectRedis(inject('redisUrl'));
    conns.push(redis);
    stores.push(createStore(redis, prefix));
  }
});
afterAll(async () => {
  const keys = await conns[0]!.keys(`${prefix}:*`);
  if (keys.length) await conns[0]!.del(...keys);
  await Promise.all(conns.map((c) => c.quit()));
});

const times = <T>(n: number, fn: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => fn(i)));

const binding = (chat: string, branch: string) => ({
  chat,
  branch,
  locale: 'zh-CN',
  tags: [],
  boundBy: 'telegram:1001',
  boundAt: 1,
  active: true,
});

/** Branches whose set holds the chat. */
async function branchesHolding(chat: string, branches: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const b of branches) if ((await s().groups.list(b)).some((g) => g.chat === chat)) out.push(b);
  return out;
}

describe('group bindings under concurrency', () => {
  const BRANCHES = ['meituan-yangpu', 'eleme-yangpu', 'sf-yangpu'];

  it('concurrent re-binds leave a group in exactly one branch, the one its binding names (200 trials)', async () => {
    for (let trial = 0; trial < 200; trial++) {
      const chat = `telegram:-${trial}`;
      await s().groups.bind(binding(chat, BRANCHES[0]!));
      await Promise.all([
        s(1).groups.bind(binding(chat, BRANCHES[1]!)),
        s(2).groups.bind(binding(chat, BRANCHES[2]!)),
      ]);
      const held = await branchesHolding(chat, BRANCHES);
      expect(held).toHaveLength(1);
      expect((await s().groups.get(chat))?.branch).toBe(held[0]);
    }
  });

  it('/unbind racing a re-bind leaves the group either bound in one branch or in none', async () => {
    for (let trial = 0; trial < 100; trial++) {
      const chat = `slack:C${trial}`;
      await s().groups.bind(binding(chat, BRANCHES[0]!));
      await Promise.all([s(1).groups.unbind(chat), s(2).groups.bind(binding(chat, BRANCHES[1]!))]);
      const held = await branchesHolding(chat, BRANCHES);
      const bound = await s().groups.get(chat);
      const listed = (await s().groups.list()).some((g) => g.chat === chat);
      if (bound) expect([held, listed]).toEqual([[bound.branch], true]);
      else expect([held, listed]).toEqual([[], false]);
    }
  });

  it('an update of a chat being unbound never leaves half a binding', async () => {
    for (let trial = 0; trial < 100; trial++) {
      const chat = `telegram:-9${trial}`;
      await s().groups.bind(binding(chat, BRANCHES[0]!));
      await Promise.all([
        s(1).groups.unbind(chat),
        s(2).groups.update(chat, { locale: 'en', active: false }),
      ]);
      expect(await conns[0]!.exists(s().keys.group(chat))).toBe(0);
    }
  });
});

describe('a chat that moved to a new id (a group upgraded to a supergroup)', () => {
  it('the move reported at once by both service messages and a refused send: one binding, at the new id, in its branch, recorded once (100 trials)', async () => {
    for (let trial = 0; trial < 100; trial++) {
      const [from, to] = [`telegram:-5${trial}`, `telegram:-1005${trial}000`];
      await s().groups.bind(binding(from, 'meituan-yangpu'));
      await s().lessons.recordDelivered(from, 'l1');
      const moves = await times(3, (i) => s(i).groups.move(from, to, ['sched-a']));
      expect(moves.filter((m) => m.first)).toHaveLength(1);
      expect(moves.filter((m) => m.bound)).toHaveLength(1);
      expect(await s().groups.get(from)).toBeUndefined();
      expect(await s().groups.get(to)).toMatchObject({ chat: to, branch: 'meituan-yangpu', active: true });
      expect(await branchesHolding(to, ['meituan-yangpu'])).toEqual(['meituan-yangpu']);
      expect(await branchesHolding(from, ['meituan-yangpu'])).toEqual([]);
      expect(await s().groups.movedTo(from)).toBe(to);
      expect(await s().lessons.stats([from, to])).toMatchObject([{ delivered: 0 }, { delivered: 1 }]);
    }
  });

  it("the group's latest notice and lesson move in the same step, for the time they had left; the new chat's own win", async () => {
    const [from, to] = ['telegram:-61', 'telegram:-100610000'];
    await s().groups.bind(binding(from, 'meituan-yangpu'));
    await s().posts.remember(from, '11', { kind: 'notice', id: 'n7', at: 1 }, 3600);
    await s().posts.remember(from, '12', { kind: 'lesson', id: 'safety-helmet', at: 2 }, 600);
    // The new chat was sent a lesson of its own already (a push that went straight there).
    await s().posts.remember(to, '3', { kind: 'lesson', id: 'heat-stroke', at: 3 }, 600);
    // Three reports of the same move at once, as the service messages and a refused send may make.
    await times(3, (i) => s(i).groups.move(from, to, []));
    expect(await s().posts.latestNotice(to)).toEqual({ kind: 'notice', id: 'n7', at: 1 });
    expect(await s().posts.latestLesson(to)).toEqual({ kind: 'lesson', id: 'heat-stroke', at: 3 });
    const ttl = await conns[0]!.pttl(s().keys.latestNotice(to));
    expect(ttl).toBeGreaterThan(3_500_000);
    expect(ttl).toBeLessThanOrEqual(3_600_000);
  });
});

describe('one-step records under concurrency', () => {
  it('a group gets one /report token however many first uses race', async () => {
    const tokens = await times(40, (i) => s(i).reportLinks.tokenFor('telegram:-500'));
    expect(new Set(tokens).size).toBe(1);
    expect(await s().reportLinks.chatOf(tokens[0]!)).toBe('telegram:-500');
    const tokenKeys = (await conns[0]!.keys(`${prefix}:reportlink:*`)).filter((k) => !k.includes(':chat:'));
    expect(tokenKeys).toHaveLength(1);
  });

  it('one vote per person: racing taps count once, and a change is told as a change', async () => {
    const said = await times(30, (i) => s(i).faq.vote('faq-1', 'telegram:7', 'up'));
    expect(said.filter((r) => r === 'new')).toHaveLength(1);
    expect(said.filter((r) => r === 'same')).toHaveLength(29);
    const changed = await times(30, (i) => s(i).faq.vote('faq-1', 'telegram:7', 'down'));
    expect(changed.filter((r) => r === 'changed')).toHaveLength(1);
    expect(await s().faq.votes('faq-1')).toEqual({ up: 0, down: 1 });
  });

  it('a station problem counts once per person per day, and every person once', async () => {
    const same = await times(30, (i) => s(i).faq.reportStation('st-1', '2026-05-12', 'closed', 'telegram:7'));
    expect(same.filter((r) => r.counted)).toHaveLength(1);
    const many = await times(30, (i) =>
      s(i).faq.reportStation('st-1', '2026-05-12', 'closed', `telegram:${i + 100}`),
    );
    expect(many.filter((r) => r.counted)).toHaveLength(30);
    expect(Math.max(...many.map((r) => r.count))).toBe(31);
    expect((await s().faq.stationReports(['st-1'], '2026-05-12')).get('st-1')).toEqual({ closed: 31 });
    expect(await conns[0]!.ttl(s().keys.stationReporters('st-1', '2026-05-12'))).toBeGreaterThan(0);
  });

  it("a notice's status is never written into a notice that is gone", async () => {
    for (let trial = 0; trial < 100; trial++) {
      const id = `n${trial}`;
      await conns[0]!.hset(s().keys.notice(id), { json: '{}', status: 'queued' });
      await Promise.all([conns[1]!.del(s(1).keys.notice(id)), s(2).notices.setStatus(id, 'cancelled')]);
      expect(await conns[0]!.exists(s().keys.notice(id))).toBe(0);
    }
  });

  it("chats dropped at a notice's end on two channels at once are all kept with its broadcast: /notices names each (50 trials)", async () => {
    const job = (chat: string) => ({ chat, payload: '{}' });
    for (let trial = 0; trial < 50; trial++) {
      const id = `notice:n-end-${trial}`;
      const queue = (channel: string, chats: string[]) =>
        s().delivery.enqueue({ id, kind: 'notice', channel, delayMs: 60_000, jobs: chats.map(job) });
      await queue('telegram', ['telegram:-1', 'telegram:-2']);
      await queue('slack', ['slack:C3']);
      // Each channel's cancel is its own script: two replicas' expiries, one channel each.
      const [tg, sl] = await Promise.all([
        s(1).delivery.cancel(id, 'telegram', 60_000, 'expired'),
        s(2).delivery.cancel(id, 'slack', 60_000, 'expired'),
      ]);
      expect([...tg.chats, ...sl.chats].sort()).toEqual(['slack:C3', 'telegram:-1', 'telegram:-2']);
      const kept = JSON.parse((await s().delivery.read(id, { refs: false }))!.meta.reasonChats!) as string[];
      expect([...kept].sort()).toEqual(['slack:C3', 'telegram:-1', 'telegram:-2']);
    }
  });

  it('one process holds a lesson push, and giving it back never frees another holder', async () => {
    const won = await times(30, (i) => s(i).lessons.lease('morning', 1000, `p${i}`, 60_000));
    expect(won.filter(Boolean)).toHaveLength(1);
    const holder = `p${won.indexOf(true)}`;
    // Every other process gives back a lease it does not hold: the holder keeps it.
    await times(30, (i) =>
      s(i).lessons.releaseLease('morning', 1000, `p${i}` === holder ? 'nobody' : `p${i}`),
    );
    expect(await s().lessons.lease('morning', 1000, 'late', 60_000)).toBe(false);
    await s().lessons.releaseLease('morning', 1000, holder);
    expect(await s().lessons.lease('morning', 1000, 'late', 60_000)).toBe(true);
  });

  it('replicas of several releases starting at once keep the highest level, and each older one learns of it', async () => {
    // Levels 1–5, six callers each, in a mixed order: none lowers what another raised.
    const kept = await times(30, (i) => s(i).release.record(((i * 7) % 5) + 1));
    expect(await s().release.record(1)).toBe(5);
    kept.forEach((level, i) => expect(level).toBeGreaterThanOrEqual(((i * 7) % 5) + 1));
    expect(await s().release.record(6)).toBe(6);
  });
});

describe('ticket paths that look up the branch first', () => {
  const T0 = Date.UTC(2026, 4, 12, 2, 0, 0);
  const H = 3_600_000;
  const sec: Actor = { by: 'console:sec-meituan', name: 'sec-meituan', role: 'secretary' };
  const worker: Actor = { by: 'console:rider-9', role: 'worker' };
  let n = 0;
  const draft = (): NewTicket => ({
    draft: `d${++n}`,
    channel: 'console',
    reporter: 'rider-9',
    chat: 'rider-9',
    locale: 'zh-CN',
    branch: 'meituan-yangpu',
    category: 'pay-penalty',
    urgency: 'normal',
    confidence: 1,
    anonymous: true,
    contact: false,
    text: '超时罚款',
    summary: '超时罚款',
    evidence: [],
    similar: 0,
    respondBy: T0 + 24 * H,
    resolveBy: T0 + 168 * H,
  });

  /** Branch queues holding the ticket. */
  async function queuesHolding(id: string): Promise<string[]> {
    const out: string[] = [];
    for (const b of ['meituan-yangpu', 'eleme-yangpu'])
      if ((await conns[0]!.zscore(s().keys.branchQueue(b), id)) !== null) out.push(b);
    return out;
  }

  /** A new ticket in meituan-yangpu's queue. */
  async function newTicket(): Promise<string> {
    const r = await s().tickets.create(draft(), {
      now: T0,
      numberPrefix: 'JN-2026-',
      limit: 0,
      windowMs: H,
    });
    if (r.status !== 'created') throw new Error(r.status);
    return r.id;
  }

  /** A new ticket the secretary has just asked the worker about (waiting for the worker's answer). */
  async function askedTicket(): Promise<string> {
    const id = await newTicket();
    expect((await s().tickets.ask(id, sec, 'meituan-yangpu', T0 + 1, '哪个站点？')).ok).toBe(true);
    return id;
  }

  it("a worker's answer racing a transfer leaves the ticket in exactly its own branch's queue (50 trials)", async () => {
    for (let trial = 0; trial < 50; trial++) {
      const id = await askedTicket();
      const [reply, move] = await Promise.all([
        s(1).tickets.reply(id, worker, T0 + 2, '杨浦三站'),
        s(2).tickets.move(id, sec, 'meituan-yangpu', T0 + 2, {
          mode: 'transfer',
          target: 'eleme-yangpu',
          district: 'district-yangpu',
          reason: '归饿了么',
          respondBy: T0 + 24 * H,
        }),
      ]);
      expect(reply.ok && move.ok).toBe(true);
      const t = (await s().tickets.get(id))!;
      expect(t.branch).toBe('eleme-yangpu');
      expect(await queuesHolding(id)).toEqual(['eleme-yangpu']);
    }
  });

  it('danger told in several answers at once raises the ticket once, into the emergency band (30 trials)', async () => {
    for (let trial = 0; trial < 30; trial++) {
      const id = await askedTicket();
      const raise = { respondBy: T0 + 2 + H, resolveBy: T0 + 2 + 24 * H };
      const replies = await times(4, (i) => s(i).tickets.reply(id, worker, T0 + 2, '他在流血', [], raise));
      expect(replies.filter((x) => x.ok && x.detail[0] === 'normal')).toHaveLength(1);
      const t = (await s().tickets.get(id))!;
      expect(t.urgency).toBe('emergency');
      expect(t.resolveBy).toBe(raise.resolveBy);
      expect((await s().tickets.events(id)).filter((e) => e.type === 'raised')).toHaveLength(1);
      const score = Number(await conns[0]!.zscore(s().keys.branchQueue('meituan-yangpu'), id));
      expect(score).toBe(raise.resolveBy);
      expect(Number(await conns[0]!.zscore(s().keys.ticketsDue(), id))).toBe(raise.resolveBy);
    }
  });

  it('an approval racing a raise never leaves resolve-by past the emergency deadline (50 trials)', async () => {
    const org: Actor = { by: 'console:org-li', name: 'org-li', role: 'organiser' };
    for (let trial = 0; trial < 50; trial++) {
      const id = await askedTicket();
      const asked = await s().tickets.requestExtension(
        id,
        sec,
        'meituan-yangpu',
        T0 + 2,
        T0 + 300 * H,
        '等回复',
      );
      expect(asked.ok).toBe(true);
      const raise = { respondBy: T0 + 3 + H, resolveBy: T0 + 3 + 24 * H };
      const [decided] = await Promise.all([
        s(1).tickets.decideExtension(id, org, T0 + 3, true, T0 + 2),
        s(2).tickets.reply(id, worker, T0 + 3, '他在流血', [], raise),
      ]);
      const t = (await s().tickets.get(id))!;
      expect(t.urgency).toBe('emergency');
      expect(t.resolveBy).toBe(raise.resolveBy);
      expect(t.ext).toBeUndefined();
      // Approved first (then shortened by the raise), or voided by the raise first: never both, never neither.
      const types = (await s().tickets.events(id)).map((e) => e.type);
      expect(decided.ok ? 'approved' : (decided as { reason: string }).reason).toBe(
        types.includes('extension-approved') ? 'approved' : 'voided',
      );
      expect(types.includes('extension-approved')).toBe(!types.includes('extension-voided'));
    }
  });

  it("an organiser's extension decision racing a transfer leaves the ticket in exactly its own branch's queue", async () => {
    const org: Actor = { by: 'console:org-li', name: 'org-li', role: 'organiser' };
    for (let trial = 0; trial < 50; trial++) {
      const id = await newTicket();
      expect((await s().tickets.claim(id, sec, 'meituan-yangpu', T0 + 1)).ok).toBe(true);
      const asked = await s().tickets.requestExtension(
        id,
        sec,
        'meituan-yangpu',
        T0 + 2,
        T0 + 300 * H,
        '等站点回复',
      );
      expect(asked.ok).toBe(true);
      await Promise.all([
        s(1).tickets.decideExtension(id, org, T0 + 3, true),
        s(2).tickets.move(id, sec, 'meituan-yangpu', T0 + 3, {
          mode: 'transfer',
          target: 'eleme-yangpu',
          district: 'district-yangpu',
          reason: '归饿了么',
          respondBy: T0 + 24 * H,
        }),
      ]);
      expect(await queuesHolding(id)).toEqual([(await s().tickets.get(id))!.branch]);
    }
  });

  it('taking over from a claimer who left: of many at once, one wins, and only from the claimer read', async () => {
    const gone: Actor = { by: 'console:sec-left', name: 'sec-left', role: 'secretary' };
    for (let trial = 0; trial < 20; trial++) {
      const id = await newTicket();
      expect((await s().tickets.claim(id, gone, 'meituan-yangpu', T0 + 1)).ok).toBe(true);
      const takers = (i: number): Actor => ({ by: `console:sec-${i}`, name: `sec-${i}`, role: 'secretary' });
      const results = await times(PROCESSES, (i) =>
        s(i).tickets.claim(id, takers(i), 'meituan-yangpu', T0 + 2, gone.by),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const t = (await s().tickets.get(id))!;
      for (const r of results)
        if (!r.ok) expect(r).toMatchObject({ reason: 'taken', detail: [t.owner, expect.any(String)] });
      expect((await s().tickets.events(id)).filter((e) => e.previous === gone.by)).toHaveLength(1);
      // Without the claimer to take over from, a claimed ticket stays its claimer's.
      expect(await s().tickets.claim(id, sec, 'meituan-yangpu', T0 + 3)).toMatchObject({
        ok: false,
        reason: 'taken',
      });
    }
  });

  it("the escalation chat's 签收: organisers only; of an organiser and a secretary at once, one owner and the other told who", async () => {
    const org: Actor = { by: 'console:org-li', name: 'org-li', role: 'organiser' };
    for (let trial = 0; trial < 20; trial++) {
      const id = await newTicket();
      // A secretary pressing the district's button is refused in the script, whatever the client sent.
      expect(
        await s().tickets.claim(id, sec, 'meituan-yangpu', T0 + 1, undefined, 'organiser'),
      ).toMatchObject({ ok: false, reason: 'organisers-only' });
      expect((await s().tickets.get(id))!.status).toBe('new');
      const [a, b] = await Promise.all([
        s(1).tickets.claim(id, org, 'meituan-yangpu', T0 + 2, undefined, 'organiser'),
        s(2).tickets.claim(id, sec, 'meituan-yangpu', T0 + 2),
      ]);
      expect([a, b].filter((r) => r.ok)).toHaveLength(1);
      const t = (await s().tickets.get(id))!;
      const lost = a.ok ? b : a;
      expect(lost).toMatchObject({ reason: 'taken', detail: [t.owner, t.ownerName] });
    }
  });

  it('retention racing itself anonymises a ticket once', async () => {
    const r = await s().tickets.create(draft(), { now: T0, numberPrefix: 'JN-2026-', limit: 0, windowMs: H });
    if (r.status !== 'created') throw new Error(r.status);
    const done = await times(10, (i) => s(i).tickets.anonymise(r.id, T0 + 1));
    expect(done.filter(Boolean)).toHaveLength(1);
    expect((await s().tickets.get(r.id))!.reporter).toBe('-');
  });
});

describe('dialogs', () => {
  it('an "answer the question" dialog never replaces one the worker opened at the same moment', async () => {
    for (let trial = 0; trial < 50; trial++) {
      const owner = { channel: 'console', chatId: `rider-${trial}`, userId: `rider-${trial}` };
      const mine = { feature: 'reports', step: 'describe', data: {}, startedAt: 1 };
      const asked = { feature: 'reports', step: 'answer', data: { id: 'JN-2026-000001' }, startedAt: 2 };
      await Promise.all([s(1).dialogs.set(owner, mine), s(2).dialogs.setIfAbsent(owner, asked)]);
      const now = await s().dialogs.get(owner);
      // Either order is fine, but the worker's own step always survives.
      expect(now?.step).toBe('describe');
    }
  });
});
