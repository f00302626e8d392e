/**
 * QA8 #15: the console as a chat app between runs. `:in CHAT` without a title renamed a bound group to its id (later
 * views said 来自：didi), and after a restart the bot said "上面的卡片还能接着用" of cards whose buttons the console
 * had forgotten. The console now keeps, in a file, the cards it showed and the titles groups were given
 * (adapters/console/memory.ts): a known chat keeps its title, an old card's buttons work after a restart, and no
 * message id is handed out twice. Real app and Redis; a second console on the same file is the restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createConsoleAdapter,
  type ConsoleAdapter,
  type ConsoleLine,
} from '../../../src/adapters/console/adapter.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let t: TestApp;
let dir: string;
beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'ws-console-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A console on the state file, as `npm start` opens one, its outbox the app's. */
function openConsole(): ConsoleAdapter {
  const c = createConsoleAdapter({
    core: () => t.app.core,
    write: () => {},
    stateFile: join(dir, 'console.jsonl'),
  });
  t.app.outbox.register('console', c.outbox);
  return c;
}

const type = async (c: ConsoleAdapter, ...lines: string[]) => {
  for (const l of lines) await c.input(l);
};
const lastIn = (c: ConsoleAdapter, chat: string): ConsoleLine =>
  c.transcript.filter((l) => l.to.chatId === chat).at(-1)!;

/** `user` asks in the riders' group something the bot is unsure of and passes it on; the triage card's text. */
async function passedFrom(c: ConsoleAdapter, user: string): Promise<string> {
  await type(c, ':in riders-x', `:as ${user}`, '@waystation_bot 公积金怎么提取');
  const unsure = lastIn(c, 'riders-x');
  const pass = (unsure.card.buttons ?? [])
    .flat()
    .findIndex((b) => 'data' in b && b.data.startsWith('faq:pass:'));
  await type(c, `:press ${pass + 1} ${unsure.id}`);
  return lastIn(c, 'triage-meituan').text;
}

describe('the console between runs', () => {
  it('keeps a group’s title when :in names no title, and an old card’s buttons after a restart', async () => {
    const first = openConsole();
    await type(first, ':as org-li', ':in riders-x 骑手群', '/bind meituan-yangpu');
    expect(await passedFrom(first, 'rider-m1')).toContain('来自：骑手群');
    await type(first, ':as org-li', ':dm', '/notice 明天全区停电，驿站暂停开放');
    const audience = lastIn(first, 'org-li');
    expect(audience.text).toContain('发给哪些群？');

    const second = openConsole();
    await type(second, ':as org-li', ':dm', '/notice');
    const open = lastIn(second, 'org-li');
    expect(open.text).toContain('上面的卡片还能接着用');
    expect(Number(open.id)).toBeGreaterThan(Number(audience.id));
    await type(second, `:press 1 ${audience.id}`);
    const edited = lastIn(second, 'org-li');
    expect(edited).toMatchObject({ kind: 'edit', id: audience.id });
    expect(edited.text).toContain('已选 1 个群');
    // The group is still 骑手群, though this run never heard its title.
    expect(await passedFrom(second, 'rider-m2')).toContain('来自：骑手群');
  });
});
