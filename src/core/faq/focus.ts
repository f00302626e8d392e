/**
 * What a question asks, as opposed to what it is about. "景区门票能退吗" is about scenic tickets and asks
 * whether they can be refunded; an entry about scenic tickets that never says "refund" does not answer it.
 * Near misses like this share their topic words with an entry and pass every score threshold, so the
 * decision also checks the question's focus against the entry's own text (docs/rounds/faq.md, fifth round).
 *
 *   focusOf('换电柜坏了找谁修')          // → '修'
 *   focusOf('爱心餐能送到家里吗')        // → '送到家里'
 */
import type { FaqEntry } from '../content/schema.js';
import { wholeText } from './whole-text.js';
import { readings } from './homophones.js';

/**
 * Words after which, in the question's last clause, comes what is asked: a modal (能退吗, 可以带人吗), an
 * existential (有奖金吗), an interrogative head (找谁修, 去哪买) or 是 before an either-or (是男的还是女的:
 * both choices are what is asked). The longest first.
 */
const HEADS =
  /(?:可不可以|能不能|可以|能够|能|找谁|去哪里|去哪儿|去哪|到哪里|到哪儿|在哪里|在哪儿|哪里|哪儿|是(?=[^是]+还是))/gu;

/** Clause separators (punctuation, and spaces between Chinese words). */
const CLAUSE = /[,.!?;:，。！？；：、\n]+|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * Adverbs that say how or when the asked thing is done (能直接走吗, 可以马上换吗), not what is asked: left out
 * of the focus, so an entry is judged on the verb after them.
 */
const MANNER = /^(?:直接|马上|立刻|立马|赶紧|随便)/u;

/**
 * How far the asked thing goes (能管到什么程度, 能赔到啥程度): a frame like 多少, not a word the entry must hold (round 49).
 */
const EXTENT = /到?(?:什么|啥|哪种|多大)程度/gu;

/** The asked part of the question's last clause: the Chinese after its last head word ('' when none). */
export function focusOf(analysed: string): string {
  const parts = analysed.split(CLAUSE).filter((p) => /\p{Script=Han}/u.test(p));
  const last = parts[parts.length - 1] ?? '';
  let at = -1;
  for (const m of last.matchAll(HEADS)) at = m.index + m[0].length;
  if (at < 0) return '';
  const focus = [...last.slice(at).replace(EXTENT, '')]
    .filter((c) => /\p{Script=Han}/u.test(c))
    .join('')
    .replace(MANNER, '');
  // Cover is bought by paying in: 医保能自己买吗 asks what an entry says as 交 / 缴 / 参保.
  return INSURANCE.test(analysed) ? focus.replace(/买/gu, '交') : focus;
}

/** A question about insurance cover (医保, 社保, 意外险…). */
const INSURANCE = /保险|医保|社保|险/u;

/**
 * Words a focus may use for what an entry says in its own terms: a price asked about (能便宜吗) is
 * answered by a discount or a free service; food to heat (热便当) by a microwave. Focus only: as ranking
 * concepts these let near misses through (docs/rounds/faq.md).
 */
export const FOCUS_GROUPS: readonly (readonly string[])[] = [
  ['便宜', '优惠', '半价', '打折', '折扣', '免费', '减免', '补贴'],
  ['便当', '盒饭', '饭菜', '饭', '微波炉'],
  // Money got back is money refunded (押金能拿回来吗); an account got back is one unblocked (号能弄回来吗).
  ['拿回', '要回', '退', '退还', '返还', '追回'],
  // A deduction or fine given back is one appealed (扣款能退么: the appeal is how).
  ['退', '退回', '申诉'],
  ['弄回', '找回', '恢复', '解封'],
  // Taking part is signing up (先进评比我能参加吗: an entry that says how to 报名 answers it).
  ['参加', '参与', '报名'],
  // Done on the phone is done online, in an app (能不能在手机上处理: an entry that says 用“交管12123”APP answers it).
  ['手机上', 'APP', 'App', 'app', '网上', '线上', '在线', '小程序'],
];

/** A focus of one content character (查, 弄, 告) is usually a generic verb: judged only from two on… */
const MIN_FOCUS = 2;

/**
 * …unless it is a verb of a particular service that an entry about the topic need not offer: repairing,
 * refunding, buying, selling, lending, posting (换电柜坏了找谁修, 门票能退吗, 哪里买).
 */
const SPECIFIC = new Set([...'修退买卖借寄']);

export class EntryText {
  /** Synonym groups (the pack's and the built-in concepts): a focus word is covered by any of its group. */
  constructor(private readonly groups: readonly (readonly string[])[] = []) {}

  /**
   * Share of the focus's content characters (not in `skip`) the entry has, as written or as a typo from
   * pinyin input (a homophone that, beside its neighbour in the focus, makes a pair of the entry: 保告 →
   * 报告); undefined when the focus has none.
   */
  covered(entry: FaqEntry, focus: string, skip: ReadonlySet<string>): number | undefined {
    const all = [...focus];
    const content = all.filter((c) => !skip.has(c));
    if (content.length < MIN_FOCUS && !(content.length === 1 && SPECIFIC.has(content[0]!))) return undefined;
    const text = wholeText(entry);
    const synonym = new Array<boolean>(all.length).fill(false);
    for (const g of this.groups) {
      const inFocus = g.filter((w) => focus.includes(w));
      if (!inFocus.length || !g.some((w) => text.includes(w))) continue;
      for (const w of inFocus)
        for (let at = focus.indexOf(w); at >= 0; at = focus.indexOf(w, at + 1))
          for (let k = 0; k < [...w].length; k++) synonym[[...focus.slice(0, at)].length + k] = true;
    }
    let n = 0;
    let found = 0;
    all.forEach((c, i) => {
      if (skip.has(c)) return;
      n++;
      if (synonym[i] || text.includes(c) || soundsLike(c, all[i - 1], all[i + 1], text)) found++;
    });
    return found / n;
  }
}

/** `c` is a homophone of a character that, beside the same neighbour, makes a pair of the entry's text. */
function soundsLike(c: string, before: string | undefined, after: string | undefined, text: string): boolean {
  const sounds = readings(c);
  const alike = (x: string | undefined) =>
    x !== undefined && x !== c && readings(x).some((r) => sounds.includes(r));
  // Chinese characters of the basic plane are one UTF-16 unit each: neighbours are at ±1.
  if (before !== undefined)
    for (let at = text.indexOf(before); at >= 0; at = text.indexOf(before, at + 1))
      if (alike(text[at + 1])) return true;
  if (after !== undefined)
    for (let at = text.indexOf(after); at >= 0; at = text.indexOf(after, at + 1))
      if (alike(text[at - 1])) return true;
  return false;
}
