/**
 * Nothing lost: a report or a triage action survives a SIGKILL at any step and a Redis restart, with
 * no ticket lost or duplicated and no half-applied state. Real Redis, real child processes (crash-child.ts
 * as compiled for the test run, tests/helpers/compiled.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp, type App } from '../../../src/app.js';
import { createConsoleAdapter, type ConsoleAdapter } from '../../../src/adapters/console/adapter.js';
import { createLogger } from '../../../src/core/logger.js';
import type { IncomingButton } from '../../../src/core/types.js';
import { startRedisServer } from '../../../src/store/embedded.js';
import type { Store } from '../../../src/store/index.js';
import { createTestApp, SAMPLE_PACK, testPrefix, type TestApp } from '../../helpers/app.js';
import { compiled } from '../../helpers/compiled.js';
import { lastTicketId, linesIn, press } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../../..');
/** node's arguments for crash-child.ts. */
let CHILD: string[];
beforeAll(async () => {
  CHILD = await compiled('crash-child');
  // The first kill tests' children start here, and the first test begins with its child ready (freshChild).
  while (warm.length < Math.min(WARM_AHEAD, killTestsLeft)) warm.push(new Child());
  await warm[0]?.ready();
});

const opened: TestApp[] = [];
afterAll(async () => {
  for (const a of opened) await a.close().catch(() => undefined);
  for (const c of warm.splice(0)) await c.kill();
});

/** A bot process fed console lines one by one; `kill()` is SIGKILL, nothing is flushed or closed. */
class Child {
  private proc: ChildProcess;
  private out = '';
  private waiters: (() => void)[] = [];
  private exited: Promise<void>;
  acks = 0;
  /** Each child works on keys of its own. */
  readonly prefix = testPrefix();
  constructor() {
    // node itself, not a CLI in front of it (as tsx's is): a second process relays signals, and a SIGKILL
    // to it would leave the bot underneath running.
    this.proc = spawn(process.execPath, [...CHILD, inject('redisUrl'), this.prefix], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    this.exited = new Promise((res) => this.proc.once('exit', () => res()));
    this.proc.stdout!.on('data', (d: Buffer) => {
      this.out += d.toString();
      this.acks = (this.out.match(/^ACK /gm) ?? []).length;
      for (const w of this.waiters.splice(0)) w();
    });
  }
  private until(test: () => boolean, what: string): Promise<void> {
    return new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`child: no ${what}; got ${this.out}`)), 20_000);
      const check = () => {
        if (test()) {
          clearTimeout(timer);
          res();
        } else this.waiters.push(check);
      };
      check();
    });
  }
  ready = () => this.until(() => this.out.includes('READY'), 'READY');
  /** A line the child acts on without acknowledging (`:arm …`). */
  send(text: string): Promise<void> {
    this.proc.stdin!.write(`${text}\n`);
    return Promise.resolve();
  }
  /** Send a line and wait until it is handled. */
  async line(text: string): Promise<void> {
    const want = this.acks + 1;
    this.proc.stdin!.write(`${text}\n`);
    await this.until(() => this.acks >= want, `ACK ${want} for ${text}`);
  }
  /**
   * Send a line and kill the process `afterMs` later, whatever it is doing — unless it kills itself
   * first (an armed tripwire), which is what this returns.
   */
  async lineThenKill(text: string, afterMs: number): Promise<boolean> {
    this.proc.stdin!.write(`${text}\n`);
    let self = false;
    if (afterMs > 0)
      await Promise.race([new Promise((r) => setTimeout(r, afterMs)), this.exited.then(() => (self = true))]);
    await this.kill();
    return self;
  }

  kill(): Promise<void> {
    return new Promise((res) => {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) return res();
      this.proc.once('exit', () => res());
      this.proc.kill('SIGKILL');
    });
  }
}

/**
 * Every kill test needs a fresh process, and starting one takes seconds while a test takes about one:
 * the next tests' children start while this one runs, so they are warm (READY) when their test begins.
 * Each is used by one test and killed; none is started that no test will use.
 */
