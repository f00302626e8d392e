/** Cleaning what people type before anything else looks at it. */

/** Zero-width characters and bidirectional controls: invisible, and a way to disguise text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Bidirectional controls (LRM/RLM, embeddings, overrides, isolates, the Arabic letter mark): in a person's name or a
 * chat's title they reverse what follows on the line where staff read it ("报告人：…", a list of groups). Zero-width
 * joiners stay: they hold emoji in names together.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A name or title as the platform sent it, without bidirectional controls; undefined when nothing is left. */
export function cleanLabel(label: string | undefined): string | undefined {
  const kept = label?.replace(BIDI, '').trim();
  return kept || undefined;
}

/** Longest text the bot looks at; longer messages are cut (Telegram's own limit is 4096). */
export const MAX_INPUT = 4096;

export function cleanInput(text: string): string {
  return cleanWhole(text).slice(0, MAX_INPUT);
}

/**
 * What a message lost when it was cut to `MAX_INPUT` on arrival (`Incoming.cutFrom`): how long it was, how
 * much arrived and how much did not, in characters; undefined when it came whole. The person is told the
 * numbers and asked to send the rest, so a cut is never silent.
 */
export function lostOnArrival(m: {
  text: string;
  cutFrom?: number;
}): { n: number; kept: number; missing: number } | undefined {
  if (m.cutFrom === undefined) return undefined;
  const kept = [...m.text].length;
  return { n: m.cutFrom, kept, missing: Math.max(1, m.cutFrom - kept) };
}

/**
 * A note longer than `max` characters, counted as it was typed (before any cut on arrival), with the figures
 * to tell the writer ("这段文字有 n 字，超过了 max 字…", plain digits); undefined when it fits.
 */
export function overLimit(
  m: { text: string; cutFrom?: number },
  max: number,
): { n: string; max: string; over: string } | undefined {
  const chars = m.cutFrom ?? [...m.text].length;
  if (m.cutFrom === undefined && chars <= max) return undefined;
  return { n: String(chars), max: String(max), over: String(Math.max(1, chars - max)) };
}

/** `cleanInput` without the cut: the text as the bot reads it, at its full length. */
export function cleanWhole(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\r\n?/g, '\n').trim();
}

/** True when the text has at least one letter or digit in any script (not only emoji or punctuation). */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** Shorten for a one-line preview. */
export function ellipsis(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Split a text into pieces, the first at most `first` UTF-16 units, the others at most `size`: at a line
 * break or the end of a sentence in the last fifth of a piece when there is one, never inside a
 * surrogate pair. The pieces joined give the text back.
 */
export function textPieces(text: string, first: number, size: number): string[] {
  const out: string[] = [];
  let rest = text;
  let max = first;
  while (rest.length > max) {
    let cut = max;
    // Never split a surrogate pair (an emoji, a rare character).
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut--;
    const window = rest.slice(Math.floor(cut * 0.8), cut);
    const m = /[\n。！？!?；;](?=[^\n。！？!?；;]*$)/u.exec(window);
    if (m) cut = Math.floor(cut * 0.8) + m.index + 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    max = size;
  }
  out.push(rest);
  return out;
}
