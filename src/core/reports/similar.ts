/**
 * "N similar reports this week" on a triage card: reports of the same category in the same area, or
 * whose summaries say nearly the same thing (character bigrams, so it works for Chinese without a
 * tokenizer, and after the same traditional → simplified normalisation the classifier uses).
 *
 *   textSimilarity('国定路井盖没了', '國定路的井蓋沒了')   // ≈ 0.6
 */
import type { StorePort } from '../ports/index.js';
import { normaliseReportText } from './classify.js';

export const SIMILAR_WINDOW_MS = 7 * 24 * 3_600_000;
/** Recent reports compared against a new one (the newest first). */
const LOOK_BACK = 500;
/** Jaccard similarity of bigrams above which two summaries count as the same problem. */
export const SIMILAR_TEXT = 0.5;

function bigrams(text: string): Set<string> {
  const chars = [...normaliseReportText(text).replace(/\s+/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Normalising (traditional → simplified) is the costly part; recent summaries are compared again and again. */
const CACHE_MAX = 5000;
const cache = new Map<string, Set<string>>();
function cachedBigrams(text: string): Set<string> {
  let b = cache.get(text);
  if (!b) {
    b = bigrams(text);
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(text, b);
  }
  return b;
}

function jaccard(x: Set<string>, y: Set<string>): number {
  // Too short to say anything ("罚款") — the category-and-area rule covers those.
  if (x.size < 3 || y.size < 3) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return common / (x.size + y.size - common);
}

export function textSimilarity(a: string, b: string): number {
  return jaccard(bigrams(a), bigrams(b));
}

export async function countSimilar(
  store: StorePort,
  report: { category: string; area?: string; summary: string },
  since: number,
): Promise<number> {
  const recent = await store.tickets.recent(since, LOOK_BACK);
  const mine = bigrams(report.summary);
  let n = 0;
  for (const r of recent) {
    const samePlace = !!report.area && r.category === report.category && r.area === report.area;
    if (samePlace || jaccard(cachedBigrams(r.summary), mine) >= SIMILAR_TEXT) n++;
  }
  return n;
}