const WARM_AHEAD = 2;
const warm: Child[] = [];
let killTestsLeft = 0;
function freshChild(): Child {
  const child = warm.shift() ?? new Child();
  killTestsLeft--;
  while (warm.length < Math.min(WARM_AHEAD, killTestsLeft)) warm.push(new Child());
  return child;
}

/** Every index a ticket must be in — or none: a half-created ticket is a bug. */
async function assertWhole(store: Store, id: string): Promise<void> {
  const t = (await store.tickets.get(id))!;
  expect(t, `ticket ${id}`).toBeDefined();
  const r = store.redis;
  const k = store.keys;
  expect(await r.zscore(k.ticketsCreated(), id)).not.toBeNull();
  expect(await r.zscore(k.workerTickets(t.channel, t.reporter), id)).not.toBeNull();
  const open = ['new', 'claimed', 'waiting'].includes(t.status);
  expect((await r.zscore(k.branchQueue(t.branch), id)) !== null).toBe(open);
  expect((await r.zscore(k.ticketsDue(), id)) !== null).toBe(open);
  expect(t.evSeq).toBe(await r.llen(k.ticketEvents(id)));
  expect(t.evSeq).toBeGreaterThanOrEqual(1);
}

async function restart(prefix: string): Promise<TestApp> {
  const app = await createTestApp({ prefix });
  opened.push(app);
  return app;
}

const intake = [':as rider-k', ':dm', '/report', '站点超时罚款，扣了我50块', ':press 1', ':press 1'];
// After the lines above the worker is at the confirm step (anonymous: no contact question).
const SUBMIT = ':press 1';

/** Finish whatever intake step the dialog is at, with presses built from the draft in Redis. */
async function finishIntake(app: TestApp, user: string): Promise<void> {
  const store = app.app.store;
  for (let i = 0; i < 8; i++) {
    const d = await store.dialogs.get({ channel: 'console', chatId: user, userId: user });
    if (!d) return;
    const draft = (d.data.draft as { id: string }).id;
    const data: Record<string, string> = {
      category: `rp:${draft}:ok`,
      anon: `rp:${draft}:anon:1`,
      contact: `rp:${draft}:contact:0`,
      confirm: `rp:${draft}:submit`,
    };
    if (d.step === 'describe') {
      await app.type(`:as ${user}`, ':dm', '站点超时罚款，扣了我50块');
      continue;
    }
    const press: IncomingButton = {
      type: 'button',
      updateId: `finish-${user}-${i}-${Date.now()}`,
      chat: { address: { channel: 'console', chatId: user }, kind: 'private' },
      from: { channel: 'console', id: user, name: user, languageCode: 'zh-CN' },
      data: data[d.step]!,
      pressId: `finish-${i}`,
    };
    await app.app.core.handle(press);
  }
}

