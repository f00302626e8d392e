/**
 * Honest replies: "saved, nothing lost" only when the update really is kept for retry (the spool: Redis
 * unreachable, read-only or full) and then handled once; when Redis refuses a write and nothing will retry, the
 * person is asked to send it again.
 * A throw-away redis-server of its own, since these tests fill it up, break it and stop it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createConsoleAdapter, type ConsoleAdapter } from '../../src/adapters/console/adapter.js';
import { startRedisServer, type EmbeddedRedis } from '../../src/store/embedded.js';
import { captureLogger, SAMPLE_PACK, testPrefix, type TestApp } from '../helpers/app.js';
import { fillRedis, type FullRedis } from '../helpers/full-redis.js';
import { press } from './reports/helpers.js';
import { meituanTicket } from './reports/drive.js';
import { DeliveryError } from '../../src/core/outbox.js';
import type { IncomingMessage } from '../../src/core/types.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-honest-'));
let redis: EmbeddedRedis;

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
});

const SAVED = { 'zh-CN': '已收到并保存', en: 'Received and saved' };
const AGAIN = { 'zh-CN': '请稍后重新发送', en: 'Please send it again' };
const LOST = /没有丢失|不会丢失|not lost|nothing is lost/;

interface Bot {
  app: App;
  console: ConsoleAdapter;
  logs: Record<string, unknown>[];
  /** Type lines and return what the bot said back. */
  say(...lines: string[]): Promise<string>;
}

const bots: Bot[] = [];
afterEach(async () => {
  for (const b of bots.splice(0)) await b.app.close().catch(() => undefined);
});

async function bot(spoolFile: string, url = redis.url, updateLeaseMs?: number): Promise<Bot> {
  const { logger, logs } = captureLogger('info');
  const app = await createApp({
    ...(updateLeaseMs ? { updateLeaseMs } : {}),
    contentDir: SAMPLE_PACK,
    redisUrl: url,
    redisPrefix: testPrefix(),
    logger,
    timezone: 'Asia/Shanghai',
    watchContent: false,
    spoolFile,
  });
  const console = createConsoleAdapter({ core: () => app.core, write: () => {} });
  app.outbox.register('console', console.outbox);
  const b: Bot = {
    app,
    console,
    logs,
    async say(...lines) {
      const before = console.transcript.length;
      for (const l of lines) await console.input(l);
      return console.transcript
        .slice(before)
        .map((l) => l.text)
        .join('\n');
    },
  };
  bots.push(b);
  return b;
}

