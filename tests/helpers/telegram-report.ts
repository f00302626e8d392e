/**
 * Steps the Telegram end-to-end tests take again and again: pressing a button on a chat's last message, and a worker
 * filing a report in private (/report → ✅ → the choices that follow → submit) to read its ticket id off the triage
 * card. With the sample content, where those cards go and who works them.
 */
import type { User } from 'grammy/types';
import { expect } from 'vitest';
import { buttonsOf, type TelegramTestApp } from './fake-bot-api.js';

/** The sample content's district-yangpu triage chat: a private report from a worker in no group goes there. */
export const TRIAGE = -1002000;

/** The district's secretary, who works the cards in `TRIAGE`. */
export const secretary = (t: TelegramTestApp): User => t.u.person(2000, { first_name: '王书记' });

/** `who` presses the button whose data ends with `suffix` on the last message in `chat`; it must be there. */
export async function pressIn(t: TelegramTestApp, chat: number, who: User, suffix: string): Promise<void> {
  const last = t.api.lastMessage(chat)!;
  const data = buttonsOf(last).find((b) => b.data?.endsWith(suffix))?.data;
  expect(data, `a button ending ${suffix} in ${last.text}`).toBeDefined();
  await t.handle(t.u.press(last, who, data!));
}

/** A choice between ✅ and submit: a button that must be there, or one pressed only where the flow offers it. */
export type ReportStep = string | { ifOffered: string };

/**
 * A worker files `text` through /report; returns the ticket id on the card sent to `triage`. `steps` are the choices
 * after ✅ — by default anonymous, where the flow asks.
 */
export async function report(
  t: TelegramTestApp,
  triage: number,
  rider: User,
  text: string,
  steps: ReportStep[] = [{ ifOffered: ':anon:1' }],
): Promise<string> {
  await t.handle(t.u.privateText(rider, '/report'));
  await t.handle(t.u.privateText(rider, text));
  await pressIn(t, rider.id, rider, ':ok');
  for (const step of steps) {
    if (typeof step === 'string') await pressIn(t, rider.id, rider, step);
    else if (buttonsOf(t.api.lastMessage(rider.id)).some((b) => b.data?.endsWith(step.ifOffered)))
      await pressIn(t, rider.id, rider, step.ifOffered);
  }
  return submit(t, triage, rider);
}

/** The worker presses submit on the report in their private chat; returns the ticket id on the card sent to `triage`. */
export async function submit(t: TelegramTestApp, triage: number, rider: User): Promise<string> {
  const mark = t.api.mark();
  await pressIn(t, rider.id, rider, ':submit');
  const card = t.api
    .since(mark)
    .find((c) => c.method === 'sendMessage' && Number(c.params.chat_id) === triage)!;
  return /[A-Z]{2}-\d{4}-\d{6}/.exec(String(card.params.text))![0];
}
