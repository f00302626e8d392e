/**
 * A question is answered in the language and script it was written in, whatever the client's setting;
 * the person's next presses (which carry no words) keep that language — until the client's setting itself
 * changes (stop 41: the language is remembered with the client's at the time). Text typed in answer to a prompt
 * (a dialog is open: a report's words, a reason, a notice's `[en]` line, a drafted answer) is content,
 * not a choice of language: it changes nothing the person already uses. Only someone with no language
 * remembered yet gets one from such text — a worker whatever it is written in (their first English
 * words get English), staff only Chinese and only from a client not set to English (what they type at a
 * prompt is often for others: a notice's English line, an answer for an English-speaking worker). A dialog that
 * waits for no words — the station card's "send your location", open after a list of stations
 * (`Feature.countsInDialog`) — is no prompt: what is typed meanwhile is a new question of the person's own and
 * chooses the language as any does (a worker who asked in Chinese and then wrote English got Chinese).
 * docs/reports.md "Which language".
 */
import type { CoreDeps, Identity } from '../feature.js';
import type { Locale } from '../i18n.js';
import { DEFAULT_LOCALE, resolveLocale } from '../locales.js';
import { dialogOwner, type Dialog } from '../ports/dialogs.js';
import { hasChinese, isPinyin, writtenIn } from '../script.js';
import type { Incoming } from '../types.js';

export async function writtenLocale(
  deps: CoreDeps,
  update: Incoming,
  role: Identity['role'],
  /** Whether an open dialog waits for the person's words (false: words typed while it is open are their own). */
  waitsForWords: (dialog: Dialog) => boolean = () => true,
): Promise<Locale | undefined> {
  const { channel, id } = update.from;
  const people = deps.store.people;
  // The client's language, when it says one: a change of it (the person set their app to English, or the console's
  // `:as org-li en`) drops what was remembered from their words before.
  const setting = resolveLocale(update.from.languageCode);
  const remembered = await people.writtenLocale(channel, id, setting);
  if (update.type !== 'message' || update.command || !update.text) return remembered;
  const client = setting ?? DEFAULT_LOCALE;
  // English with a little Chinese in it, from someone who reads English, stays English (QA12 #3).
  let written = writtenIn(update.text, client === 'en' || remembered === 'en');
  // Chinese in characters both scripts share (哈哈, 谢谢你), or in pinyin, is still Chinese: never answered in English.
  const chinese = hasChinese(update.text) || isPinyin(update.text);
  if (!written && chinese && (!remembered || remembered === 'en')) {
    written = client === 'en' ? 'zh-CN' : client;
  }
  if (!written || written === remembered) return remembered;
  if (await answersPrompt(deps, update, waitsForWords)) {
    // Staff with an English client keep it: their Chinese at a prompt is a notice or an answer for workers.
    const fillsIn = !remembered && (role === 'worker' || (written !== 'en' && setting !== 'en'));
    if (!fillsIn) return remembered;
  }
  await people.setWrittenLocale(channel, id, written, setting);
  return written;
}

/** Whether a message is typed while one of the person's dialogs waits for words in that chat. */
async function answersPrompt(
  deps: CoreDeps,
  update: Incoming,
  waitsForWords: (dialog: Dialog) => boolean,
): Promise<boolean> {
  const dialog = await deps.store.dialogs.get(dialogOwner(update));
  return !!dialog && waitsForWords(dialog);
}
