/**
 * QA29: after the retention period a resolved report leaves nothing of its reporter anywhere in Redis — not in
 * the ticket, its history or body, and not in a side key (a dedup marker, a relayed message, a card's copy, a
 * worker's index, a figure). A whole life is played (claimed, added to, resolved, objected to, resolved again,
 * rated), the retention job runs past the pack's 180 days, and every key of the bot is read. Keys that expire
 * on their own well before the retention period (a TTL shorter than it) are gone by then and not counted.
 * Real Redis, the console app.
 */
import { describe, expect, it } from 'vitest';
import { claim, confirm, fileFrom, object, resolve, useReportsApp } from './drive.js';
import { HOUR, T0 } from './helpers.js';

const DAY = 24 * HOUR;
/** The sample pack keeps resolved tickets 180 days. */
const RETENTION = 180 * DAY;
const setup = useReportsApp({ bind: true });

/** Every key of the bot that would still be there after `ms`, with its value as text. */
async function keysOutliving(ms: number): Promise<string[]> {
  const r = setup.app.app.store.redis;
  const out: string[] = [];
  for (const key of await r.keys(`${setup.app.app.store.keys.prefix}:*`)) {
    const ttl = await r.pttl(key);
    if (ttl > 0 && ttl < ms) continue;
    const type = await r.type(key);
    const value =
      type === 'string'
        ? await r.get(key)
        : type === 'hash'
          ? await r.hgetall(key)
          : type === 'list'
            ? await r.lrange(key, 0, -1)
            : type === 'set'
              ? await r.smembers(key)
              : await r.zrange(key, 0, -1);
    out.push(`${key} ${JSON.stringify(value)}`);
  }
  return out;
}

describe('a resolved report past retention', () => {
  it('leaves no trace of its reporter or their words in any key', async () => {
    const { app, clock } = setup;
    const id = await fileFrom(
      app,
      'rider-rt7',
      'riders-meituan',
      '站长克扣配送费两百元，我电话13812345678，身份证310101199001011234',
    );
    clock.set(T0 + HOUR);
    await claim(app, 'sec-meituan', 'triage-meituan', id);
    await app.type(':as rider-rt7', ':dm', '补充一下，是上周三扣的');
    clock.set(T0 + 2 * HOUR);
    await resolve(app, 'sec-meituan', 'triage-meituan', id, '已联系站长退还');
    await object(app, 'rider-rt7', '还没退，站长叫王五');
    clock.set(T0 + 3 * HOUR);
    await resolve(app, 'sec-meituan', 'triage-meituan', id, '已退还');
    await confirm(app, 'rider-rt7', 4);

    // Before: the words and the reporter are there (so the scan can see them).
    const before = (await keysOutliving(RETENTION)).join('\n');
    expect(before).toContain('rider-rt7');
    expect(before).toContain('站长克扣');

    clock.set(T0 + 3 * HOUR + RETENTION + DAY);
    expect((await app.app.jobs.retention()).anonymised).toEqual([id]);
    const left = await keysOutliving(RETENTION);
    for (const trace of [
      'rider-rt7',
      '站长克扣',
      '两百',
      '13812345678',
      '5678',
      '310101',
      '上周三',
      '王五',
      '退还',
    ])
      expect(
        left.filter((kv) => kv.includes(trace)),
        trace,
      ).toEqual([]);
    // What the figures need stays.
    expect(await app.app.deps.store.tickets.get(id)).toMatchObject({
      status: 'closed',
      rating: 4,
      solved: true,
    });
  });
});
