/**
 * A report told in several short messages (QA22 #5: 我被 / 罚款了 / 200 / 站长不讲理, seconds apart, got four unrelated
 * replies). In a private chat, outside any dialog, a message that cannot stand alone — short, no question, not small
 * talk, and either a sum (200, 200块) or words that go on from the message before (which ended mid-phrase: 我被, 站长说,
 * or was itself read together) — sent within `FRAGMENT_WINDOW_MS` of the same person's previous message is read
 * together with it: the features see the whole ("我被罚款了，200，站长不讲理") and reply to it once. Nothing is held
 * back or dropped: every message is answered when it arrives; a first message that plainly stops mid-phrase (我被) is
 * told to go on, the next is read with it. docs/architecture.md "Words sent in pieces".
 */
import { halfWidth } from './command.js';
import { smallTalk } from './faq/smalltalk.js';
import { maskText } from './mask.js';
import type { MessageCtx } from './feature.js';
import { dialogOwner, type LastWords } from './ports/dialogs.js';

/** How soon after a person's last message a fragment is read with it. */
export const FRAGMENT_WINDOW_MS = 30_000;
/** How long words left mid-phrase wait for the rest: typing it takes longer than a fragment. */
export const OPEN_WINDOW_MS = 2 * 60_000;
/** How long the gaps a run's pieces logged are kept: as long as a piece can still be read with the next. */
export const PIECES_KEPT_S = OPEN_WINDOW_MS / 1000 + 30;
/** Added to a run's window: replicas' clocks a little apart still agree it can go on. */
const CLOCK_MARGIN_S = 5;
/**
 * How long a person's last words are kept: only as long as the next message can still be read with them — the
 * fragment window, or the longer one after words left open. They hold the pieces of a number still being typed
 * (310101，19900307 before its 1234: no number the mask knows yet), so they are kept no longer than the run can
 * complete; once it cannot, they are gone (docs/architecture.md "Words sent in pieces").
 */
export const keptFor = (words: LastWords): number =>
  Math.ceil((words.open ? OPEN_WINDOW_MS : FRAGMENT_WINDOW_MS) / 1000) + CLOCK_MARGIN_S;
/** A fragment is at most this many characters (no spaces). */
const FRAGMENT_MAX = 8;
/** Words that stop on one of these go on in the next message; at most this long to be told "go on". */
const OPEN_MAX = 12;
/** Read together, the words are at most this long (a long chain is a story: left to the report's own reading). */
const JOINED_MAX = 200;

const QUESTION =
  /[?？]|吗|嘛|呢|怎么|咋|哪|什么|啥|几[点时个天号次]|多少|能不能|可不可以|是不是|有没有|\b(how|what|where|when|why|who|can|could|should|is|are|do|does)\b/i;
/** A sum: digits (3 to 7: not a pick from a numbered list, not a phone number) or with a unit, or in words with a unit. */
const SUM = /^(?:\d{3,7}|\d{1,7}(?:元|块钱?|rmb|yuan)|[零一二三四五六七八九十百千万两]+(?:元|块钱?))$/i;
/** Stops mid-phrase: a preposition, a passive, a verb of saying, a connective, or a comma. */
const OPEN_END =
  /(?:被|把|给|让|叫|在|和|跟|对|向|从|说|因为|所以|但是|可是|然后|还有|就是|而且|如果|的时候|[，,、：:]|…+|\.{2,})$/;

const length = (text: string) => [...text.replace(/\s+/g, '')].length;

/** Words that stop mid-phrase ("我被", "站长说"): the next message goes on from them. */
export function leftOpen(text: string): boolean {
  const t = text.trim();
  return length(t) <= OPEN_MAX && OPEN_END.test(t) && !QUESTION.test(t);
}

/**
 * Whether `text`, sent at `now`, goes on from the person's last words rather than standing alone. After words left
 * open (我被 — the worker was told "接着说，我连起来看") whatever comes next within `OPEN_WINDOW_MS` goes on from them,
 * however long, a question too (我被 + 罚款了怎么办); small talk (好的) still stands alone.
 */
