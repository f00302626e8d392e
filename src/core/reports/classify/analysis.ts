/**
 * One reading of a report, shared by its category and its urgency: the text normalised (pinyin read back,
 * pronouns and dialect folded), the pack's keyword hits with overlaps resolved, the live emergency and urgent
 * hits, and the built-in emergency signals (emergency.ts).
 */
import type { ContentPack } from '../../content/schema.js';
import { readDialects } from '../dialect.js';
import { assaultTold, emergencySignals, packEmergencyLive, packHitLive } from '../emergency.js';
import { foldPronouns } from '../pronouns.js';
import { type Hit, type KeywordMatcher, isNegated, resolveOverlaps } from './keywords.js';
import { pinyinReader } from './pinyin.js';
import { normaliseReportText, withoutBotName } from './words.js';

/** What one reading of a report finds (the classifier reads a report once, for both category and urgency). */
export interface Analysis {
  norm: string;
  /** Hits of category keywords, overlaps resolved among them. */
  topical: Hit[];
  /** Live (not negated) emergency / urgent hits, overlaps resolved among all keywords. */
  emergency: Hit[];
  urgent: Hit[];
  /** Characters inside any keyword hit (backoff only looks at the rest). */
  covered: Uint8Array;
  /** Built-in emergency signals (emergency.ts) and the pack's emergencyWhen phrases found. */
  signals: string[];
  /** An assault told, now or before (emergency.ts). */
  assault: boolean;
}

/**
 * Normalised words as the classifier reads them: regional pronouns as 我 (打额, 推俺), written Cantonese (畀人抄牌 →
 * 被人贴条) and Shanghainese and Henan words (阿拉, 辣 = 在, 木有) as Mandarin — the same reading as the emergency
 * detector's (dialect.ts) — and the bot's name left out.
 */
export const foldedReading = (plain: string): string => withoutBotName(readDialects(foldPronouns(plain)));

/** Reads reports for `pack`'s classifier: its keywords, and the pack's emergencyWhen phrases (`extraEmergency`). */
export function analyser(
  pack: ContentPack,
  matcher: KeywordMatcher,
  extraEmergency: string[],
): (text: string) => Analysis {
  return function analyse(text: string): Analysis {
    const plain = normaliseReportText(pinyinReader(pack).read(text) ?? text);
    const norm = foldedReading(plain);
    const covered = new Uint8Array(norm.length);
    if (!norm) return { norm, topical: [], emergency: [], urgent: [], covered, signals: [], assault: false };
    const all = matcher.find(norm);
    // Topics: a pure urgency phrase (孩子生病) must not hide the topic inside it (生病).
    const topical = resolveOverlaps(
      all.filter((h) => h.term.categories.size > 0),
      norm.length,
    );
    // Urgency: a longer topical phrase (打了差评) does hide an urgency word inside it (被打).
    const resolved = resolveOverlaps(all, norm.length);
    for (const h of [...topical, ...resolved]) covered.fill(1, h.start, h.end);
    const live = resolved.filter((h) => (h.term.emergency || h.term.urgent) && !isNegated(norm, h));
    return {
      norm,
      topical,
      // A pack's emergency words about something past or over (去年被车撞的那次), in jest, in a general
      // question or next to "nobody is hurt" are no emergency now; nor one in a simile, a condition or
      // about a thing (着火一样, 着火的话, 外卖箱被撞坏了).
      emergency: packEmergencyLive(plain)
        ? live.filter((h) => h.term.emergency && packHitLive(plain, h.start, h.end))
        : [],
      urgent: live.filter((h) => h.term.urgent),
      covered,
      signals: emergencySignals(plain, extraEmergency),
      assault: assaultTold(plain),
    };
  };
}
