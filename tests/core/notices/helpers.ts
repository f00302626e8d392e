/**
 * Helpers for the notices tests: on Telegram, press the organiser's buttons and send a notice pinned with an end; on
 * the console, send that notice too.
 */
import { expect } from 'vitest';
import type { Chat, Message } from 'grammy/types';
import type { TestApp } from '../../helpers/app.js';
import { buttonsOf, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { press as pressOnConsole } from '../reports/helpers.js';

/** The organiser who binds the groups and sends the notices. */
export const ORGANISER = 1001;

/** Press the button whose data starts with `prefix` on `on`, or on the bot's last message in the organiser's chat. */
export async function press(tg: TelegramTestApp, prefix: string, on?: Message): Promise<void> {
  const { api, u } = tg;
  const message = on ?? api.lastMessage(ORGANISER)!;
  const data = buttonsOf(message).find((b) => b.data?.startsWith(prefix))?.data;
  expect(data, `a button ${prefix} on "${message.text}"`).toBeDefined();
  await tg.handle(u.press(message, u.person(ORGANISER), data!));
}

/**
 * The organiser binds `groups` to riders-test and sends `text` to all of them as a notice pinned until two hours on
 * (it becomes notice n1). Whether its copies go is up to the test: this does not start the delivery engine.
 */
export async function sendPinnedWithEnd(
  tg: TelegramTestApp,
  groups: readonly Chat[],
  text: string,
): Promise<void> {
  const { u } = tg;
  const organiser = u.person(ORGANISER);
  for (const g of groups) await tg.handle(u.groupText(g, organiser, '/bind riders-test'));
  await tg.handle(u.privateText(organiser, `/notice ${text}`));
  await press(tg, 'nt:all');
  await press(tg, 'nt:go');
  await press(tg, 'nt:pin');
  await press(tg, 'nt:expiry');
  await tg.handle(u.privateText(organiser, '2小时后'));
  await press(tg, 'nt:ok');
}

/**
 * On the console: org-li, in a private chat, sends `text` to all the groups bound as a notice pinned until two hours
 * on. This does not start the delivery engine.
 */
export async function typePinnedWithEnd(app: TestApp, text: string): Promise<void> {
  await app.type(':as org-li', ':dm', `/notice ${text}`);
  await pressOnConsole(app, 'org-li', '全部群');
  await pressOnConsole(app, 'org-li', '下一步');
  await pressOnConsole(app, 'org-li', '置顶');
  await pressOnConsole(app, 'org-li', '设置有效期');
  await app.type('2小时后');
  await pressOnConsole(app, 'org-li', '确认发送');
}
