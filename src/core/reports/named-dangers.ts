/**
 * Dangers a pack names in one category's own words (route round 26). The built-in topics send an electric
 * shock and a fall into water to the accident, and someone a fallen tree pinned to the road hazard; but a pack
 * may say otherwise in its description or `emergencyWhen` — 思明's health category names 触电 and 溺水, its
 * accident category 台风天被倒树或招牌砸到 and 被树压住. When exactly one category names the danger and the
 * report tells it happening to someone, that category is what the report is about.
 *
 *   ownersOfDangers(pack.categories.categories)  // → Map { 'electric' → 'health-heat', 'struck' → 'accident-injury', … }
 *   dangersTold('淹水的车库里有人触电了', ['electric'])  // → ['electric']
 *
 * Read on the report as the topics read it (normalised; Cantonese, Wu, Henan and Minnan folded).
 */
import type { Category } from '../content/schema.js';

interface NamedDanger {
  id: string;
  /** How a category's description, emergency phrases or keywords name the danger. */
  named: RegExp;
  /** Whether the report tells it happening to someone, given the built-in emergency signals. */
  told: (norm: string, signals: readonly string[]) => boolean;
}

/** A person in the water: fallen, swept or pulled out (not jumped: that is self-harm). */
const IN_WATER =
  /溺水|落水|淹死|呛水|(?:掉|摔|栽|冲|滑|翻|落)(?:进|落|下|入)了?(?:河|江|湖|海|塘|水库|水里|水中)(?![边畔岸堤])|(?:掉|摔|栽|落)(?:到)?了?(?:河|江|湖|海|塘)(?:里|中)|\bdrown|\bfell (?:into|in) the (?:sea|river|lake|water)\b/;
/** A tree, a branch or a sign that fell on someone (树倒下来砸到一个骑手, 被招牌砸中, a tree fell on a rider). */
const STRUCK =
  /(?:树|树枝|枝|招牌|广告牌|牌子|围挡|花盆)[^ ]{0,6}?(?:砸|压)(?:到|住|中|伤|倒|在|着)|被(?:倒)?(?:树|招牌|广告牌|围挡)[^ ]{0,3}(?:砸|压)|(?:压|砸)在?(?:树|招牌|广告牌)[^ ]{0,2}(?:底下|下面|下头)|\b(?:tree|branch|sign|billboard|hoarding)s? (?:\w+ ){0,2}(?:fell|came down|crashed|landed|toppled|collapsed) (?:on|onto)\b/;
/** What did not happen: 差点砸到, 还好没砸到人, nearly hit. */
const MISSED = /差点|差一点|险些|没砸到|没压到|\b(?:almost|nearly)\b/;

const DANGERS: readonly NamedDanger[] = [
  {
    id: 'electric',
    named: /触电|被电|电击|电到/,
    told: (_norm, signals) => signals.includes('electric'),
  },
  {
    id: 'drowning',
    named: /溺水|落水|淹溺|溺亡|\bdrown/,
    told: (norm, signals) => signals.length > 0 && IN_WATER.test(norm),
  },
  {
    id: 'struck',
    named:
      /(?:树|招牌|广告牌|围挡|石头|坠物)[^，、。,;；]{0,4}(?:砸|压)|(?:砸|压)[^，、。,;；]{0,2}(?:树|招牌|广告牌)/,
    told: (norm, signals) => signals.length > 0 && STRUCK.test(norm) && !MISSED.test(norm),
  },
];

/** Each danger named by exactly one category's own words → that category. */
export function ownersOfDangers(categories: readonly Category[]): Map<string, string> {
  const owners = new Map<string, string>();
  for (const d of DANGERS) {
    const naming = categories.filter((c) =>
      [c.description, ...c.emergencyWhen, ...c.keywords].some((t) => d.named.test(t)),
    );
    if (naming.length === 1 && naming[0]) owners.set(d.id, naming[0].id);
  }
  return owners;
}

/** The dangers the report tells happening to someone. */
export function dangersTold(norm: string, signals: readonly string[]): string[] {
  return DANGERS.filter((d) => d.told(norm, signals)).map((d) => d.id);
}
