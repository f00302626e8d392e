/**
 * Shared by the lessons and notices tests: the fixture pack, a clock that tests move by hand, and a
 * console-driven app whose delivery engine runs (console channel only).
 */
import { resolve } from 'node:path';
import { expect } from 'vitest';
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { waitFor } from '../../helpers/wait.js';

export const LESSONS_PACK = resolve(import.meta.dirname, '../../fixtures/packs/lessons');
export const TZ = 'Asia/Shanghai';
/** An instant given as Shanghai wall-clock time. */
export const sh = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);
/** Monday 2 March 2026, 10:00 in Shanghai. */
export const MONDAY_10 = sh(2026, 3, 2, 10);

export interface Clock {
  at: number;
  now: () => Date;
}
export const clockAt = (at: number): Clock => {
  const c: Clock = { at, now: () => new Date(c.at) };
  return c;
};

export async function lessonApp(
  clock: Clock,
  options: { prefix?: string; contentDir?: string; engine?: boolean } = {},
): Promise<TestApp> {
  const t = await createTestApp({
    contentDir: options.contentDir ?? LESSONS_PACK,
    now: clock.now,
    ...(options.prefix ? { prefix: options.prefix } : {}),
  });
  if (options.engine !== false) t.app.deps.delivery.start(['console']);
  return t;
}

/** An organiser binds console group `chat` to `branch` (optionally `locale` and tags). */
export async function bindGroup(t: TestApp, chat: string, args: string): Promise<void> {
  await t.type(':as org-test', `:in ${chat}`, `/bind ${args}`);
}

/** Messages the bot sent (not edits, toasts or pins) into a console chat. */
export const sentTo = (t: TestApp, chat: string, kind: ConsoleLine['kind'] = 'send'): ConsoleLine[] =>
  t.console.transcript.filter((l) => l.to.chatId === chat && l.kind === kind);

let markers = 0;
/**
 * Push a marker message through the engine to `chats` and wait until it is delivered: anything queued
 * before it for those chats has been sent by then, so "nothing was sent" can be asserted without a sleep.
 * Returns the marker's text, for filtering it out of the transcript.
 */
export async function queueDrained(t: TestApp, chats: readonly string[]): Promise<string> {
  const id = `system:marker-${++markers}`;
  const text = `— marker ${markers} —`;
  await t.app.deps.delivery.enqueue({
    id,
    kind: 'system',
    items: chats.map((chatId) => ({ to: { channel: 'console', chatId }, card: { text: [text] } })),
  });
  await delivered(t, id);
  expect(await t.app.deps.store.delivery.depth('console')).toBe(0);
  return text;
}

/** Wait until the engine has nothing pending for a broadcast. */
export async function delivered(t: TestApp, broadcastId: string): Promise<void> {
  await waitFor(async () => {
    const s = await t.app.deps.delivery.status(broadcastId);
    return !!s && s.pending === 0;
  }, `broadcast ${broadcastId}`);
}