describe('nothing lost: SIGKILL during intake', () => {
  // Kill points: between steps, at each boundary inside "submit" (right after the call named), and
  // at a few moments after the press was sent.
  const points: { name: string; after: number; arm?: string; killMs?: number }[] = [
    { name: 'after /report', after: 3 },
    { name: 'after the description', after: 4 },
    { name: 'after the category', after: 5 },
    { name: 'at the confirm step', after: 6 },
    { name: 'right after the ticket was created', after: 6, arm: 'tickets.create' },
    { name: 'after the receipt, before the triage card', after: 6, arm: 'outbox.send' },
    { name: 'after the triage card, before it was recorded', after: 6, arm: 'outbox.send#2' },
    { name: 'after the effects were marked done', after: 6, arm: 'tickets.effectsDone' },
    { name: 'after the dialog was cleared', after: 6, arm: 'dialogs.clear' },
    { name: 'as soon as submit was pressed', after: 6, killMs: 0 },
  ];
  killTestsLeft += points.length;

  it.each(points)(
    'killed $name: restarted, the report is filed exactly once',
    async ({ after, arm, killMs }) => {
      const child = freshChild();
      const prefix = child.prefix;
      await child.ready();
      for (const l of intake.slice(0, after)) await child.line(l);
      if (arm) {
        await child.send(`:arm ${arm}`);
        expect(await child.lineThenKill(SUBMIT, 15_000), 'the tripwire fired').toBe(true);
      } else if (killMs !== undefined) await child.lineThenKill(SUBMIT, killMs);
      else await child.kill();

      const app = await restart(prefix);
      const store = app.app.store;
      const filed = await store.tickets.forWorker('console', 'rider-k', 0, 10);
      expect(filed.length).toBe(arm ? 1 : filed.length);
      expect(filed.length).toBeLessThanOrEqual(1);
      for (const t of filed) await assertWhole(store, t.id);
      // Start-up recovery finishes the effects the dead process left (receipt, triage card).
      await app.app.reports.recover();
      expect((await store.tickets.pending()).size).toBe(0);
      if (filed[0]) {
        expect((await store.tickets.get(filed[0].id))!.card).toBeDefined();
      }
      // The worker carries on from where the draft was (or sees it was filed) — one ticket in the end.
      if (after >= 3) await finishIntake(app, 'rider-k');
      const all = await store.tickets.forWorker('console', 'rider-k', 0, 10);
      expect(all).toHaveLength(after >= 3 ? 1 : 0);
      for (const t of all) await assertWhole(store, t.id);
      expect(
        await store.dialogs.get({ channel: 'console', chatId: 'rider-k', userId: 'rider-k' }),
      ).toBeUndefined();
    },
  );
});

describe('nothing lost: SIGKILL during a triage action', () => {
  const points: { name: string; arm?: string; killMs?: number }[] = [
    { name: 'right after the claim script', arm: 'tickets.claim' },
    { name: 'after the worker was told, before the card edit', arm: 'outbox.send' },
    { name: 'after the card edit, before the effects were marked done', arm: 'outbox.edit' },
    { name: '0 ms into the press', killMs: 0 },
  ];
  killTestsLeft += points.length;

  it.each(points)('killed $name: one owner, one event, the card right', async ({ arm, killMs }) => {
    const child = freshChild();
    const prefix = child.prefix;
    await child.ready();
    for (const l of [...intake, SUBMIT, ':as sec-district', ':in triage-district']) await child.line(l);
    // A private report with no group goes to the district; the claim button is the card's first.
    if (arm) await child.send(`:arm ${arm}`);
    const self = await child.lineThenKill(':press 1', arm ? 15_000 : (killMs ?? 0));
    if (arm) expect(self, 'the tripwire fired').toBe(true);

    const app = await restart(prefix);
    const store = app.app.store;
    const [t] = await store.tickets.forWorker('console', 'rider-k', 0, 1);
    expect(t).toBeDefined();
    await assertWhole(store, t!.id);
    const claims = (await store.tickets.events(t!.id)).filter((e) => e.type === 'claimed');
    expect(claims.length).toBe(arm ? 1 : claims.length);
    expect(claims.length).toBeLessThanOrEqual(1);
    expect(t!.status === 'claimed').toBe(claims.length === 1);
    await app.app.reports.recover();
    expect((await store.tickets.pending()).size).toBe(0);
    if (claims.length) {
      // The restarted process re-edited the card (the old message is unknown to it, so it posted it again).
      const card = (await store.tickets.get(t!.id))!.card!;
      expect(card.address.chatId).toBe('triage-district');
    }
    // The secretary presses again after the restart: still one owner, one claim.
    await app.app.core.handle({
      type: 'button',
      updateId: `again-${arm ?? killMs}`,
      chat: { address: { channel: 'console', chatId: 'triage-district' }, kind: 'group' },
      from: { channel: 'console', id: 'sec-district', name: 'sec-district' },
      data: `tk:claim:${t!.id}`,
      pressId: 'again',
    });
    const after = (await store.tickets.get(t!.id))!;
    expect(after).toMatchObject({ status: 'claimed', owner: 'console:sec-district' });
    expect((await store.tickets.events(t!.id)).filter((e) => e.type === 'claimed')).toHaveLength(1);
    await assertWhole(store, t!.id);
  });

  it('effects a crash left pending are performed at start-up, once', async () => {
    const prefix = testPrefix();
    const app = await restart(prefix);
    const store = app.app.store;
    // A claim whose process died right after the script: state changed, nothing sent yet.
    await app.type(':as rider-p', ':dm', '/report', '工资被扣了200', ':press 1', ':press 1', ':press 1');
    const id = lastTicketId(app, 'rider-p');
    const r = await store.tickets.claim(
      id,
      { by: 'console:sec-district', name: 'sec-district', role: 'secretary' },
      'district-yangpu',
      Date.now(),
    );
    expect(r.ok).toBe(true);
    expect((await store.tickets.pending()).has(id)).toBe(true);
    const restarted = await restart(prefix);
    await restarted.app.reports.start();
    expect((await store.tickets.pending()).has(id)).toBe(false);
    const told = linesIn(restarted, 'rider-p').filter((l) => l.text.includes(`${id} 已由`));
    expect(told).toHaveLength(1);
    // A second recovery sends nothing again.
    await restarted.app.reports.recover();
    expect(linesIn(restarted, 'rider-p').filter((l) => l.text.includes(`${id} 已由`))).toHaveLength(1);
  });
});

