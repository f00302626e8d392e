/**
 * An organiser's notice through the Telegram stand-in, the way an organiser sends one: /notice in private, the text,
 * then 全部群 → 下一步 → 确认发送 on the bot's newest message each time.
 */
import type { User } from 'grammy/types';
import { buttonsOf, type TelegramTestApp } from './fake-bot-api.js';

/** Press the button whose label contains `label` on the bot's newest message in `chat`. */
export async function pressLabelled(
  t: TelegramTestApp,
  chat: number,
  user: User,
  label: string,
): Promise<void> {
  const message = t.api.lastMessage(chat);
  const button = buttonsOf(message).find((b) => b.text.includes(label));
  if (!message || !button?.data) throw new Error(`no button "${label}" on: ${message?.text ?? 'no message'}`);
  await t.handle(t.u.press(message, user, button.data));
}

/** The organiser writes `text` as a notice in their private chat and sends it to every bound group. */
export async function sendNoticeToAll(t: TelegramTestApp, organiser: User, text: string): Promise<void> {
  await t.handle(t.u.privateText(organiser, '/notice'));
  await t.handle(t.u.privateText(organiser, text));
  for (const label of ['全部群', '下一步', '确认发送'])
    await pressLabelled(t, organiser.id, organiser, label);
}
