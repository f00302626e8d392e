/**
 * The pack's words as weighted terms: category keywords, the phrases of category names and descriptions (the
 * evidence a pack without keywords gives, weaker beside written keywords), and the emergency and urgent keywords.
 */
import type { ContentPack } from '../../content/schema.js';
import { type Term, termWeight } from './keywords.js';
import { LATIN_STOP, describing, isLatinTerm, normaliseReportText, readAsTopics } from './words.js';

/**
 * Phrases of a category's description and name, the evidence a pack without keywords gives: the text cut
 * at punctuation and at joining words (和, 或, 以及, 等, 的…), keeping pieces of 2–8 characters (Chinese)
 * or 1–3 words (English). 「井盖缺失或松动、路面塌陷坑洼、积水」 → 井盖缺失, 松动, 路面塌陷坑洼, 积水.
 */
export function descriptionPhrases(text: string): string[] {
  const norm = normaliseReportText(text);
  const out = new Set<string>();
  for (const piece of norm.split(/ |以及|或者|还有|或|和|与|及|等|的|之类|比如|包括|例如|:/)) {
    const p = piece.trim();
    if (!p) continue;
    if (isLatinTerm(p)) {
      for (const part of p.split(
        /\b(?:and|or|of|the|a|an|by|at|in|on|to|that|for|with|when|while|other)\b/,
      )) {
        const words = part
          .trim()
          .split(' ')
          .filter((w) => w.length >= 3 && !LATIN_STOP.has(w));
        if (words.length >= 1 && words.length <= 3) out.add(words.join(' '));
      }
      continue;
    }
    const n = [...p].length;
    if (n >= 2 && n <= 8) out.add(p);
  }
  return [...out];
}

/** Words descriptions use that name no topic. */
const GENERIC_PHRASES = new Set(
  '问题 方面 情况 难处 事情 地方 条件 时候 之后 事后 以上 任何 一类 不属于 人和事 其他 其它 处理 相关 各种 一些 平台 骑手 小哥 外卖 快递 司机 师傅 跑单 送单 干活 顾客 被顾客 客人 乘客 商家 保安 路人 老板 站长 主管 同事 车辆 站点'.split(
    ' ',
  ),
);

/** Description and name phrases count this much of a keyword of the same length. */
const DESCRIPTION_FACTOR = 0.8;

export function buildTerms(pack: ContentPack): Term[] {
  const byText = new Map<string, Term>();
  const add = (raw: string, apply: (t: Term) => void, factor = 1): void => {
    const text = readAsTopics(raw);
    if (!text) return;
    let term = byText.get(text);
    if (term && factor > 0 && term.weight < termWeight(text) * factor)
      term.weight = termWeight(text) * factor;
    // Show the simplified spelling when the pack has one (超时, not 超時).
    if (term && raw.trim() === text) term.label = text;
    if (!term) {
      term = {
        text,
        label: raw.trim(),
        categories: new Set(),
        emergency: false,
        urgent: false,
        latin: isLatinTerm(text),
        weight: termWeight(text) * factor,
      };
      byText.set(text, term);
    }
    apply(term);
  };
  for (const c of pack.categories.categories)
    for (const k of c.keywords) add(k, (t) => t.categories.add(c.id));
  // A phrase several descriptions use (问题, 方面) says nothing about which category.
  const used = new Map<string, Set<string>>();
  for (const c of pack.categories.categories)
    for (const text of describing(c))
      for (const k of descriptionPhrases(text)) used.set(k, (used.get(k) ?? new Set()).add(c.id));
  for (const c of pack.categories.categories) {
    // Written keywords are the author's own choice; beside them a description is weaker evidence.
    const factor = c.keywords.length > 0 ? DESCRIPTION_FACTOR / 2 : DESCRIPTION_FACTOR;
    for (const text of describing(c))
      for (const k of descriptionPhrases(text))
        if (!GENERIC_PHRASES.has(k) && (used.get(k)?.size ?? 0) < 3)
          add(k, (t) => t.categories.add(c.id), factor);
  }
  for (const k of pack.categories.emergencyKeywords) add(k, (t) => (t.emergency = true));
  for (const k of pack.categories.urgentKeywords) add(k, (t) => (t.urgent = true));
  return [...byText.values()];
}
