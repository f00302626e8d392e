/**
 * A per-person message limit per chat (QA30): one worker sending 200 messages a minute was answered 200 times, and one
 * who keeps addressing the bot in a group fills that group's 20-a-minute Telegram allowance, so everyone else's answers
 * wait behind theirs. The dispatcher asks here, after `admit`, before a message is read: past the chat's limit in the
 * current minute the person gets one short line ("您发得太快了…") once per window, and the rest are marked done
 * without a reply. Counted in Redis per person, chat and minute (one INCR + EXPIRE: lua/people-flood-1.lua), so
 * replicas share the window.
 *
 * Never limited: button presses (not messages: they never reach here), the answers to an open dialog (a report being
 * filled, a reply to a secretary; not a pin sent to a station card's "send your location", `countsInDialog`), staff
 * (organisers, secretaries) in private and in the triage and escalation chats, anything the emergency check flags —
 * danger is always handled — and voice notes (and audio files, video notes), which are heard only after this.
 * Unknown commands meant for the bot (/foo, /foo@bot) are counted as known ones are. docs/architecture.md "A
 * per-person message limit".
 */
import type { MessageCtx } from './feature.js';
import { staffChatOf } from './identity.js';
import { dialogOwner, type Dialog } from './ports/dialogs.js';
import type { Attachment } from './types.js';

/** Messages one person may send the bot in one chat in one minute (0: no limit). */
export interface FloodLimits {
  /** In a private chat with the bot (default 30). */
  privatePerMinute: number;
  /** Addressed to the bot in a group (mentions, replies to it, commands; default 10). */
  groupPerMinute: number;
}

export const DEFAULT_FLOOD_LIMITS: FloodLimits = { privatePerMinute: 30, groupPerMinute: 10 };

/**
 * Whether this message is past its sender's limit and must not be read: true when it was answered with the
 * "slow down" line (the first past the limit in this minute) or dropped quietly (the rest). The dispatcher asks
 * only about messages no open dialog took (and, before its dialog, a pin for a station card: `countsInDialog`), once
 * each: what is typed into a dialog (a report's words, an answer for a secretary) is never lost to the limit, and is
 * not counted.
 */
export async function overLimit(
  ctx: MessageCtx,
  limits: FloodLimits,
  urgent?: (text: string) => boolean,
): Promise<boolean> {
  const m = ctx.in;
  const inGroup = m.chat.kind !== 'private';
  const limit = inGroup ? limits.groupPerMinute : limits.privatePerMinute;
  // A bare command in a group is ours when the dispatcher asks (it knows the command): counted like a mention.
  if (limit <= 0 || (!m.addressed && !m.command)) return false;
  // Danger is always handled, however many messages came before it.
  if (m.text && urgent?.(m.text)) return false;
  // A voice note (an audio file, a video note) is heard only later, so the check above cannot read it: it is not
  // counted. Each takes seconds to record; danger told aloud must not be dropped unheard (QA31 #4).
  if (m.attachments?.some(spoken)) return false;
  const { channel, chatId } = m.chat.address;
  // Staff at work: in their own chats (a triage chat's prompts and commands come fast on a busy day) and in private
  // with the bot (/gaps, /queue, replies and drafts one after another). In a workers' group they are limited as
  // anyone there: the group's Telegram allowance is everyone's.
  if (ctx.role !== 'worker' && (!inGroup || staffChatOf(ctx.deps.content.get(), channel, chatId)))
    return false;
  const owner = dialogOwner(m);
  const minute = Math.floor(ctx.deps.now().getTime() / 60_000);
  const count = await ctx.deps.store.people.countMessage(owner, minute);
  if (count <= limit) return false;
  ctx.deps.metrics.floodDropped.inc({ channel, chat: inGroup ? 'group' : 'private' });
  ctx.log.info({ user: m.from.id, count, limit }, 'message past the per-person limit: not read');
  if (count === limit + 1) {
    // A command typed mid-report (or words the report did not take): the line says the report is kept.
    const writing = midReport(await ctx.deps.store.dialogs.get(owner));
    await ctx.reply({ text: [ctx.t(writing ? 'flood-slow-down-report' : 'flood-slow-down')] });
  }
  return true;
}

/** Speech the transcriber may hear: a voice note, or a file with speech in it (reports/heard.ts `audible`). */
function spoken(a: Attachment): boolean {
  return a.kind === 'voice' || Boolean(a.audible);
}

/** A report being written: the line says that what was written so far is kept. */
function midReport(dialog: Dialog | undefined): boolean {
  return dialog?.feature === 'reports' && typeof dialog.data.draft === 'object' && dialog.data.draft !== null;
}
