/**
 * Helpers for the reports tests: drive the console as several people, find cards and buttons in the
 * transcript, and read tickets back from Redis.
 */
import type { ConsoleLine } from '../../../src/adapters/console/adapter.js';
import type { TestApp } from '../../helpers/app.js';

/** 2026-05-12 10:00 in Shanghai (a Tuesday, outside the peaks). */
export const T0 = Date.UTC(2026, 4, 12, 2, 0, 0);
export const HOUR = 3_600_000;

/** A clock tests can move. */
export function clock(start = T0) {
  let now = start;
  return {
    now: () => new Date(now),
    set: (ms: number) => void (now = ms),
    advance: (ms: number) => void (now += ms),
  };
}

/** Messages the bot sent (or edited) in a chat, oldest first. */
export function linesIn(app: TestApp, chatId: string): ConsoleLine[] {
  return app.console.transcript.filter((l) => l.to.chatId === chatId);
}

/** The text of the newest message (sent or edited) with this id. */
export function latest(app: TestApp, messageId: string): ConsoleLine | undefined {
  return app.console.transcript.filter((l) => l.id === messageId).pop();
}

/** Press the button whose label contains `label` on the newest message in `chatId` that has one. */
export async function press(app: TestApp, chatId: string, label: string, messageId?: string): Promise<void> {
  const candidates = app.console.transcript.filter(
    (l) => l.to.chatId === chatId && l.kind !== 'toast' && (!messageId || l.id === messageId),
  );
  for (let i = candidates.length - 1; i >= 0; i--) {
    const line = candidates[i]!;
    // The newest version of that message decides which buttons it has now.
    const current = latest(app, line.id)!;
    const n = current.choices.findIndex((c) => c.includes(label));
    if (n >= 0) return app.type(`:press ${n + 1} ${line.id}`);
  }
  throw new Error(`no button "${label}" in ${chatId}`);
}

let forged = 0;
/**
 * A press carrying `data` that the bot never put on this person's screen (forged, or stale), from `user` in console
 * chat `chatId`, as the console would hand it to the core: what a refusal or an expiry is tested with.
 */
export async function pressData(
  app: TestApp,
  from: { user: string; chatId: string; kind: 'private' | 'group' },
  data: string,
): Promise<void> {
  forged++;
  await app.app.core.handle({
    type: 'button',
    updateId: `forged-${forged}`,
    chat: { address: { channel: 'console', chatId: from.chatId }, kind: from.kind },
    from: { channel: 'console', id: from.user },
    data,
    pressId: `p-forged-${forged}`,
  });
}

export function toasts(app: TestApp, chatId: string): string[] {
  return app.console.transcript
    .filter((l) => l.kind === 'toast' && l.to.chatId === chatId)
    .map((l) => l.text);
}

/** File a report as `user` from their private chat, choosing the proposed category. */
export async function fileReport(
  app: TestApp,
  user: string,
  text: string,
  options: { anonymous?: boolean; contact?: boolean } = {},
): Promise<void> {
  await app.type(`:as ${user}`, ':dm', '/report', text);
  await press(app, user, '对，下一步');
  await press(app, user, options.anonymous ? '匿名反映' : '实名反映');
  if (!options.anonymous) await press(app, user, options.contact ? '同意' : '不同意');
  await press(app, user, '提交');
}

/** The ticket number in the newest receipt sent to `user`. */
export function lastTicketId(app: TestApp, user: string): string {
  const receipts = linesIn(app, user).filter((l) => /已受理，(编号|編號)|Received: /.test(l.text));
  const m = /JN-\d{4}-\d{6}/.exec(receipts.at(-1)?.text ?? '');
  if (!m) throw new Error(`no receipt for ${user}`);
  return m[0];
}