describe('nothing lost: Redis restarted during intake', () => {
  it('the worker is told it is saved, and the report lands once Redis is back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-redis-'));
    let redis = await startRedisServer({ dataDir: join(dir, 'redis') });
    const port = Number(new URL(redis.url).port);
    let app: App | undefined;
    try {
      app = await createApp({
        contentDir: SAMPLE_PACK,
        redisUrl: redis.url,
        redisPrefix: testPrefix(),
        logger: createLogger({ level: 'silent', pretty: false }),
        timezone: 'Asia/Shanghai',
        watchContent: false,
        spoolFile: join(dir, 'spool', 'updates.jsonl'),
      });
      const console: ConsoleAdapter = createConsoleAdapter({ core: () => app!.core, write: () => {} });
      app.outbox.register('console', console.outbox);
      await app.reports.start();
      const type = async (...lines: string[]) => {
        for (const l of lines) await console.input(l);
      };
      const t = { console, app, type } as unknown as TestApp;
      await type(':as rider-r', ':dm', '/report', '站点扣钱不给理由');
      await press(t, 'rider-r', '对，下一步');
      await press(t, 'rider-r', '匿名反映');

      await redis.stop();
      // Redis is down: the worker presses "submit" and writes one more message.
      await press(t, 'rider-r', '提交');
      const saved = console.transcript.filter((l) => l.kind === 'toast' && l.to.chatId === 'rider-r').at(-1)!;
      expect(saved.text).toContain('已收到并保存');
      expect(console.transcript.some((l) => l.text.includes('抱歉'))).toBe(false);
      expect(app.deps.spool!.size()).toBe(1);

      redis = await startRedisServer({ dataDir: join(dir, 'redis'), port });
      // On reconnect the spool is replayed: the ticket is filed and the receipt sent.
      const deadline = Date.now() + 15_000;
      while (
        !console.transcript.some((l) => l.to.chatId === 'rider-r' && l.text.includes('已受理')) &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const id = lastTicketId(t, 'rider-r');
      const store = app.store;
      expect(await store.tickets.forWorker('console', 'rider-r', 0, 10)).toHaveLength(1);
      await assertWhole(store, id);
      // The spooled update is let go once its handling is done — which ends after the receipt is sent.
      await expect.poll(() => app!.deps.spool!.size(), { timeout: 15_000 }).toBe(0);
      expect(console.transcript.some((l) => l.to.chatId.startsWith('triage') && l.text.includes(id))).toBe(
        true,
      );
      // A second replay (a crash mid-drain) changes nothing: filing is idempotent per draft.
      await app.reports.recover();
      expect(await store.tickets.forWorker('console', 'rider-r', 0, 10)).toHaveLength(1);
    } finally {
      await app?.close();
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
