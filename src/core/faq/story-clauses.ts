/**
 * A question of several clauses read clause by clause when the whole is not decided: a long story's question is
 * usually in one or two of them (`fromClauses`), and a circumstance told first that asks nothing may be set aside
 * (`pastCircumstance`). Apart from the decision (decide.ts), whose tests of a sure entry these reuse on a part.
 */
import { asks, clauses, negated, STORY_CLAUSES, supposed } from './clauses.js';
import type { FaqHit, FaqIndex } from './index.js';
import type { Thresholds } from './thresholds.js';

/** At most this many clause searches for one question (keeps p99 low on a large pack). */
const MAX_CLAUSE_SEARCHES = 8;

/** How many of a whole story's best entries its last clause may choose from. */
const STORY_CANDIDATES = 3;

/** Content characters a clause needs to answer for the whole question ("有补贴吗" is a frame and one word). */
const CLAUSE_CONTENT = 3;
/** Content characters the rest of a question needs once a told circumstance is set aside (进工会). */
const REST_CONTENT = 2;
/** Entries searched for the rest of such a question, to see how far behind the whole question's entry is. */
const REST_CANDIDATES = 10;
/** …the share of the whole question's best content its entry must hold. */
const REST_NEAR = 0.6;
/** …when the whole question's best entry holds less than this share of its salient content. */
const THIN_CONTENT = 0.15;

/** Content characters a story's last clause needs to be read as its question on its own. */
const STORY_QUESTION = 4;

/** The clause readings, with the decision's own tests (decide.ts) of a sure entry, its rival and its ranking. */
export function storyClauses(deps: {
  index: FaqIndex;
  t: Thresholds;
  confident: (top: FaqHit, second: FaqHit | undefined) => boolean;
  rival: (hits: FaqHit[]) => FaqHit | undefined;
  contentFirst: (hits: FaqHit[]) => FaqHit[];
  contentChars: (text: string) => number;
}) {
  const { index, t, confident, rival, contentFirst, contentChars } = deps;

  /**
   * A told clause the question is asked against, not about: a circumstance that did not happen (没签合同) or one
   * feared or supposed (万一以后要打官司, 怕哪天…), asking nothing itself.
   */
  function premise(clause: string): boolean {
    return (negated(clause) || supposed(clause)) && !asks(clause);
  }

  /**
   * A long, story-like question ("…我前天送单被车刮了… 要先找平台还是保险公司 要哪些单子"): its core is
   * usually one or two clauses. A clause (or two neighbouring ones) that is confidently answered by an
   * entry the whole question also ranks among its best is taken as the answer.
   */
  function fromClauses(text: string, hits: FaqHit[]): FaqHit | undefined {
    const parts = clauses(text);
    if (parts.length < 2) return undefined;
    // In a long story, the last clause (where its question usually is) may pick any of the whole
    // question's best few when it says enough on its own ("我想问扣的钱能申诉要回来吗", not "去哪约"):
    // the story's other words can rank a neighbouring entry first.
    const last = parts[parts.length - 1]!;
    if (parts.length >= STORY_CLAUSES && contentChars(last) >= STORY_QUESTION) {
      const sub = index.search(last, 2);
      const best = sub[0];
      const near = hits.slice(0, STORY_CANDIDATES).find((h) => h.entry.id === best?.entry.id);
      // Not an entry the whole question's best outranks on content by `contentLead`: the last clause then
      // names a detail (要租房合同吗) of a question about another topic (办居住证).
      const held =
        near !== undefined && !(t.contentLead > 0 && hits[0]!.content >= t.contentLead * near.content);
      if (best && held && confident(best, sub[1])) return best;
    }
    const whole = hits[0]!.entry.id;
    // A short question whose best entry holds little of it: a clause of a frame and one word ("有补贴吗")
    // does not speak for the rest ("我想学做热干面开店"), which is a topic the pack lacks.
    const thin = parts.length < STORY_CLAUSES && hits[0]!.content < THIN_CONTENT;
    // Single clauses, then pairs of neighbours; the last ones first (the question usually ends a story).
    const windows: string[] = [];
    // A negated circumstance that asks nothing and does not end the question (我冇签合同，…摔断了手，有冇得人赔)
    // is background, not what the worker wants to know: it may not answer for the whole question when
    // another of its best entries holds more of the whole question's content (the entry on its topic).
    const outranked = hits.slice(1, STORY_CANDIDATES).some((h) => h.content > hits[0]!.content);
    const background = parts.map((p, i) => {
      const q = index.plain(p);
      return outranked && i < parts.length - 1 && premise(q);
    });
    for (let n = 1; n <= Math.min(2, parts.length - 1); n++)
      for (let i = parts.length - n; i >= 0; i--)
        if (!background.slice(i, i + n).every(Boolean)) windows.push(parts.slice(i, i + n).join(' '));
    for (const w of windows.slice(0, MAX_CLAUSE_SEARCHES)) {
      if (thin && contentChars(w) < CLAUSE_CONTENT) continue;
      const sub = index.search(w, 2);
      const best = sub[0];
      if (best && best.entry.id === whole && confident(best, sub[1])) return best;
    }
    return undefined;
  }

  /**
   * A circumstance told before the question that asks nothing (送快递的冇签合同，能进工会不): the question is
   * about what follows, not about the contract. When the question without such clauses is confidently
   * answered by another of the whole question's best few, that entry is the answer.
   */
  function pastCircumstance(text: string, hits: FaqHit[]): FaqHit | undefined {
    const parts = clauses(text);
    if (parts.length < 2) return undefined;
    const kept = parts.filter((p, i) => {
      const q = index.plain(p);
      return i === parts.length - 1 || !premise(q);
    });
    if (kept.length === parts.length) return undefined;
    const rest = kept.join(' ');
    if (contentChars(rest) < REST_CONTENT) return undefined;
    const sub = contentFirst(index.search(rest, REST_CANDIDATES));
    const best = sub[0];
    const whole = hits[0]?.entry.id;
    if (!best || best.entry.id === whole) return undefined;
    // A runner-up of the whole question holding nearly as much of its content, on whose rest the whole question's
    // entry is far behind: a rest that says little of its own (有补助不, 人也联系不上, 还能翻出来不) leaves that
    // entry with far less of the question than the circumstance's (上学没钱, 两个月没发钱, 课没来得及看).
    const near = hits
      .slice(0, STORY_CANDIDATES)
      .find((h) => h.entry.id === best.entry.id && h.content >= REST_NEAR * hits[0]!.content);
    const before = sub.find((h) => h.entry.id === whole)?.score ?? 0;
    return near && best.score >= t.leader * before && confident(best, rival(sub)) ? best : undefined;
  }

  return { fromClauses, pastCircumstance };
}