export function continues(last: LastWords | undefined, text: string, now: number): boolean {
  if (!last || now < last.at) return false;
  const t = text.trim();
  if (!t || smallTalk(t) || length(last.text) + length(t) > JOINED_MAX) return false;
  if (last.open && now - last.at <= OPEN_WINDOW_MS) return true;
  if (now - last.at > FRAGMENT_WINDOW_MS || length(t) > FRAGMENT_MAX || QUESTION.test(t)) return false;
  // Full-width digits (２００) are digits: the pieces of a number typed so are read together as ASCII ones are.
  return SUM.test(halfWidth(t).replace(/\s+/g, '')) || !!last.joined;
}

/** The words read as one: straight on after a phrase left open, else after a comma. */
export function joinWords(last: LastWords, text: string): string {
  const t = text.trim();
  const before = last.text.replace(/[，,、…\s]+$/, '');
  return last.open && !/[，,、：:]$/.test(last.text) ? `${before}${t}` : `${before}，${t}`;
}

/**
 * Read a private message with the person's last words when it goes on from them: `ctx.in.text` becomes the whole.
 * `joined`: it was; `open`: it stands alone but stops mid-phrase and tells of no danger (tell them to go on);
 * `alone`: read as it is.
 */
export async function readWithLastWords(
  ctx: MessageCtx,
  urgent: (text: string) => boolean = () => false,
): Promise<'joined' | 'open' | 'alone'> {
  const m = ctx.in;
  if (m.chat.kind !== 'private' || m.command || m.edited || m.location || m.attachments?.length)
    return 'alone';
  const text = m.text.trim();
  if (!text) return 'alone';
  const owner = dialogOwner(m);
  const now = ctx.deps.now().getTime();
  // Danger told in few words is never put off with "go on" (我被车撞了，): the features answer it now.
  const open = leftOpen(text) && !urgent(text);
  // Read and replaced in one step: two pieces sent at once each go on from the other, not both from the words before.
  // Kept masked, as ticket bodies and FAQ keys are (QA29: a phone or ID number stayed in Redis as typed); this
  // message's own words are read as typed, the pieces before it as kept.
  let whole: LastWords | undefined;
  await ctx.deps.store.dialogs.replaceLastWords(
    owner,
    (last) => {
      whole = wordsAfter(last, text, now, open);
      return { ...whole, text: maskText(whole.text) };
    },
    keptFor,
  );
  if (whole) m.pieces = { since: whole.since ?? whole.at, joined: !!whole.joined };
  if (whole?.joined) {
    // The pieces were no questions of their own: the gaps they logged are withdrawn now, whatever answers the whole
    // (the FAQ, the emergency numbers, a report offer, a station card); the FAQ counts the whole's if it is one.
    await ctx.deps.store.faq.withdrawPieceGaps(owner, whole.since ?? whole.at, PIECES_KEPT_S);
    ctx.log.info({ chars: length(whole.text) }, 'fragment read with the words before it');
    m.text = whole.text;
    return 'joined';
  }
  return open ? 'open' : 'alone';
}

/** The words kept once `text` is said at `now` after `last`: the whole when it goes on from them, else itself. */
function wordsAfter(last: LastWords | undefined, text: string, now: number, open: boolean): LastWords {
  if (last && continues(last, text, now)) {
    const since = last.since ?? last.at;
    return {
      text: joinWords(last, text),
      at: now,
      joined: true,
      since,
      ...(leftOpen(text) ? { open: true } : {}),
    };
  }
  return { text, at: now, since: now, ...(open ? { open: true } : {}) };
}

/**
 * A private message a dialog took (a report's description, the answer to a secretary's question) or a command: the
 * words before it are no longer what the next message goes on from (我被 → /report … /cancel → 电动车在哪充电 was read
 * as 我被电动车在哪充电).
 */
export async function forgetLastWords(ctx: MessageCtx): Promise<void> {
  const m = ctx.in;
  if (m.chat.kind !== 'private') return;
  await ctx.deps.store.dialogs.forgetLastWords(dialogOwner(m));
}
