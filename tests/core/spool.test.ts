import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSpool } from '../../src/core/spool.js';
import type { IncomingMessage } from '../../src/core/types.js';

const dir = mkdtempSync(join(tmpdir(), 'ws-spool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const msg = (id: string, text = 'x'): IncomingMessage => ({
  type: 'message',
  updateId: id,
  chat: { address: { channel: 'console', chatId: 'rider-1' }, kind: 'private' },
  from: { channel: 'console', id: 'rider-1' },
  messageId: id,
  text,
  addressed: true,
});

describe('the spool (updates kept while Redis is away)', () => {
  it('keeps updates on disk once each, private to the bot, and hands them back in order', async () => {
    const spool = createSpool(join(dir, 'a', 'updates.jsonl'));
    spool.keep(msg('1', '第一条'));
    spool.keep(msg('2', '第二条'));
    spool.keep(msg('1', '第一条'));
    expect(spool.size()).toBe(2);
    expect(statSync(spool.file).mode & 0o777).toBe(0o600);
    // A second process reading the same file (after a crash) sees the same updates.
    expect(createSpool(spool.file).size()).toBe(2);
    const seen: string[] = [];
    expect(await spool.drain(async (u) => void seen.push((u as IncomingMessage).text))).toBe(2);
    expect(seen).toEqual(['第一条', '第二条']);
    expect(spool.size()).toBe(0);
  });

  it('stops at an update that fails again and keeps it, and the rest, for the next drain', async () => {
    const spool = createSpool(join(dir, 'b', 'updates.jsonl'));
    for (const id of ['1', '2', '3']) spool.keep(msg(id));
    let fail = true;
    const handle = async (u: { updateId: string }) => {
      if (u.updateId === '2' && fail) throw new Error('Connection is closed.');
    };
    await expect(spool.drain(handle)).rejects.toThrow('Connection is closed.');
    expect(spool.size()).toBe(2);
    fail = false;
    expect(await spool.drain(handle)).toBe(2);
    expect(spool.size()).toBe(0);
  });

  it('ignores a line cut short by a crash mid-write', async () => {
    const spool = createSpool(join(dir, 'c', 'updates.jsonl'));
    spool.keep(msg('1'));
    const { appendFileSync } = await import('node:fs');
    appendFileSync(spool.file, '{"type":"mess');
    expect(spool.size()).toBe(1);
    spool.keep(msg('2'));
    expect(spool.size()).toBe(2);
    expect(readFileSync(spool.file, 'utf8')).toContain('"updateId":"1"');
  });
});
