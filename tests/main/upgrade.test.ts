/**
 * A rolling upgrade: replicas of an older and a newer release on one token and one Redis, as deployed (real
 * `src/main.ts` children, the real grammY runner, the Bot API stand-in in this process). The release level is given
 * through TEST_RELEASE_LEVEL (config): level 1 is the older release, level 2 the newer.
 *
 * - a newer replica joins: the older one steps aside within a lease renewal — gives the poller lease up, says why on
 *   /healthz (503) and /metrics — and from then on the newer one answers every update, a button press too; the
 *   update the older one had claimed and not begun is handled by the newer one (nothing lost);
 * - an older replica starting after a newer one takes no work at all.
 */
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { steppedAsideLine } from '../../src/core/release.js';
import { createKeys } from '../../src/store/keys.js';
import { testPrefix } from '../helpers/app.js';
import { buttonsOf, createUpdateFactory, startFakeBotApi, type FakeBotApi } from '../helpers/fake-bot-api.js';
import { health, metric, startReplica, stopReplicas, until, type Replica } from '../helpers/replicas.js';

const running: Replica[] = [];
let api: FakeBotApi | undefined;
let redis: Redis | undefined;
afterEach(async () => {
  await stopReplicas(running);
  await api?.close();
  api = undefined;
  redis?.disconnect();
  redis = undefined;
});

const polling = (level: number, prefix: string) => ({
  TELEGRAM_BOT_TOKEN: api!.token,
  TELEGRAM_API_ROOT: api!.apiRoot,
  TELEGRAM_POLL_LEASE_MS: '1500',
  REDIS_PREFIX: prefix,
  TEST_RELEASE_LEVEL: String(level),
});

const leading = (r: Replica) => async () =>
  r.port && (await health(r)).checks.telegram === 'polling: leading' ? true : undefined;

const HANDLED = 'waystation_updates_total{channel="telegram",outcome="handled"}';
const ASIDE = `stepped aside: ${steppedAsideLine(2)}`;

describe('a rolling upgrade on one Redis', () => {
  it('the older replica steps aside when a newer one joins; the newer one answers from then on and loses nothing', async () => {
    api = await startFakeBotApi();
    const u = createUpdateFactory(api.me);
    const prefix = testPrefix();
    redis = new Redis(inject('redisUrl'));
    const pending = () => redis!.hlen(createKeys(prefix).updates.pending());
    const old = startReplica('old', polling(1, prefix), running);
    await until('the older replica polling', leading(old));
    expect((await health(old)).checks.release).toBe('level 1');

    // A worker's /start is being answered when the newer release starts (its reply held at "Telegram"), and the
    // same worker's /help waits behind it in the older replica: claimed there, not begun.
    const rider = u.person(9301);
    const release = api.hold('sendMessage');
    api.push(u.privateText(rider, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    api.push(u.privateText(rider, '/help'));
    await until('both updates claimed', async () => ((await pending()) === 2 ? true : undefined));

    const young = startReplica('new', polling(2, prefix), running);
    const aside = await until('the older replica stepping aside', async () => {
      const h = await health(old);
      return h.status === 503 ? h : undefined;
    });
    expect(aside.checks.release).toBe(ASIDE);
    expect(await metric(old, 'waystation_stepped_aside')).toBe(1);
    // The /start in hand finishes where it began; the newer replica takes the poller lease.
    release();
    await until('the newer replica polling', leading(young));
    expect(await health(young)).toMatchObject({ status: 200, checks: { release: 'level 2' } });

    // Nothing lost: the /help the older replica had claimed is answered (by the newer one's recovery).
    await until(
      'the /help answered',
      () => api!.callsOf('sendMessage').filter((p) => p.chat_id === rider.id).length === 2,
      60_000,
    );
    // New updates, and a press on a button, go to the newer replica.
    const other = u.person(9302);
    const mark = api.mark();
    api.push(u.privateText(other, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === other.id, { after: mark });
    const card = api.lastMessage(other.id)!;
    const data = buttonsOf(card).find((b) => b.data)?.data;
    expect(data).toBeDefined();
    const press = u.press(card, other, data!);
    api.push(press);
    await api.waitFor('answerCallbackQuery', (p) => p.callback_query_id === press.callback_query!.id, {
      after: mark,
    });
    await until('no update left unfinished', async () => ((await pending()) === 0 ? true : undefined));

    // The older replica handled only the /start it had begun; the newer one the rest, each once.
    expect(await metric(old, HANDLED)).toBe(1);
    expect(await metric(young, HANDLED)).toBe(3);
    expect(api.callsOf('sendMessage').filter((p) => p.chat_id === rider.id)).toHaveLength(2);
    expect(old.logs.filter((l) => l.msg === steppedAsideLine(2))).toHaveLength(1);
    expect((await health(old)).status).toBe(503);
  }, 150_000);

  it('an older replica starting after a newer one takes no work at all', async () => {
    api = await startFakeBotApi();
    const u = createUpdateFactory(api.me);
    const prefix = testPrefix();
    const young = startReplica('new', polling(2, prefix), running);
    await until('the newer replica polling', leading(young));

    const old = startReplica('old', polling(1, prefix), running);
    const h = await until('the older replica serving /healthz', async () => old.port && (await health(old)));
    expect(h).toMatchObject({ status: 503, checks: { release: ASIDE } });
    expect(await metric(old, 'waystation_stepped_aside')).toBe(1);

    const rider = u.person(9303);
    api.push(u.privateText(rider, '/start'));
    await api.waitFor('sendMessage', (p) => p.chat_id === rider.id);
    expect((await health(young)).checks.release).toBe('level 2');
    // It said why once, and started nothing: no poller, no delivery, no schedules, no app.
    const said = old.logs.map((l) => l.msg);
    expect(said.filter((m) => m === steppedAsideLine(2))).toHaveLength(1);
    for (const m of [
      'telegram long polling: competing for the poller lease',
      'delivery engine started',
      'bot running',
    ])
      expect(said).not.toContain(m);
  }, 120_000);
});
