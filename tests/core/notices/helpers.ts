/**
 * Helpers for the notices tests on Telegram: press the organiser's buttons, and send a notice pinned with an end.
 */
import { expect } from 'vitest';
import type { Chat, Message } from 'grammy/types';
import { buttonsOf, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

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
