/**
 * Built-in knowledge of emergencies: acute danger to a person right now — bleeding, unconsciousness,
 * chest pain or breathlessness, heat stroke, violence, self-harm, fire, someone trapped — in zh-CN,
 * zh-TW (compared after traditional → simplified normalisation) and English. A pack's own
 * `emergencyKeywords` and per-category `emergencyWhen` add to this; they are not needed for it.
 * Recall matters more than precision: a needless emergency costs a branch an hour, a missed one a life.
 *
 *   emergencySignals(normaliseReportText('同事头上一直在流血，叫不醒'))  // → ['bleeding', 'unconscious']
 *
 * The knowledge itself (phrases, structural patterns, English) is in emergency-knowledge.ts.
 *
 * A signal does not count when negated in its clause (没流血, 差点被撞, "nobody was hurt"), when it is
 * about prevention (防中暑), or when the report is clearly about the past with nothing about now
 * (上个月被车撞了，保险还没赔).
 */

import { KNOWLEDGE, type EmergencySignal } from './emergency-knowledge.js';

export type { EmergencySignal };

/** Negation just before a phrase in its clause (没流血, 无人受伤, 差点被撞); 不 alone is not one (不停流血). */
const NEGATORS = [
  '没',
  '无',
  '未',
  '并非',
  '不是',
  '不用',
  '差点',
  '差一点',
  '险些',
  '防',
  '预防',
  '以免',
  '怕',
  // Mild: 有点中暑 is urgent, not an emergency.
  '有点',
  '有些',
  '轻微',
];
/** Phrases that contain a negator but do not negate. */
const NOT_NEGATION = ['有没有', '是否', '无缘无故', '没想到'];
const NEGATION_WINDOW = 4;
const LATIN_NEGATION =
  /\b(no|not|nobody|never|nothing|without|nearly|almost|isn ?t|wasn ?t|didn ?t|don ?t|prevent|avoid)\b[^.,;!?]{0,20}$/;

/** The report is about the past… */
const PAST =
  /上个月|上月|上周|上星期|去年|前年|几天前|几个月前|好几天了|之前|以前|上次|那次|\blast (week|month|year)\b|\bago\b/;
/** …unless it also says something about now. */
const NOW =
  /(?<!到)现在|正在|还在|刚才|刚刚|刚被|马上|赶紧|快来|快点|救命|今天|今晚|right now|\bnow\b|\bhelp\b|just now/;

/** Blood that is a test, not bleeding (查出血压高). */
const NOT_BLEEDING = /^(压|糖|脂|常规|型)/;
/** Over and done: 现在好了, 已经没事了, 好多了, "fine now". */
const RESOLVED =
  /(?:现在|已经|早就|基本|目前)(?:都|也|人)?(?:好了|没事|没什么事|不疼了|恢复)|好多了|没大碍|出院了|痊愈|康复了|\b(fine now|ok(ay)? now|better now|recovered|all good now)\b/;
/** Not yet: 热得要中暑了, 快冻僵了 — a warning (urgent), not a person down. */
const ABOUT_TO = /(?:要|快|会|容易|可能会)$/;
const ABOUT_TO_SIGNALS = new Set<string>(['heat-stroke', 'cold']);
/** Minor, said so: 皮外伤, 不严重 — an injury then is not an emergency (other signals still are). */
const MINOR = /不严重|没大碍|皮外伤|小伤|小口子|擦破点皮|轻伤|\b(not serious|minor|just a scratch)\b/;
const INJURY_SIGNALS = new Set<string>(['bleeding', 'serious-injury']);

/** What right after a phrase makes it something else: 被打了差评 (a bad rating), 打人电话. */
const NOT_AFTER = /^.{0,2}(差评|好评|低分|分|星|电话|卡|单)/;
/** What right before a phrase makes it a figure of speech: 累得想死, 热得中暑 stays. */
const FIGURATIVE_BEFORE = /[得]$/;

/** Strips what pack authors write around the core of an `emergencyWhen` phrase (有人受伤流血 → 受伤流血). */
export function corePhrase(norm: string): string {
  const core = norm.replace(/^(有人|人|正在|已经|我的|我)/, '').replace(/(了|的)$/, '');
  return [...core].length >= 2 ? core : norm;
}

function negated(text: string, start: number): boolean {
  const clauseStart = text.lastIndexOf(' ', start - 1) + 1;
  let before = text.slice(Math.max(clauseStart, start - NEGATION_WINDOW), start);
  for (const p of NOT_NEGATION) before = before.replaceAll(p, ' ');
  return NEGATORS.some((n) => before.includes(n));
}

/**
 * Live signals of an emergency in a normalised report (normaliseReportText), plus any of the pack's
 * `extra` phrases (normalised the same way) found un-negated. Empty when there is none.
 */
export function emergencySignals(norm: string, extra: readonly string[] = []): string[] {
  if (!norm) return [];
  const found = new Set<string>();
  const live = (signal: string, start: number, end: number): boolean => {
    const after = norm.slice(end, end + 4);
    if (signal === 'violence' && NOT_AFTER.test(after)) return false;
    if (signal === 'bleeding' && NOT_BLEEDING.test(after)) return false;
    if (signal === 'self-harm' && FIGURATIVE_BEFORE.test(norm.slice(0, start))) return false;
    if (ABOUT_TO_SIGNALS.has(signal) && ABOUT_TO.test(norm.slice(Math.max(0, start - 4), start))) return false;
    return !negated(norm, start);
  };
  const phrases: [string, string][] = [];
  for (const [signal, k] of Object.entries(KNOWLEDGE)) for (const p of k.phrases) phrases.push([p, signal]);
  for (const p of extra) if (p) phrases.push([p, 'pack']);
  for (const [p, signal] of phrases) {
    if (found.has(signal)) continue;
    for (let i = norm.indexOf(p); i >= 0; i = norm.indexOf(p, i + 1)) {
      if (live(signal, i, i + p.length)) {
        found.add(signal);
        break;
      }
    }
  }
  for (const [signal, k] of Object.entries(KNOWLEDGE)) {
    if (found.has(signal)) continue;
    for (const re of k.patterns ?? []) {
      if ([...norm.matchAll(globalOf(re))].some((m) => live(signal, m.index, m.index + m[0].length))) {
        found.add(signal);
        break;
      }
    }
    if (found.has(signal) || !k.latin) continue;
    for (const m of norm.matchAll(globalOf(k.latin))) {
      if (!LATIN_NEGATION.test(norm.slice(0, m.index))) {
        found.add(signal);
        break;
      }
    }
  }
  if (found.size === 0 || overOrPast(norm)) return [];
  if (MINOR.test(norm) && [...found].every((s) => INJURY_SIGNALS.has(s))) return [];
  return [...found];
}

/** The report tells of something over (现在好了) or past with nothing about now (去年被车撞的那次…). */
export function overOrPast(norm: string): boolean {
  return (PAST.test(norm) && !NOW.test(norm)) || RESOLVED.test(norm);
}

const globals = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}
