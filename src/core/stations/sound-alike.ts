/**
 * A station's name typed with one or two homophones, the commonest slip of pinyin input (燕装社区 for 燕庄社区,
 * 翠花路 for 翠华路, 同子坡 for 桐梓坡). Only names of three characters or more, one character as written, and only
 * when a single station is meant: a two-character name with one character off is too often another word.
 *
 *   soundAlike('翠花路爱心接力站几点开', [{ form: '翠华路', anchor }])  // → { form: '翠华路', text: '翠花路', anchor }
 */
import { readings } from '../faq/homophones.js';

export interface SpokenForm<A> {
  form: string;
  anchor: A & { id: string };
}

function sameSound(a: string, b: string): boolean {
  const rb = readings(b);
  return readings(a).some((r) => rb.includes(r));
}

/**
 * Homophones a form may be typed with: pinyin input picks the wrong candidate for a syllable or two of the same
 * word (同子坡 for 桐梓坡, 农商银杭 for 农商银行), so a name keeps one character as written.
 */
const MAX_OFF = 2;

/** The characters of `text` at `at` are `form` but for one or two homophones, one character as written. */
function soundsLike(text: readonly string[], at: number, form: readonly string[]): boolean {
  // Characters as written first (cheap): nearly every place of a question has too few of them to look up sounds.
  let off = 0;
  for (let k = 0; k < form.length; k++) if (text[at + k] !== form[k] && ++off > MAX_OFF) return false;
  if (off < 1 || off >= form.length) return false;
  for (let k = 0; k < form.length; k++) {
    const c = text[at + k]!;
    if (c !== form[k] && !sameSound(c, form[k]!)) return false;
  }
  return true;
}

/** Each form's characters, split once (the forms are a reader's, the same for every question). */
const formChars = new Map<string, readonly string[]>();
function charsOf(form: string): readonly string[] {
  let chars = formChars.get(form);
  if (!chars) formChars.set(form, (chars = [...form]));
  return chars;
}

/** The longest form met with one or two homophones, when every such form of that length names one station. */
export function soundAlike<A>(
  text: string,
  forms: readonly SpokenForm<A>[],
): (SpokenForm<A> & { text: string }) | undefined {
  const chars = [...text];
  let best: (SpokenForm<A> & { text: string; n: number }) | undefined;
  let tie = false;
  for (const f of forms) {
    const form = charsOf(f.form);
    if (best && form.length < best.n) continue;
    for (let at = 0; at + form.length <= chars.length; at++) {
      if (!soundsLike(chars, at, form)) continue;
      const found = { ...f, text: chars.slice(at, at + form.length).join(''), n: form.length };
      if (!best || found.n > best.n) [best, tie] = [found, false];
      else if (found.anchor.id !== best.anchor.id) tie = true;
      break;
    }
  }
  if (!best || tie) return undefined;
  const { n: _n, ...out } = best;
  return out;
}