/** A Meituan ticket filed by `rider` whose secretary pressed 转派 on its triage card: the branch list is open. */
async function transferOpened(b: Bot, rider: string): Promise<TestApp> {
  const t = {
    app: b.app,
    console: b.console,
    type: async (...lines: string[]) => void (await b.say(...lines)),
    take: () => [],
    close: () => b.app.close(),
  } as unknown as TestApp;
  await t.type(':as org-li', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
  const id = await meituanTicket(t, rider, '平台一直不给结算工资');
  const card = (await b.app.deps.store.tickets.get(id))!.card!.messageId;
  await t.type(':as sec-meituan', ':in triage-meituan');
  await press(t, 'triage-meituan', '转派', card);
  return t;
}

/**
 * The triage chat has since been upgraded to `newChat`: an edit there is refused with the new id (so it goes afresh),
 * and `afterSend` runs once a card has reached the new chat (fill Redis, or throw as a dropped connection would).
 */
function triageUpgradedTo(b: Bot, newChat: string, afterSend: () => void | Promise<void>): void {
  const inner = b.console.outbox;
  b.app.outbox.register('console', {
    ...inner,
    async edit(ref, card) {
      if (ref.address.chatId !== 'triage-meituan') return inner.edit(ref, card);
      throw new DeliveryError(
        'group chat was upgraded to a supergroup chat',
        'not-found',
        undefined,
        newChat,
      );
    },
    async send(to, card) {
      const ref = await inner.send(to, card);
      if (to.chatId === newChat) await afterSend();
      return ref;
    },
  });
}

describe('when Redis is full (noeviction), the message is kept and handled once room is made', () => {
  it('told "saved" (never "will not be retried"), in their language; once freed, one answer each', async () => {
    const b = await bot(join(dir, 'oom', 'updates.jsonl'));
    expect(await b.say(':as rider-o', ':dm', '/report')).toContain('请说说');
    const full = await fillRedis(b.app.store.redis);
    let zh: string, en: string;
    try {
      zh = await b.say('站长扣我工资不给理由 电话13857164439');
      en = await b.say(':as rider-e en', ':dm', 'where can I charge my phone');
      // Still full: a replay is refused again, keeps both, and tells nobody anything more.
      const before = b.console.transcript.length;
      await expect(b.app.core.drainSpool()).rejects.toThrow(/OOM/);
      expect(b.console.transcript.length).toBe(before);
      expect(b.app.deps.spool!.size()).toBe(2);
    } finally {
      await full.free();
    }
    expect(zh).toContain(SAVED['zh-CN']);
    expect(zh).not.toContain(AGAIN['zh-CN']);
    expect(en).toContain(SAVED.en);
    expect(en).not.toContain(AGAIN.en);
    // The failure is logged as an error (for the alert), and the report text in it is masked.
    const logged = JSON.stringify(b.logs);
    expect(logged).toContain('redis out of memory: update spooled');
    expect(logged).not.toContain('13857164439');

    const mark = b.console.transcript.length;
    expect(await b.app.core.drainSpool()).toBe(2);
    await b.app.updates.recover();
    expect(await b.app.core.drainSpool()).toBe(0);
    const after = b.console.transcript.slice(mark);
    // The report's words go on with the report; the question is answered: one reply each, no apology.
    expect(after.filter((l) => l.to.chatId === 'rider-o').map((l) => l.text)).toEqual([
      expect.stringContaining('我理解这是'),
    ]);
    expect(after.filter((l) => l.to.chatId === 'rider-e')).toHaveLength(1);
    expect(after.map((l) => l.text).join('\n')).not.toMatch(/not be retried|不会自动重试/);
  });

  it('claimed before Redis filled up: kept once, not left for a retry a lease later', async () => {
    const b = await bot(join(dir, 'oom-claimed', 'updates.jsonl'), redis.url, 50);
    const question = 'where can I charge my phone';
    // What the worker gets when nothing is wrong.
    const answer = await b.say(':as rider-k en', ':dm', question);
    const update: IncomingMessage = {
      type: 'message',
      updateId: 'oom-claimed-1',
      chat: { address: { channel: 'console', chatId: 'rider-c' }, kind: 'private' },
      from: { channel: 'console', id: 'rider-c', languageCode: 'en' },
      messageId: 'oom-claimed-1',
      text: question,
      addressed: true,
    };
    // The Telegram adapter claims on arrival; the update then waits its chat's turn — and Redis fills meanwhile.
    expect(await b.app.core.admit(update)).toBe('claimed');
    const full = await fillRedis(b.app.store.redis);
    const mark = b.console.transcript.length;
    try {
      await b.app.core.handle(update, { admitted: 'claimed' });
    } finally {
      await full.free();
    }
    const told = b.console.transcript.slice(mark).map((l) => l.text);
    expect(told).toEqual([expect.stringContaining(SAVED.en)]);
    expect(await b.app.deps.store.updates.pending()).toBe(0);

    // Room again: the lease has long run out, yet recovery finds nothing; the spool answers it, once.
    await b.app.updates.recover();
    expect(await b.app.core.drainSpool()).toBe(1);
    await b.app.updates.recover();
    expect(await b.app.core.drainSpool()).toBe(0);
    const replies = b.console.transcript.slice(mark + 1).map((l) => l.text);
    expect(replies).toEqual([answer]);
  });
});

describe('when Redis fills up after part of the answer went out', () => {
  const PARTLY = { 'zh-CN': '只处理了一部分' };

  /**
   * A bot whose Redis fills up right after the console shows the first message `when` picks, as a district's Redis
   * that reaches its limit mid-update; `free()` makes room again.
   */
  async function fillingBot(name: string, when: (chatId: string, text: string) => boolean) {
    const b = await bot(join(dir, name, 'updates.jsonl'), redis.url, 50);
    const inner = b.console.outbox;
    let full: FullRedis | undefined;
    b.app.outbox.register('console', {
      ...inner,
      async send(to, card) {
        const ref = await inner.send(to, card);
        if (!full && when(to.chatId, b.console.transcript.at(-1)!.text))
          full = await fillRedis(b.app.store.redis);
        return ref;
      },
    });
    return { b, filled: () => !!full, free: () => full?.free() };
  }

  it('an answer already shown: "only partly handled", not "saved" — nothing kept to say it again', async () => {
    const { b, filled, free } = await fillingBot(
      'unfinished',
      (chat, text) => chat === 'rider-u' && text.includes('体检'),
    );
    let said: string;
    try {
      said = await b.say(':as rider-u zh-CN', ':dm', '体检报告多久出');
      expect(filled()).toBe(true);
    } finally {
      await free();
    }
    // The answer, then the apology that says part of it was done; the question is not kept for a replay.
    const lines = said.split('\n');
    expect(lines[0]).toContain('体检');
    expect(said).toContain(PARTLY['zh-CN']);
    expect(said).not.toContain(SAVED['zh-CN']);
    expect(said).not.toMatch(LOST);
    expect(b.app.deps.spool!.size()).toBe(0);

    // Room again: nothing is handled a second time, nothing more is said.
    const mark = b.console.transcript.length;
    expect(await b.app.core.drainSpool()).toBe(0);
    expect(await b.app.core.recoverUpdates()).toBe(0);
    expect(b.console.transcript.slice(mark)).toEqual([]);
  });

  it('a question passed to the triage chat counts as said: the worker is told it was partly handled, and the branch gets it once', async () => {
    const { b, filled, free } = await fillingBot('relayed', (chat) => chat.startsWith('triage-'));
    await b.say(':as rider-p zh-CN', ':in riders-full 骑手群', '@waystation_bot 驿站能帮忙代收快递吗');
    const offer = b.console.transcript.at(-1)!;
    const n = (offer.card.buttons ?? [])
      .flat()
      .findIndex((x) => 'data' in x && x.data.startsWith('faq:pass:'));
    expect(n).toBeGreaterThanOrEqual(0);
    const mark = b.console.transcript.length;
    try {
      // The press's only words come after the relay: before stop 40, nothing counted as said, and the worker was told
      // "已收到并保存" for a press kept to be replayed.
      await b.say(`:press ${n + 1} ${offer.id}`);
      expect(filled()).toBe(true);
    } finally {
      await free();
    }
    const out = b.console.transcript.slice(mark);
    const relayed = () =>
      b.console.transcript.filter((l) => l.to.chatId.startsWith('triage-') && l.text.includes('代收快递'));
    expect(relayed()).toHaveLength(1);
    const toast = out.filter((l) => l.kind === 'toast').map((l) => l.text);
    expect(toast).toEqual([expect.stringContaining(PARTLY['zh-CN'])]);
    expect(toast.join('')).not.toContain(SAVED['zh-CN']);
    expect(b.app.deps.spool!.size()).toBe(0);

    expect(await b.app.core.drainSpool()).toBe(0);
    expect(await b.app.core.recoverUpdates()).toBe(0);
    expect(relayed()).toHaveLength(1);
  });
  it('an edit that went out afresh (a triage chat since upgraded) counts as said: partly handled, sent once', async () => {
    const b = await bot(join(dir, 'afresh', 'updates.jsonl'), redis.url, 50);
    const t = await transferOpened(b, 'rider-mv');
    // The triage chat has since been upgraded: the branch list's edit is refused, so it goes afresh to the new chat,
    // and Redis fills up right after, before the reason is asked for.
    let full: FullRedis | undefined;
    triageUpgradedTo(b, 'triage-new', async () => {
      full ??= await fillRedis(b.app.store.redis);
    });
    const mark = b.console.transcript.length;
    try {
      await press(t, 'triage-meituan', '饿了么');
      expect(full).toBeDefined();
    } finally {
      await full?.free();
    }
    const chosen = () =>
      b.console.transcript.filter((l) => l.to.chatId === 'triage-new' && l.text.includes('转派给'));
    expect(chosen()).toHaveLength(1);
    const toast = b.console.transcript
      .slice(mark)
      .filter((l) => l.kind === 'toast')
      .map((l) => l.text);
    expect(toast).toEqual([expect.stringContaining(PARTLY['zh-CN'])]);
    expect(b.app.deps.spool!.size()).toBe(0);
    // Room again: nothing is replayed, the new chat gets the message once.
    expect(await b.app.core.drainSpool()).toBe(0);
    expect(await b.app.core.recoverUpdates()).toBe(0);
    expect(chosen()).toHaveLength(1);
  });
  it('an edit sent afresh whose send had no answer is not sent again: the secretary goes on to the reason (stop 42)', async () => {
    const b = await bot(join(dir, 'afresh-dropped', 'updates.jsonl'), redis.url, 50);
    const t = await transferOpened(b, 'rider-dr');
    // The triage chat has since been upgraded: the edit is refused, and the afresh send reaches the new chat but its
    // answer is lost on the way back (the connection dropped).
    triageUpgradedTo(b, 'triage-nd', () => {
      throw new DeliveryError(
        'telegram unreachable: socket hang up',
        'transient',
        undefined,
        undefined,
        true,
      );
    });
    const mark = b.console.transcript.length;
    await press(t, 'triage-meituan', '饿了么');
    const chosen = () =>
      b.console.transcript.filter((l) => l.to.chatId === 'triage-nd' && l.text.includes('转派给'));
    // The choice recorded may be there: it is not sent again (nor as a reply instead); the reason is asked for.
    expect(chosen()).toHaveLength(1);
    const after = b.console.transcript.slice(mark).map((l) => l.text);
    expect(after.filter((text) => text.includes('转派给'))).toHaveLength(1);
    expect(after.some((text) => text.includes('请写明转派原因'))).toBe(true);
    expect(await b.app.core.recoverUpdates()).toBe(0);
    expect(chosen()).toHaveLength(1);
    await b.app.close();
  });
});

describe('when Redis refuses a write, the worker is asked to send again', () => {
  it('a script or command error (a key of the wrong type): "please send again"', async () => {
    const b = await bot(join(dir, 'wrongtype', 'updates.jsonl'));
    const keys = b.app.store.keys;
    await b.app.store.redis.hset(keys.dialog('console', 'rider-w', 'rider-w'), 'x', '1');
    const said = await b.say(':as rider-w', ':dm', '驿站在哪里');
    expect(said).toContain(AGAIN['zh-CN']);
    expect(said).not.toMatch(LOST);
  });
});

describe('a Lua script that fails half-way', () => {
  it('submitting a report whose create script errors: "please send again" on the button, nothing logged in clear', async () => {
    const b = await bot(join(dir, 'script', 'updates.jsonl'));
    const t = { console: b.console, type: (...l: string[]) => b.say(...l) } as unknown as TestApp;
    await b.say(':as rider-s zh-CN', ':dm', '/report', '站长扣我工资不给理由 电话13857164439');
    await press(t, 'rider-s', '对，下一步');
    await press(t, 'rider-s', '匿名反映');
    // The reporter's ticket index is a string: the create script stops with WRONGTYPE.
    await b.app.store.redis.set(b.app.store.keys.workerTickets('console', 'rider-s'), 'x');
    const mark = b.console.transcript.length;
    await press(t, 'rider-s', '提交');
    const said = b.console.transcript
      .slice(mark)
      .map((l) => l.text)
      .join('\n');
    expect(said).toContain(AGAIN['zh-CN']);
    expect(said).not.toMatch(LOST);
    expect(JSON.stringify(b.logs)).toContain('WRONGTYPE');
    expect(JSON.stringify(b.logs)).not.toContain('13857164439');
  });
});

describe('Redis refusing writes as a read-only replica (READONLY)', () => {
  it('is kept in the spool, said so truthfully, and handled once Redis takes writes again', async () => {
    const b = await bot(join(dir, 'readonly', 'updates.jsonl'));
    const admin = b.app.store.redis.duplicate();
    try {
      await b.say(':as rider-r zh-CN', ':dm', '/report');
      // A replica of a master that is not there: every write is refused with READONLY.
      await admin.call('REPLICAOF', '127.0.0.1', '1');
      const said = await b.say('站长扣我工资不给理由');
      expect(said).toContain(SAVED['zh-CN']);
      expect(b.app.deps.spool!.size()).toBe(1);
      await admin.call('REPLICAOF', 'NO', 'ONE');
      expect(await b.app.core.drainSpool()).toBe(1);
      expect(b.app.deps.spool!.size()).toBe(0);
    } finally {
      await admin.call('REPLICAOF', 'NO', 'ONE');
      admin.disconnect();
    }
  });
});

describe('when Redis cannot be reached', () => {
  it('"saved" is said only when the update is on disk, and it is handled once Redis is back', async () => {
    const own = await startRedisServer();
    const port = Number(new URL(own.url).port);
    const b = await bot(join(dir, 'down', 'updates.jsonl'), own.url);
    await b.say(':as rider-d', ':dm', '/report');
    await own.stop();
    const said = await b.say('站长扣我工资不给理由');
    expect(said).toContain(SAVED['zh-CN']);
    expect(b.app.deps.spool!.size()).toBe(1);

    const back = await startRedisServer({ port });
    try {
      // Wait on state: the client reconnects, then the spool is replayed.
      while ((await b.app.store.ping().catch(() => -1)) < 0);
      expect(await b.app.core.drainSpool()).toBe(1);
      expect(b.app.deps.spool!.size()).toBe(0);
    } finally {
      await b.app.close();
      await back.stop();
    }
  }, 30_000);

  it('a spool that cannot be written gets "please send again", not "saved"', async () => {
    const own = await startRedisServer();
    // The spool's folder is a file: nothing can be written there.
    writeFileSync(join(dir, 'not-a-folder'), '');
    const b = await bot(join(dir, 'not-a-folder', 'updates.jsonl'), own.url);
    await b.say(':as rider-f', ':dm', '驿站在哪里');
    await own.stop();
    const said = await b.say('附近哪里能充电');
    expect(said).toContain(AGAIN['zh-CN']);
    expect(said).not.toMatch(LOST);
    expect(said).not.toContain(SAVED['zh-CN']);
  }, 30_000);
});
