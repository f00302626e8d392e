/**
 * Several processes sharing one spool folder (replicas on one volume): each keeps to its own file, an
 * abandoned file is replayed by exactly one other process, and a live process's file is left to it.
 */
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpool } from '../../src/core/spool.js';
import type { Incoming, IncomingMessage } from '../../src/core/types.js';

const root = mkdtempSync(join(tmpdir(), 'ws-spool-shared-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const msg = (id: string): IncomingMessage => ({
  type: 'message',
  updateId: id,
  chat: { address: { channel: 'telegram', chatId: '42' }, kind: 'private' },
  from: { channel: 'telegram', id: '42' },
  messageId: id,
  text: `报告 ${id}`,
  addressed: true,
});

const age = (dir: string, name: string, ms: number) => {
  const t = new Date(Date.now() - ms);
  utimesSync(join(dir, name), t, t);
};

describe('a spool folder shared by several processes', () => {
  it('each process writes its own file; a live one’s updates are replayed only by it', async () => {
    const dir = join(root, 'live');
    const a = createSpool(join(dir, 'updates-host1-100.jsonl'));
    const b = createSpool(join(dir, 'updates-host2-200.jsonl'));
    a.keep(msg('1'));
    b.keep(msg('2'));
    expect(readdirSync(dir).sort()).toEqual(['updates-host1-100.jsonl', 'updates-host2-200.jsonl']);
    const byB: string[] = [];
    expect(await b.drain(async (u) => void byB.push(u.updateId))).toBe(1);
    expect(byB).toEqual(['2']);
    // a's file was written a moment ago: it is a's to replay.
    expect(readdirSync(dir)).toEqual(['updates-host1-100.jsonl']);
    const byA: string[] = [];
    await a.drain(async (u) => void byA.push(u.updateId));
    expect(byA).toEqual(['1']);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the file of a process that died is replayed once, by whichever process claims it first', async () => {
    const dir = join(root, 'dead');
    const dead = createSpool(join(dir, 'updates-old-1.jsonl'));
    for (const id of ['1', '2', '3']) dead.keep(msg(id));
    age(dir, 'updates-old-1.jsonl', 120_000);
    const survivors = [1, 2, 3].map((n) => createSpool(join(dir, `updates-new-${n}.jsonl`)));
    expect(survivors.map((s) => s.size())).toEqual([3, 3, 3]);
    const handled: { by: number; id: string }[] = [];
    const replay = (n: number) => async (u: Incoming) => {
      handled.push({ by: n, id: u.updateId });
      await new Promise((r) => setTimeout(r, 5));
    };
    await Promise.all(survivors.map((s, i) => s.drain(replay(i))));
    expect(handled.map((h) => h.id)).toEqual(['1', '2', '3']);
    expect(new Set(handled.map((h) => h.by)).size).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a claim left by a replayer that died is taken over once it is stale', async () => {
    const dir = join(root, 'claimed');
    const replayer = createSpool(join(dir, 'updates-r-1.jsonl'));
    replayer.keep(msg('7'));
    let fail = true;
    await expect(
      replayer.drain(async () => {
        if (fail) throw new Error('killed mid-replay');
      }),
    ).rejects.toThrow();
    const [claim] = readdirSync(dir);
    expect(claim).toMatch(/^updates-r-1\.claimed-[0-9a-f]+\.jsonl$/);
    fail = false;
    const other = createSpool(join(dir, 'updates-r-2.jsonl'));
    expect(other.size()).toBe(0);
    age(dir, claim!, 120_000);
    const ids: string[] = [];
    expect(await other.drain(async (u) => void ids.push(u.updateId))).toBe(1);
    expect(ids).toEqual(['7']);
  });
});
