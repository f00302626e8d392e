/**
 * Offline classification of a worker's report (急难愁盼): which category it belongs to, how urgent it
 * is, and which street or landmark it names. Everything comes from the content pack — category
 * keywords, emergencyKeywords and urgentKeywords in categories.yaml, branch `areas` and places.yaml —
 * so organisers tune it by editing content, not code.
 *
 *   const classifier = createClassifier(pack);
 *   classifier.classify('國定路井蓋沒了，有騎手摔倒受傷了');
 *   // → { category: 'road-hazard', urgency: 'emergency', confidence: 0.49, matched: ['井盖没了', '受伤了'] }
 *   // (0.49: 摔倒 also points to accident-insurance)
 *   detectArea('國定路井蓋沒了', pack);  // → '国定路'
 *
 * How it scores (see evals/README.md for the measurements):
 * - Text and keywords go through the same normalisation (traditional → simplified, full-width →
 *   half-width, lower case, punctuation → space), so one keyword list serves both scripts.
 * - Every keyword occurrence is found, then overlapping hits are resolved longest first: among the
 *   category keywords for the topic (差评扣钱 beats 差评), and among all keywords for urgency (in
 *   「被打了差评」 the phrase 打了差评 hides the emergency word 被打). An urgency phrase never hides a
 *   topic: 孩子生病 is urgent and still about 生病.
 * - A hit weighs more the longer (more specific) it is; different hits for one category add up; a
 *   tie goes to the topic named first.
 * - Characters no keyword explains still count a little: a character pair (or English word) that
 *   occurs in one category's keywords only adds BACKOFF_WEIGHT, so 「外包公司一直拖着不发钱」 lands in
 *   wage-arrears through 外包/不发 rather than in `other`.
 *   A keyword of three or more characters also matches with one or two extra characters inside
 *   (「工资还没发」 for 工资没发, 「不让我进」 for 不让进) at a reduced weight — the cheapest typo and
 *   colloquial tolerance that does not invent hits.
 * - `other` is the fallback: its own keywords (建议, 问一下…) count half, so any real topic wins.
 * - Emergency and urgent keywords are ignored when negated in their clause (「人没受伤」, 「没有流血」,
 *   「差点撞倒」, "nobody injured").
 */
import { normalize } from '../faq/normalize.js';
import { cleanInput } from '../text.js';
import { foldPronouns } from './pronouns.js';
import { readDialects } from './dialect.js';
import { urgentCause } from './urgency.js';
import { frameOf, illnessAttack, illnessBleeding, REQUEST_WORDS } from './frames.js';
import { dangersTold, ownersOfDangers } from './named-dangers.js';
import { CROWD, FIGHT, burnt, isCaught } from './topics-scenes.js';
import { PREGNANT } from './emergency-concepts.js';
import type { Category, ContentPack, Place } from '../content/schema.js';
import {
  areaFormMap,
  compactName,
  DIRECTIONS_EN,
  pinyinOf,
  pinyinReadings,
  stationCore,
  stationFormMap,
} from '../content/names.js';
import {
  EMERGENCY_PHRASES,
  corePhrase,
  assaultTold,
  emergencySignals,
  packEmergencyLive,
  packHitLive,
} from './emergency.js';
import { PinyinReader } from '../faq/pinyin-input.js';
import { withProvince } from '../stations/districts.js';
import {
  CONSEQUENCE_SIGNALS,
  DOMINANT_SIGNALS,
  SIGNAL_TOPIC,
  STRONG_WORDS,
  TOPIC_TEXTS,
  CLAIM_WORDS,
  fineAsWell,
  settingOf,
  topicHits,
  topicMap,
  type Topic,
} from './topics.js';

export type Urgency = 'normal' | 'urgent' | 'emergency';

export interface ReportClassification {
  /** A category id of the pack; `other` when nothing matched. */
  category: string;
  urgency: Urgency;
  /** 0..1: how strongly the keywords point to this category rather than another (0 = no hit). */
  confidence: number;
  /** The keywords (as written in categories.yaml) that decided, in the order they occur in the text. */
  matched: string[];
}

export interface Classifier {
  classify(text: string): ReportClassification;
  /** Urgency raised by emergency/urgent keywords alone (no category default); undefined when none. */
  keywordUrgency(text: string): 'urgent' | 'emergency' | undefined;
}

/** The category every pack must have: where reports that match nothing go. */
export const FALLBACK_CATEGORY = 'other';

const URGENCY_RANK: Record<Urgency, number> = { normal: 0, urgent: 1, emergency: 2 };

export function maxUrgency(a: Urgency, b: Urgency): Urgency {
  return URGENCY_RANK[a] >= URGENCY_RANK[b] ? a : b;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

/**
 * Simplified variants OpenCC leaves apart (帳號 → 帐号 while the keyword says 账号; 著火 stays 著火).
 * Folded on both sides, so it only has to be consistent, not "correct".
 */
const VARIANT_FOLD: Record<string, string> = { 帐: '账', 著: '着', 佈: '布', 於: '于' };
const FOLD_RE = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'g');

/** The canonical form both keywords and reports are matched in. Punctuation becomes a space. */
export function normaliseReportText(text: string): string {
  return normalize(cleanInput(text)).replace(FOLD_RE, (c) => VARIANT_FOLD[c] ?? c);
}

/**
 * The bot's own name (驿站助手, as it introduces itself in locales/) is no rest station: 「驿站助手能不能加个按钮」
 * asks for a feature. Read as a neutral word of the same length, so positions hold.
 */
const BOT_NAME = /驿站助手/g;
function withoutBotName(norm: string): string {
  return norm.replace(BOT_NAME, '机器助手');
}

/** A pack's keyword or description as reports are read for topics (Cantonese and dialects folded, like the report). */
function readAsTopics(text: string): string {
  return readDialects(normaliseReportText(text));
}

const isLatinChar = (c: string | undefined): boolean => c !== undefined && /[a-z0-9]/.test(c);
const isLatinTerm = (t: string): boolean => /^[a-z0-9 ]+$/.test(t);

/** English endings a Latin keyword may take: fine → fined, pothole → potholes, suspend → suspended. */
const LATIN_SUFFIX = /^(s|es|d|ed|ing|er)(?![a-z0-9])/;

// ---------------------------------------------------------------------------------------------
// Keyword matching

interface Term {
  /** Normalised form. */
  text: string;
  /** The keyword as first written in the pack, for `matched`. */
  label: string;
  categories: Set<string>;
  emergency: boolean;
  urgent: boolean;
  latin: boolean;
  weight: number;
}

interface Hit {
  term: Term;
  start: number;
  end: number;
  /** 1 for an exact hit, less for a hit with extra characters inside. */
  factor: number;
}

/** Weight of a hit on an inserted-characters match relative to an exact one. */
const GAP_FACTOR = 0.7;
/** Extra characters allowed inside a keyword of at least GAP_MIN_LENGTH characters. */
const MAX_GAP = 2;
const GAP_MIN_LENGTH = 3;
/** The fallback category's own keywords count this much. */
const FALLBACK_FACTOR = 0.5;
/** Past this many characters the text is not scanned for gapped hits (a 10,000-character paste). */
const GAP_SCAN_LIMIT = 1500;

/** Longer keywords are more specific: 坑 0.4, 井盖 1, 窨井盖 1.5, 井盖没了 2, up to 3. */
function termWeight(text: string): number {
  if (isLatinTerm(text)) {
    const words = text.split(' ').length;
    if (words > 1) return Math.min(2.5, 1 + 0.6 * (words - 1));
    return text.length <= 3 ? 0.6 : 1;
  }
  const n = [...text.replace(/ /g, '')].length;
  if (n <= 1) return 0.4;
  return Math.min(3, 1 + 0.5 * (n - 2));
}

/**
 * Words that, just before a keyword in the same clause, cancel it: 没受伤, 无人受伤, 差点撞倒, 不是很急.
 * A bare 不 or 别 is not one: 不小心受伤, 不停流血 and 别人受伤 are real.
 */
const CJK_NEGATORS = ['没', '无', '未', '并非', '不是', '不太', '不用', '不算', '差点', '差一点', '险些'];
/** Phrases that contain a negator but do not negate (removed from the window first). */
const CJK_NOT_NEGATION = ['有没有', '是否', '无缘无故', '无故', '毫无'];
const CJK_NEGATION_WINDOW = 4;
const LATIN_NEGATORS = new Set([
  'no',
  'not',
  'nobody',
  'none',
  'without',
  'never',
  'nothing',
  'isnt',
  'wasnt',
  'didnt',
  'dont',
  'wont',
  'arent',
  'werent',
  'nearly',
  'almost',
]);
const LATIN_NEGATION_WORDS = 3;

function isNegated(text: string, hit: Hit): boolean {
  if (hit.term.latin) {
    const words = text
      .slice(0, hit.start)
      .replace(/n t\b/g, 'nt')
      .split(' ')
      .filter(Boolean)
      .slice(-LATIN_NEGATION_WORDS);
    return words.some((w) => LATIN_NEGATORS.has(w));
  }
  // The clause runs back to the previous space (punctuation was turned into spaces).
  const clauseStart = text.lastIndexOf(' ', hit.start - 1) + 1;
  let before = text.slice(Math.max(clauseStart, hit.start - CJK_NEGATION_WINDOW), hit.start);
  for (const p of CJK_NOT_NEGATION) before = before.replaceAll(p, ' ');
  return CJK_NEGATORS.some((n) => before.includes(n));
}

class KeywordMatcher {
  constructor(private readonly terms: readonly Term[]) {}

  /** Every hit, exact and gapped, overlapping (resolveOverlaps picks among them). */
  find(text: string): Hit[] {
    const out: Hit[] = [];
    const gapped = text.length <= GAP_SCAN_LIMIT;
    for (const term of this.terms) {
      const t = term.text;
      for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + 1)) {
        const end = i + t.length;
        if (term.latin) {
          if (isLatinChar(text[i - 1]) || fineAsWell(text, i, t)) continue;
          if (isLatinChar(text[end])) {
            const suffix = LATIN_SUFFIX.exec(text.slice(end));
            if (!suffix) continue;
            out.push({ term, start: i, end: end + suffix[0].length, factor: 1 });
            continue;
          }
        }
        out.push({ term, start: i, end, factor: 1 });
      }
      if (gapped && !term.latin && t.length >= GAP_MIN_LENGTH && !t.includes(' '))
        this.gappedHits(text, term, out);
    }
    return out;
  }

  /** 「工资还没发」 for 工资没发: the keyword split in two with 1–MAX_GAP characters (no space) between. */
  private gappedHits(text: string, term: Term, out: Hit[]): void {
    const t = term.text;
    for (let k = 1; k < t.length; k++) {
      const left = t.slice(0, k);
      const right = t.slice(k);
      for (let i = text.indexOf(left); i >= 0; i = text.indexOf(left, i + 1)) {
        for (let g = 1; g <= MAX_GAP; g++) {
          const gapStart = i + k;
          const gap = text.slice(gapStart, gapStart + g);
          if (gap.length < g || gap.includes(' ')) break;
          if (text.startsWith(right, gapStart + g)) {
            out.push({ term, start: i, end: gapStart + g + right.length, factor: GAP_FACTOR });
            break;
          }
        }
      }
    }
  }
}

/**
 * Non-overlapping hits among `hits`: longest keyword first, exact before gapped, then leftmost.
 * Returned in text order.
 */
function resolveOverlaps(hits: Hit[], length: number): Hit[] {
  const sorted = [...hits].sort(
    (a, b) => b.term.text.length - a.term.text.length || b.factor - a.factor || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const chosen: Hit[] = [];
  for (const h of sorted) {
    let free = true;
    for (let i = h.start; i < h.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, h.start, h.end);
    chosen.push(h);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

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

function buildTerms(pack: ContentPack): Term[] {
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

/** Everything a category says about itself: name, description and their variants. */
function describing(c: Category): string[] {
  return [
    c.name,
    c.description,
    c.variants?.['zh-TW']?.name,
    c.variants?.['zh-TW']?.description,
    c.variants?.en?.name,
    c.variants?.en?.description,
  ].filter((t): t is string => !!t);
}

// ---------------------------------------------------------------------------------------------
// The classifier

/** Character pairs (Chinese) and words (Latin) of a normalised text, with where each starts. */
function features(text: string): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[a-z0-9]+|[^a-z0-9 ]+/g)) {
    const token = m[0];
    const at = m.index;
    if (/^[a-z0-9]/.test(token)) {
      if (token.length >= 3 && !LATIN_STOP.has(token))
        out.push({ key: token, start: at, end: at + token.length });
      continue;
    }
    const chars = [...token];
    let offset = at;
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] ?? '';
      const key = a + (chars[i + 1] ?? '');
      if (!CJK_STOP.has(key)) out.push({ key, start: offset, end: offset + key.length });
      offset += a.length;
    }
  }
  return out;
}

/** English words too common to say anything about a category. */
const LATIN_STOP = new Set(
  'the and for you your our are was were has have had but not with from this that they them his her she him its out can cant get got how who why what when where there their here all any one two too very just been into after before about over near then than also some more most much only other again still keep kept because away rider riders courier couriers driver drivers worker workers delivery deliveries platform platforms work working job jobs'.split(
    ' ',
  ),
);

/**
 * Function-word pairs that occur in keywords but say nothing about a topic (有没有, 不能, 一直…), and
 * the workers and their e-bikes (骑手, 电瓶车), who are in every report whatever it is about.
 */
const CJK_STOP = new Set(
  '没有 有没 不能 能不 可以 什么 怎么 一下 一直 我们 他们 你们 这个 那个 就是 还是 不是 现在 已经 时候 的时 了的 不了 不到 不去 出来 起来 一个 好几 骑手 小哥 外卖 快递 司机 师傅 平台 电瓶 瓶车 电动 动车 电单'.split(
    ' ',
  ),
);

/**
 * Backoff evidence for words no keyword covers: a character pair (or English word) shared with a
 * category's keywords counts BACKOFF_WEIGHT × how specific it is to that category. Keeps 「外包公司
 * 一直拖着不发钱」 out of `other` because 外包/不发 occur in wage-arrears keywords only.
 */
const BACKOFF_WEIGHT = 0.3;
/** A topic word (topics.ts) counts this much for the category its topic maps to (2+ characters). */
const TOPIC_WEIGHT = 0.6;
/** An emergency signal counts this much for the category of its topic (bleeding → injuries). */
const SIGNAL_WEIGHT = 1;
/** Less evidence than this for the best category leaves the report in `other`. */
const MIN_EVIDENCE = 0.25;
/** Scores closer than this are a tie, decided by the pack's `precedence`. */
const TIE = 1e-6;
/** Backoff alone must add up to this (two specific pairs or so) to pull a report out of `other`. */
const BACKOFF_MIN = 0.3;

function buildBackoff(pack: ContentPack, terms: Term[]): Map<string, Map<string, number>> {
  const cats = new Map<string, Set<string>>();
  const note = (key: string, id: string) => {
    const set = cats.get(key) ?? new Set<string>();
    set.add(id);
    cats.set(key, set);
  };
  for (const t of terms) for (const id of t.categories) for (const f of features(t.text)) note(f.key, id);
  // Descriptions whole, so that pairs across the cuts count too.
  for (const c of pack.categories.categories)
    for (const text of describing(c)) for (const f of features(readAsTopics(text))) note(f.key, c.id);
  const n = pack.categories.categories.length;
  const out = new Map<string, Map<string, number>>();
  for (const [key, ids] of cats) {
    const idf = Math.log(1 + n / ids.size) / Math.log(1 + n);
    out.set(key, new Map([...ids].map((id) => [id, BACKOFF_WEIGHT * idf])));
  }
  return out;
}

/**
 * Builds the offline classifier for one pack (a reloaded pack needs a new one). Throws when the pack
 * has no `other` category, which content:check should already have refused.
 */
export function createClassifier(pack: ContentPack): Classifier {
  const categories = new Map<string, Category>(pack.categories.categories.map((c) => [c.id, c]));
  const fallback = categories.get(FALLBACK_CATEGORY);
  if (!fallback)
    throw new Error(
      `categories.yaml has no "${FALLBACK_CATEGORY}" category; the classifier needs it as its fallback`,
    );
  const order = new Map(pack.categories.categories.map((c, i) => [c.id, i]));
  // Listed categories first, in list order; the rest after them in file order.
  const listed = pack.categories.precedence;
  const rank = new Map(pack.categories.categories.map((c, i) => [c.id, listed.length + i]));
  listed.forEach((id, i) => rank.set(id, i));
  const extraEmergency = pack.categories.categories.flatMap((c) =>
    c.emergencyWhen.map((w) => corePhrase(normaliseReportText(w))),
  );
  const topics = topicMap(pack.categories.categories, readAsTopics, (id) => rank.get(id) ?? 0);
  const terms = buildTerms(pack);
  const matcher = new KeywordMatcher(terms);
  const backoff = buildBackoff(pack, terms);
  /** Dangers the pack's own words give one category (触电 in health's description): see named-dangers.ts. */
  const dangerOwners = ownersOfDangers(pack.categories.categories);

  interface Analysis {
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

  function analyse(text: string): Analysis {
    const plain = normaliseReportText(pinyinReader(pack).read(text) ?? text);
    // Topics read regional pronouns as 我 (打额, 推俺), written Cantonese (畀人抄牌 → 被人贴条) and Shanghainese
    // and Henan words (阿拉, 辣 = 在, 木有) as Mandarin — the same reading as the emergency detector's (dialect.ts).
    const norm = withoutBotName(readDialects(foldPronouns(plain)));
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
  }

  function keywordUrgency(a: Analysis): 'urgent' | 'emergency' | undefined {
    if (a.emergency.length > 0 || a.signals.length > 0) return 'emergency';
    // The pack's urgent words, or a stated near deadline or a hazard nobody is hurt by yet (urgency.ts).
    if (a.urgent.length > 0 || urgentCause(a.norm)) return 'urgent';
    return undefined;
  }

  // English place names (Keyuan Road, Xili Lake): their "road" or "lake" names a place, not a hazard.
  const latinPlaces = areaIndex(pack)
    .names.filter((n) => n.latin && !n.plain)
    .map((n) => n.text);

  return {
    keywordUrgency: (text) => keywordUrgency(analyse(text)),

    classify(text) {
      const a = analyse(text);
      const spans = latinPlaces.flatMap((p) => {
        const i = a.norm.indexOf(p);
        return i >= 0 ? [[i, i + p.length] as const] : [];
      });
      const asPlace = (start: number, end: number): number =>
        isLocation(a.norm, start, end) || spans.some(([s, e]) => start >= s && end <= e)
          ? LOCATION_FACTOR
          : 1;
      const hits = topicHits(a.norm);
      // A point with no topic of its own (我主要是想把车找回来) leaves the troubles before it to decide.
      const cut = pointStart(a.norm);
      const point =
        cut > 0 && (a.topical.some((h) => h.start >= cut) || hits.some((h) => h.start >= cut)) ? cut : 0;
      /** Troubles the worker waves off before the point (see POINT_FOLLOWS) are context. */
      const asContext = (start: number): number => (start < point ? CONTEXT_FACTOR : 1);
      // Others who fell at a hazard (好几个骑手摔了, two riders fell) say how dangerous it is: a road report.
      const injuryId = topics.get('injury');
      // A road in a place's name (Keyuan Road) is no hazard.
      // "kicked out" is housing, not a kick: a longer word of another topic around it wins.
      const inLonger = (h: (typeof hits)[number]): boolean =>
        hits.some(
          (o) =>
            o.topic !== h.topic &&
            o.word.length > h.word.length &&
            o.start <= h.start &&
            o.start + o.word.length >= h.start + h.word.length,
        );
      // …and a shelf that collapsed (货架塌了) is no road collapsing.
      // A road word owning another thing (工地的脚手架, the site's scaffolding) names where that thing is from, not
      // the hazard: the thing itself must be a road's for someone caught by it to be the road's report.
      const hazard = hits.some(
        (h) =>
          h.topic === 'road' &&
          !inLonger(h) &&
          asPlace(h.start, h.start + h.word.length) === 1 &&
          !OWNS_A_THING.test(a.norm.slice(h.start + h.word.length)),
      );
      /** Someone pinned, caught or swept away by the hazard the report names (树倒下来砸到一个骑手): the hazard's report. */
      const caughtInHazard = (h: (typeof hits)[number]): boolean =>
        hazard && h.topic === 'injury' && h.pattern === true && isCaught(h.word);
      // A past accident named as the cause of how one feels now (那次车祸以后天天做恶梦) is context of a health report.
      const feeling = hits.some(
        (h) => h.topic === 'health' && !CLAIM_WORDS.has(h.word) && !PAIN.test(h.word),
      );
      const asInjury = (start: number, ids: Iterable<string>, end = start): number =>
        injuryId &&
        [...ids].includes(injuryId) &&
        ((hazard && othersBefore(a.norm, start, end)) || (feeling && pastCause(a.norm, start, end)))
          ? LOCATION_FACTOR
          : 1;
      // 在宿舍里 is where someone is, and so the setting of the facility problem: only 门口 and the like leave it out.
      const setting = settingOf(
        a.norm,
        (start, end) =>
          isLocation(a.norm, start, end, false) || spans.some(([s, e]) => start >= s && end <= e),
      );
      const stationId = topics.get('station');
      const housingId = topics.get('housing');
      const parkingId = topics.get('parking');
      // A claim with an illness and no accident in the report is a health matter (CLAIM_WORDS).
      const healthId = topics.get('health');
      const illnessClaim =
        hits.some((h) => h.topic === 'health' && asPlace(h.start, h.start + h.word.length) === 1) &&
        !hits.some((h) => h.topic === 'injury' && !CLAIM_WORDS.has(h.word));
      // Pain after a fall or a crash is its consequence, as bleeding is (votingSignals): an accident report.
      const injuryEvent = hits.some(
        (h) =>
          h.topic === 'injury' &&
          !caughtInHazard(h) &&
          !CLAIM_WORDS.has(h.word) &&
          !PAIN.test(h.word) &&
          asPlace(h.start, h.start + h.word.length) === 1 &&
          asInjury(h.start, injuryId ? [injuryId] : [], h.start + h.word.length) === 1,
      );
      const parkingNamed = hits.some((h) => h.topic === 'parking' && !DRIVEN_OFF.test(h.word));
      // 被两个人抢了手机 人没受伤: "nobody was hurt" tells how the assault ended — no accident is told.
      const violenceId = topics.get('violence');
      const assaultNamed =
        a.signals.includes('violence') ||
        a.assault ||
        hits.some(
          (h) =>
            h.topic === 'violence' &&
            (h.pattern || STRONG_WORDS.has(h.word)) &&
            !(a.norm[h.start - 1] === '我' && !h.word.startsWith('被')) &&
            !isNegated(a.norm, asHit(h)),
        );
      const deniedHarm = assaultNamed ? [...a.norm.matchAll(DENIED_HARM)] : [];
      const assaultOutcome = (start: number, end: number): boolean =>
        deniedHarm.some((m) => start >= m.index && end <= m.index + m[0].length);
      // 逼着我们买平台的保险: insurance bought (or pushed on the worker) with no claim asked is no accident's cost.
      const bought = (word: string, start: number): number =>
        INSURANCE.test(word) &&
        BOUGHT_BEFORE.test(a.norm.slice(a.norm.lastIndexOf(' ', start - 1) + 1, start)) &&
        !CLAIMED.test(a.norm)
          ? LOCATION_FACTOR
          : 1;
      /** The category a hit speaks for once its setting is known (see settingOf); `at`: where the hit is. */
      const moved = (id: string, word: string, at?: readonly [number, number]): string => {
        if (at && id === injuryId && violenceId && assaultOutcome(at[0], at[1])) return violenceId;
        if (illnessClaim && id === injuryId && healthId && CLAIM_WORDS.has(word)) return healthId;
        if (injuryEvent && id === healthId && injuryId && PAIN.test(word)) return injuryId;
        // 冰面上我摔车了 膝盖肿得老高 商家还说餐洒了要我赔: goods lost in a fall that hurt the worker are the
        // accident's cost, as a claim is (goods broken with nobody hurt stay pay).
        if (
          id === topics.get('pay') &&
          injuryId &&
          PAY_FOR_GOODS.test(word) &&
          injuryEvent &&
          workerHurt(a.norm)
        )
          return injuryId;
        // A fine is about pay when the employer or the platform fines; the landlord's or the traffic
        // police's fine is about housing or parking.
        if (id === topics.get('pay') && FINE.test(word))
          for (const [topic, re] of FINERS) {
            const to = topics.get(topic);
            if (to && re.test(a.norm)) return to;
          }
        // A deposit the employer keeps (站点押金, 老板不退押金) is owed like wages; the landlord's or a dorm's
        // (公司宿舍押金不退) is housing.
        if (DEPOSIT.test(word)) {
          const owed = topics.get('arrears');
          const landlord = landlordTold(a.norm);
          if (id === housingId && owed && !landlord && EMPLOYER.test(a.norm)) return owed;
          if (id === owed && housingId && landlord) return housingId;
        }
        // Driven off a pick-up point or a kerb (接客的地方总被赶走 根本没法停) is parking: only from a home is it eviction.
        if (id === housingId && parkingId && DRIVEN_OFF.test(word) && !HOME.test(a.norm) && parkingNamed)
          return parkingId;
        if (setting === 'housing' && id === stationId && housingId) return housingId;
        // A lift where the worker lives (公寓电梯坏了半个月) is the home's: the access rule is about lifts at a delivery.
        if (setting === 'housing' && id === parkingId && housingId && LIFT.test(word)) return housingId;
        if (setting === 'station' && id === housingId && stationId) return stationId;
        // At a station, being kept out or its parking spaces are the station's.
        if (setting === 'station' && id === parkingId && stationId && STATION_ACCESS.test(word))
          return stationId;
        return id;
      };
      const scores = new Map<string, number>();
      /** Categories of money and platform trouble (fines, pay, accounts): never what an emergency is about. */
      const moneyIds = new Set(
        (['pay', 'arrears', 'platform', 'account'] as const).flatMap((t) => topics.get(t) ?? []),
      );
      /** Where the category's first keyword hit starts: on a tie, the topic named first wins. */
      const first = new Map<string, number>();
      /** `own`: evidence of the fallback's own topic (union, training, suggestions), which counts in full. */
      const add = (id: string, w: number, at: number, own = false): void => {
        const weight = id === FALLBACK_CATEGORY && !own ? w * FALLBACK_FACTOR : w;
        scores.set(id, (scores.get(id) ?? 0) + weight);
        if (!first.has(id) || at < (first.get(id) ?? Infinity)) first.set(id, at);
      };
      const seen = new Set<Term>();
      // A word inside a longer phrase of another topic is part of it: "health" in "health certificate", the
      // 停电 (power cut) of 停电动车 (parking an e-bike).
      const partOfPhrase = (h: Hit): boolean =>
        hits.some((o) => {
          const id = topics.get(o.topic);
          return (
            id !== undefined &&
            !h.term.categories.has(id) &&
            o.word.length > h.end - h.start &&
            o.start <= h.start &&
            o.start + o.word.length >= h.end
          );
        });
      for (const h of a.topical) {
        if (seen.has(h.term) || partOfPhrase(h)) continue; // a repeated word counts once
        seen.add(h.term);
        const place =
          asPlace(h.start, h.end) *
          asInjury(h.start, h.term.categories, h.end) *
          asContext(h.start) *
          bought(h.term.text, h.start);
        for (const id of new Set([...h.term.categories].map((c) => moved(c, h.term.text, [h.start, h.end]))))
          add(id, h.term.weight * h.factor * place, h.start);
      }
      const seenKeys = new Set<string>();
      const soft = new Map<string, { w: number; at: number }>();
      const bikeParked = [...a.norm.matchAll(BIKE_PARKED)];
      for (const f of features(a.norm)) {
        // Only words no keyword explains: 「晕倒了」 is an emergency, not the 倒了 of 树倒了.
        if (seenKeys.has(f.key) || a.covered.subarray(f.start, f.end).some((c) => c === 1)) continue;
        // 跑了六十单 is a day's work, not a boss who ran off (老板跑了).
        if (RUN_ORDERS.test(a.norm.slice(f.start, f.start + 12))) continue;
        // …nor the 停电 of 停电驴, 停电动车 (parking an e-bike): no power cut (round 35).
        if (bikeParked.some((m) => m.index <= f.start && m.index + m[0].length >= f.end)) continue;
        seenKeys.add(f.key);
        const place = asPlace(f.start, f.end) * asContext(f.start);
        for (const [id, w] of backoff.get(f.key) ?? []) {
          const s = soft.get(id);
          soft.set(id, {
            w: (s?.w ?? 0) + w * place,
            at: Math.min(s?.at ?? Infinity, a.norm.length + f.start),
          });
        }
      }
      for (const [id, s] of soft) if (scores.has(id) || s.w >= BACKOFF_MIN) add(id, s.w, s.at);
      // Built-in knowledge (topics.ts): everyday words of a topic, and the emergency the report describes.
      /** A strong word of aggression (推了我, 骂人, threatened) in the report: see AGGRESSION_DECIDES. */
      let aggression: string | undefined;
      /** A fine or deduction with its amount (扣全勤奖三百, 每人罚一百): see below. */
      let fine: string | undefined;
      const patient = drunkPatient(a.signals);
      for (const h of hits) {
        // A word inside a longer word of another topic is part of that word: 刮倒 in 树被风刮倒.
        if (inLonger(h)) continue;
        // A deposit kept with no one named who keeps it (押金不退, yajin bu tui): the pack's own words decide.
        if (DEPOSIT.test(h.word) && !landlordTold(a.norm) && !EMPLOYER.test(a.norm)) continue;
        if (patient && h.topic === 'violence' && DRUNK.test(h.word)) continue;
        const topicId = topics.get(h.topic);
        const id = topicId && moved(topicId, h.word, [h.start, h.start + h.word.length]);
        const place =
          asPlace(h.start, h.start + h.word.length) *
          asContext(h.start) *
          bought(h.word, h.start) *
          (h.topic === 'injury' ? asInjury(h.start, id ? [id] : [], h.start + h.word.length) : 1) *
          (caughtInHazard(h) ? LOCATION_FACTOR : 1);
        // 我骂人, 说我骂人: the worker is the one said to act, not the one attacked.
        const byWorker = a.norm[h.start - 1] === '我' && !h.word.startsWith('被');
        // A structure of aggression (被人撬走了, 把我推下台阶, 被…打了) decides as a strong word does.
        const aggressive = STRONG_WORDS.has(h.word) || (h.pattern && h.topic === 'violence');
        if (id && place === 1 && !byWorker && aggressive && !isNegated(a.norm, asHit(h))) aggression = id;
        if (id && place === 1 && h.pattern && h.topic === 'pay' && !isNegated(a.norm, asHit(h))) fine = id;
        if (id)
          add(
            id,
            (TOPIC_WEIGHT *
              Math.min(2, [...h.word.replace(/ /g, '')].length) *
              place *
              (h.pattern ? 2 : byWorker ? 1 : strong(h.word))) /
              2,
            a.norm.length + h.start,
            h.topic === 'community',
          );
      }
      // Someone trapped in a vehicle that crashed or overturned (货车翻了 人困在驾驶室) is the crash's report,
      // whichever road it happened on.
      const vehicleCrash = hits.some((h) => h.topic === 'injury' && h.pattern && !isCaught(h.word));
      // An illness named by its attack (asthma attack) is no assault; bleeding from the mouth or in pregnancy
      // (吐血, 怀孕…下身出血) is an illness, not a wound (frames.ts).
      // Shut in a stuck lift with someone fainted or short of breath (电梯困了四个人 一个老人晕过去了): what happened
      // to them is what the report is about, not the lift that holds them (the lift alone is nobody's, below).
      const signals = a.signals
        .filter((sig) => sig !== 'violence' || !illnessAttack(a.norm))
        .filter(
          (sig, _, all) =>
            sig !== 'trapped' ||
            !LIFT.test(a.norm) ||
            all.every((s) => s === 'trapped' || s === 'fire' || s === 'pack'),
        );
      // An assault the emergency reading found (按在地上打 头破了在流血) decides as a word of aggression does, even
      // when no topic word names it: the guard or the gate it happened at is the setting.
      // Not when a crash, a fall or a thing that struck or cut is told (被掉下来的钢管砸到头, 让玻璃划开了): those
      // are accidents the reading may take for blows.
      // Told of as past too (a wage row that ended in a beating): the beating is what the report is about.
      if (
        !aggression &&
        !injuryEvent &&
        violenceId &&
        (signals.includes('violence') || (a.assault && !illnessAttack(a.norm)))
      )
        aggression = moved(violenceId, 'violence');
      const crowd = CROWD.test(a.norm);
      const fight = FIGHT.test(a.norm);
      /** The topic an emergency signal speaks for, once the report's cause is known. */
      const signalTopic = (signal: string): Topic | undefined => {
        // Those hurt or trapped in a crowd crush are its report, as those hurt in a fight are.
        if (crowd && CROWD_HURT.has(signal)) return 'violence';
        // …and those a fight left bleeding or knocked out (we got into a fight, his nose is bleeding): a blow between
        // people is violence first, not an accident or an illness (QA8).
        if (fight && FIGHT_HURT.has(signal)) return 'violence';
        // What a crash or a fall did to someone (they collapsed, they bleed) is part of the accident report.
        if (injuryEvent && CONSEQUENCE_SIGNALS.has(signal)) return 'injury';
        // Overcome for want of air down a pit or a tank (下去就没上来 下面缺氧): a body's trouble, not the place's.
        if (signal === 'trapped' && NO_AIR.test(a.norm)) return 'health';
        // Someone caught in the hazard the report names (fallen into an open manhole) is that hazard's report.
        if (signal === 'trapped' && hazard && !vehicleCrash) return 'road';
        // …and so is someone shocked by a wire down in the road's water (渍水里头有根电线断了 一个老人…倒在水里了 —
        // round 37): the fallen wire is the road's hazard, as an open manhole is.
        if (signal === 'electric' && hazard && !vehicleCrash && WIRE_DOWN.test(a.norm)) return 'road';
        // Someone trapped by a fire (电动车着火了 屋里有人被困) is the fire's report.
        if (signal === 'trapped' && signals.includes('fire')) return signalTopic('fire');
        // A limb that stopped working with a stroke's signs and no accident told (半边身子动不了 嘴歪了) is illness; so is
        // a body that gave way after something eaten (吃了见手青 吐得站都站不起来了 — round 35).
        if (
          signal === 'serious-injury' &&
          !injuryEvent &&
          (signals.includes('medical') || signals.includes('poisoning'))
        )
          return 'health';
        if (signal === 'bleeding' && illnessBleeding(a.norm)) return 'health';
        // A fire in a restaurant, a shop or a mall (饭馆着火了 里面还有取餐的骑手) is neither where workers live nor a
        // station: no category of the worker's own (the fire brigade's; `other`, for a person to sort).
        if (signal === 'fire' && setting === undefined && PUBLIC_PLACE.test(a.norm) && !HOME.test(a.norm))
          return undefined;
        // …nor is a stranger's child in the water or out on a ledge (round 36). A child shut in a car stays the
        // accident's: without its vote the car park's words would send it to parking.
        if (
          (signal === 'trapped' ||
            (signal === 'serious-injury' && !injuryEvent && HIGH_LEDGE.test(a.norm))) &&
          CHILD.test(a.norm) &&
          !OWN_CHILD.test(a.norm) &&
          !WORKER_IN_IT.test(a.norm) &&
          !IN_A_CAR.test(a.norm)
        )
          return undefined;
        // …nor is a fire on the hills (后山起山火了 往村子这边烧过来 — round 35).
        if (signal === 'fire' && WILDFIRE.test(a.norm)) return undefined;
        // A burn on someone is an injury, but a fire where workers live stays housing's.
        if ((signal === 'fire' || signal === 'medical') && burnt(a.norm) && setting !== 'housing')
          return 'injury';
        return SIGNAL_TOPIC[signal];
      };
      for (const signal of votingSignals(signals)) {
        const topic = signalTopic(signal);
        const topicId = topic && topics.get(topic);
        if (topicId) add(moved(topicId, signal), SIGNAL_WEIGHT, 2 * a.norm.length);
      }
      // Someone pushing, insulting or threatening the worker is what the report is about, whatever the
      // setting (a guard at a gate, an unpaid fare, a complaint): its category is at least level with the
      // best, and the pack's precedence decides a tie.
      // Self-harm outweighs who provoked it (votingSignals): the override is for aggression alone.
      const dominant = votingSignals(signals).find((sig) => DOMINANT_SIGNALS.includes(sig));
      const selfHarmId = dominant === 'self-harm' ? signalTopic(dominant) : undefined;
      const despairTopic = selfHarmId && topics.get(selfHarmId);
      const despairId = despairTopic && moved(despairTopic, 'self-harm');
      if (despairId) {
        // Someone about to take their life is what the report is about, wherever they are (a car in a car
        // park, a rented room) and whatever drove them to it (a frozen account, wages unpaid).
        const top = Math.max(...scores.values());
        scores.set(despairId, Math.max(top + 2 * TIE, scores.get(despairId) ?? 0));
      } else if (
        aggression &&
        (!dominant || topics.get(SIGNAL_TOPIC[dominant] ?? 'violence') === aggression)
      ) {
        const top = Math.max(...scores.values());
        if ((scores.get(aggression) ?? 0) < top) scores.set(aggression, top);
      } else if (fine && votingSignals(signals).length === 0) {
        // Money taken, with its amount, is what the worker complains of; the reason given for it (差评太多,
        // 单量不够, 超时) is context. Level with the best, and the pack's precedence decides a tie.
        // A person in danger in the same report (a bad day told in order: 中午被扣了二十 下午同事被撞飞) is
        // what it is about, not the fine.
        const top = Math.max(...scores.values());
        if ((scores.get(fine) ?? 0) < top) scores.set(fine, top);
      }
      // An account taken away with the reason given for it (被清退了 讲我差评多): the ban is what the worker
      // complains of, the reason is context — level with the best, and the pack's precedence decides a tie.
      const accountId = topics.get('account');
      if (accountId && scores.has(accountId) && !aggression && !fine && votingSignals(signals).length === 0) {
        if (SANCTION_WITH_REASON.test(a.norm)) {
          const top = Math.max(...scores.values());
          if ((scores.get(accountId) ?? 0) < top) scores.set(accountId, top);
        }
      }
      // The platform's bad-weather mode not switched on (沙尘暴预警都发了 平台也不开恶劣天气模式): its rule is what the
      // worker complains of, the sandstorm or the snow is why it should apply — unless someone is hurt or ill now.
      const platformId = topics.get('platform');
      if (
        platformId &&
        scores.has(platformId) &&
        WEATHER_RULE.test(a.norm) &&
        votingSignals(signals).length === 0
      ) {
        const top = Math.max(...scores.values());
        scores.set(platformId, Math.max(top + 2 * TIE, scores.get(platformId) ?? 0));
      }
      // A pregnancy in danger after a fall or a knock (怀着娃 摔了一跤 下面流血了): what the report is about is the
      // pregnancy — the fall is how it came — so health leads, unless someone attacked her.
      // A birth just given with bleeding after it (刚生完孩子 血止不住, round 31) is the same: health.
      if (
        healthId &&
        !aggression &&
        ((PREGNANT.test(a.norm) && OBSTETRIC.test(a.norm) && signals.includes('medical')) ||
          (JUST_GAVE_BIRTH.test(a.norm) && signals.includes('bleeding') && !KNOCK.test(a.norm)))
      ) {
        const top = Math.max(...scores.values());
        scores.set(healthId, Math.max(top + 2 * TIE, scores.get(healthId) ?? 0));
      }
      // A bad day told in order (单价又低 中午被投诉扣了二十 下午同事被泥头车撞飞): the person in danger, not the
      // money or the platform, is what an emergency report is about — its cause's category is level with the best.
      const dangerIdsOf = (sigs: readonly string[]): string[] =>
        sigs
          .map((sig) => {
            const topic = signalTopic(sig);
            const id = topic && topics.get(topic);
            return id && moved(id, sig);
          })
          .filter((id): id is string => id !== undefined && scores.has(id));
      const dangerIds = dangerIdsOf(votingSignals(signals));
      const leader = [...scores.entries()].sort((x, y) => y[1] - x[1])[0];
      /** The leader is one of `group` and nothing outside it is level with it. */
      const aloneAtTop = (group: ReadonlySet<string>): boolean =>
        leader !== undefined &&
        group.has(leader[0]) &&
        [...scores.entries()].every(([id, w]) => group.has(id) || w < leader[1] - TIE);
      /** The strongest of these danger categories goes above the leader. */
      const raiseAboveLeader = (ids: string[]): void => {
        const danger = ids.sort((x, y) => (scores.get(y) ?? 0) - (scores.get(x) ?? 0))[0];
        if (leader && danger) scores.set(danger, leader[1] + 2 * TIE);
      };
      // Only where money alone leads: an aggressor already levelled, or another topic level with it, decides.
      if (!aggression && aloneAtTop(moneyIds) && dangerIds.length > 0) raiseAboveLeader(dangerIds);
      // A person in danger at a home, or hurt by a station's things (媳妇羊水破了 在出租屋, 充电柜漏电 人倒地上了):
      // the place, or its thing that hurt them, is where it happened; the danger is what the report is about.
      // Not a fire there or someone shut in there (the place's own dangers: 宿舍楼电梯坏了 我被困在里面) — and an
      // aggressor already levelled decides.
      const settingIds = new Set([stationId, housingId].filter((id): id is string => id !== undefined));
      // At a station, only what its things did to someone (充电柜漏电 人倒地上了: the accident); someone taken ill
      // there (驿站里有个大姐晕过去了) is labelled the station's as often as not.
      const personDanger = dangerIdsOf(
        votingSignals(signals).filter((sig) => !PLACE_DANGERS.has(sig)),
      ).filter((id) => !settingIds.has(id) && (leader?.[0] === housingId || id === injuryId));
      const settingAlone = aloneAtTop(settingIds) && !dangerIds.includes(leader![0]);
      if (!aggression && settingAlone && personDanger.length > 0) raiseAboveLeader(personDanger);
      // Someone hurt or pinned while loading or parking (卸货的时候钢板滑下来把人压住了): the bay is where it happened,
      // the accident is what the report is about.
      const injuryHere = dangerIdsOf(votingSignals(signals)).filter((id) => id === injuryId);
      if (!aggression && parkingId && aloneAtTop(new Set([parkingId])) && injuryHere.length > 0)
        raiseAboveLeader(injuryHere);
      // A danger the pack's own words give one category (触电 in health's description, 被树压住 in the accident's),
      // told happening to someone, is that category's report — unless someone attacked the worker or self-harm.
      const owner = dangersTold(a.norm, signals)
        .map((d) => dangerOwners.get(d))
        .find((id) => id !== undefined);
      if (owner && !despairId && !aggression) {
        const top = Math.max(0, ...scores.values());
        scores.set(owner, Math.max(top + 2 * TIE, scores.get(owner) ?? 0));
      }
      // Two troubles told as cause and harm, each a category's own: the harm is level with the cause and
      // `precedence` decides, as the pack's authors order them. The worker hurt in their own fall at a hazard
      // (井盖翘起来了 我…卡进去摔了 胳膊肘擦掉一大块皮: the accident and the road), or made ill by the cold or
      // heat of their home or station (宿舍暖气不热…我都冻感冒了: health and housing).
      const levelWith = (harm: string | undefined, cause: string | undefined): void => {
        const best = Math.max(0, ...scores.values());
        const causeLeads = cause !== undefined && (scores.get(cause) ?? 0) >= best - TIE;
        if (!aggression && harm && causeLeads && scores.has(harm)) scores.set(harm, best);
      };
      if (injuryEvent && ownFallHurt(a.norm)) levelWith(injuryId, topics.get('road'));
      if (MADE_ILL.test(a.norm)) for (const place of settingIds) levelWith(healthId, place);
      // Praise (表扬一下驿站的王姐, kudos to…) is what the report is about: the thing praised is no problem.
      const praise = PRAISE.exec(a.norm);
      const communityId = topics.get('community');
      if (praise && communityId && !CONTRAST.test(a.norm.slice(praise.index))) {
        const top = Math.max(...scores.values());
        scores.set(communityId, Math.max(top + 2 * TIE, scores.get(communityId) ?? 0));
      }
      // A drill, a film, a pet or a child locked in a car (frames.ts) is no trouble of the worker's own: the
      // troubles it names are not what the report is about. Nor is someone shut in a stuck lift, smoke or not
      // (电梯卡在两层中间 里面冒烟): the lift's and the fire brigade's — unless what it did to them (fainted,
      // can't breathe) or the home or the battery it happened with says whose it is.
      const frame = frameOf(a.norm) ?? (stuckLift(a.norm, signals) ? 'not-ours' : undefined);
      if (frame) {
        const to = (frame === 'training' && communityId) || FALLBACK_CATEGORY;
        const top = Math.max(0, ...scores.values());
        scores.set(to, Math.max(top + 2 * TIE, MIN_EVIDENCE, scores.get(to) ?? 0));
      }
      const ranked = [...scores.entries()].sort(
        (x, y) =>
          (Math.abs(y[1] - x[1]) > TIE ? y[1] - x[1] : 0) ||
          (listed.length ? (rank.get(x[0]) ?? 0) - (rank.get(y[0]) ?? 0) : 0) ||
          (first.get(x[0]) ?? 0) - (first.get(y[0]) ?? 0) ||
          (order.get(x[0]) ?? 0) - (order.get(y[0]) ?? 0),
      );
      const [best, second] = ranked;
      // Next to nothing (a place word, one stray pair) is no topic: `other`, for a person to sort.
      const category = best && best[1] >= MIN_EVIDENCE ? (categories.get(best[0]) ?? fallback) : fallback;
      const top = best?.[1] ?? 0;
      const runnerUp = second?.[1] ?? 0;
      // Share of the evidence (how clearly it beats the runner-up) × amount of evidence (saturating).
      const confidence = top > 0 ? (top / (top + runnerUp)) * (1 - Math.exp(-top / 1.5)) : 0;

      let urgency: Urgency = category.urgency;
      const raised = keywordUrgency(a);
      if (raised) urgency = maxUrgency(urgency, raised);

      const decisive = [
        ...a.emergency,
        ...a.urgent,
        ...a.topical.filter((h) => h.term.categories.has(category.id)),
      ];
      const matched = [...new Set(decisive.sort((x, y) => x.start - y.start).map((h) => h.term.label))];

      return { category: category.id, urgency, confidence: Math.round(confidence * 100) / 100, matched };
    },
  };
}

/**
 * A word used as a place, not a topic: 驿站门口 (in front of the station), 小区旁边, "outside the
 * station". Where something happened says little about what happened.
 */
/**
 * Where a worker waves off what came before (…我也就算了, 这些都无所谓, 关键是, 我就想知道), the point is
 * what follows: the earlier troubles are context and count as little as a place word.
 */
const POINT_FOLLOWS =
  /(?:关键是|主要是|重点是|问题是|最要命的是|最气的是|最气人的是|最难受的是|我就想(?:知道|问问|问)|我(?:主要)?是想|(?:都|也就|就)算了(?=[\s,.!，。！]|$|但|可|关键)|(?:都|也)?无所谓|都不算啥|都不算什么|都过去了|我也忍了|我认了|我也认了|what i really|the real problem|my main)/g;
const CONTEXT_FACTOR = 0.3;
/** Where the point of a report starts (0 when nothing before it is waved off). */
function pointStart(norm: string): number {
  let cut = 0;
  for (const m of norm.matchAll(POINT_FOLLOWS)) cut = (m.index ?? 0) + m[0].length;
  return cut;
}

/** A stuck lift with someone in it and nothing else: only being shut in, or smoke, is said. */
const LIFT = /电梯|\b(?:lift|elevator)\b/;
/** No air where someone went down: 缺氧, 没得氧气, 沼气, 毒气 (a confined space). */
/** A power line down or broken where people pass (电线断了, 电线掉地上, 电缆落到水里): a live wire in the road. */
const WIRE_DOWN =
  /(?:电线|电缆|高压线|电线杆)[^ ]{0,4}(?:断了|断咗|掉|落|垂|耷拉|泡在)|\b(?:power line|live wire|cable)s? (?:\w+ ){0,2}(?:down|fell|fallen|in the water)\b/;
const NO_AIR = /缺氧|氧气|沼气|毒气|\b(?:no (?:air|oxygen)|fumes)\b/;
const HOME_OR_BATTERY =
  /宿舍|公寓|出租屋|家里|住的|电瓶|电池|电动车|电瓶车|\b(?:dorm|flat|apartment|battery|e-?bike)\b/;
function stuckLift(norm: string, signals: readonly string[]): boolean {
  const own = signals.filter((s) => s !== 'pack');
  return (
    own.includes('trapped') === true &&
    own.every((s) => s === 'trapped' || s === 'fire') &&
    LIFT.test(norm) &&
    !HOME_OR_BATTERY.test(norm)
  );
}

/**
 * Drink (喝多了, 醉): a violence word, as drunks make trouble — but a drunk who will not wake or cannot breathe
 * (喝多了的乘客…怎么拍都不醒) is a patient, when nobody is violent.
 */
const DRUNK = /^(?:喝多了?|醉|喝醉了?|\bdrunk\b)$/;
const PATIENT_SIGNALS = new Set(['unconscious', 'breathing', 'poisoning', 'medical']);
function drunkPatient(signals: readonly string[]): boolean {
  return signals.some((s) => PATIENT_SIGNALS.has(s)) && !signals.includes('violence');
}

/** Dangers of a place itself (a fire, someone shut in): at a home or a station, the place's report. */
const PLACE_DANGERS = new Set(['fire', 'trapped']);

/** Signals of what a crowd crush did to someone. */
const CROWD_HURT = new Set(['trapped', 'serious-injury', 'unconscious', 'breathing']);
/** What a fight does to those in it (FIGHT). */
const FIGHT_HURT = new Set(['bleeding', 'serious-injury', 'unconscious', 'breathing']);

/** Orders, hours or trips run: 跑了六十单, 跑了十二个小时. */
/** Parking an e-bike (停电驴, 停电动车, 停电瓶车): its 停电 is no power cut. */
const BIKE_PARKED = /停电(?:驴|动车|瓶车|单车)/g;
const RUN_ORDERS = /^跑了?[0-9一二两三四五六七八九十百几]+(?:单|个?小时|个钟|趟|公里)/;

const LOCATIVE_AFTER = /^(门口|门前|附近|旁边|对面|外面|外边|边上|楼下|那边|路边)/;
const LOCATIVE_BEFORE = /\b(outside|near|next to|in front of|behind|opposite|by|at) (the |a |our |my )?$/;
const LOCATION_FACTOR = 0.3;
const INSURANCE = /保险|insurance/;
/** Bought, paid for or sold, in the clause before the word (买平台的保险, 交了份保险, 硬要我们上保险, buy insurance). */
const BOUGHT_BEFORE =
  /(?:买|交|缴|续|上|卖|推销)(?:了|过)?[^ ]{0,6}$|\b(?:buy|bought|buying|pay for|paying for|sell|selling|sold)\b[^.]{0,20}$/;
/** A claim asked or refused (能赔吗, 报销, 理赔, claim): the insurance is the accident's cost after all. */
const CLAIMED = /赔|报销|报不了|能报|理赔|\b(?:claim|cover|covered|pay out|payout)\b/;
/** "Nobody was hurt" (人没受伤, 没伤着, nobody was hurt): how an event ended. */
const DENIED_HARM =
  /(?:人|我|他|她|大家)?(?:都|也)?没(?:有)?(?:人)?(?:受伤|伤着|伤到|事)|人没事|\b(?:(?:nobody|no one) (?:was |got |is )?(?:hurt|injured)|(?:i|we|he|she) (?:was |were |am |m |is |s |re )?not (?:hurt|injured)|(?:wasn t|weren t|isn t|didn t get) (?:hurt|injured))\b/g;
/**
 * After a road word, what makes it name whose thing it is: 的 (工地的脚手架), or a site's machine or rig said
 * straight after it (工地塔吊, 工地吊车) — none of them the road's own.
 */
const OWNS_A_THING = /^(?:的|塔吊|吊车|起重机|脚手架|吊篮|吊臂|升降机|搅拌机|打桩机)/;
/** 人在出租屋里, 在宿舍里头: where someone is, said with 在…里. */
const IN_BEFORE = /在$|在(?:我们|我|他|她)?的?$/;
/** …or where someone was taken ill (在驿站晕了一下, 在宿舍中暑了 — round 34): the place of the illness, not its topic. */
const IN_AFTER = /^里|^(?:突然)?(?:晕|昏|中暑|发病|犯病|抽筋|抽搐)/;
/** "on Changan Middle Road": a road named after a preposition is a street, not a hazard. */
const STREET_NAME =
  /\b(?:on|at|near|along|off|outside|by|in|from|to) (?!the |a |an |this |that |my |our )(?:[a-z]+ ){1,3}(?:road|street|avenue|lane|rd|st)$/;
/**
 * A near miss is what did not happen: 差点翻车 over a loose manhole cover is a road report, "nearly
 * crashed" too. Such a word counts as little as a place word.
 */
const NEAR_MISS_BEFORE = /(?:差点|差一点|险些|差点儿)[^ ]{0,3}$|\b(?:almost|nearly) (?:\w+ ){0,2}$/;
/** "station boss", "site manager": a word before a title names the person, as 站长 does, not a topic. */
const TITLE_AFTER = /^s? (?:boss|manager|master|head|supervisor|chief|leader|owner|captain)s?\b/;
/**
 * "the station" that pays or fines the worker (my last paycheck from the station, the station keeps fining me) is
 * the delivery station they work for, not a rest station: in English one word names both (round 35).
 */
const STATION_LATIN = /^stations?$/;
const MONEY_LATIN =
  /\b(?:pay|paid|paycheck|paycheque|wages?|salary|fin(?:e|ed|es|ing)|deduct\w*|docked|owes?|owed|deposit|fees?)\b/;
const FACILITY_LATIN =
  /\b(?:rest|closed|open|opens|shut|locked|water|charg\w*|air|aircon|heating|heater|toilets?|microwave|lockers?|wifi|sockets?|chairs?|seats?|sleep)\b/;
function employingStation(norm: string, start: number, end: number): boolean {
  return STATION_LATIN.test(norm.slice(start, end)) && MONEY_LATIN.test(norm) && !FACILITY_LATIN.test(norm);
}

/**
 * Rent to be paid (明天要交房租, 房租后天就要交) beside money the worker is owed or cannot draw: why the money is
 * urgent, not a quarrel over the home — unless the landlord or a rise is told (round 35).
 */
const RENT = /^(?:房租|租金)$/;
const RENT_PAID_BEFORE = /(?:交|付|缴|凑)$/;
const RENT_PAID_AFTER = /^[^ ]{0,6}(?:交|付|缴)/;
const MONEY_TROUBLE = /工资|工钱|薪|钱|提现|到账|没结|不结|押金|账号|账户|冻结|封号|配送费|运费/;
const LANDLORD_TOLD = /房东|landlord|涨/;
function rentDue(norm: string, start: number, end: number): boolean {
  if (!RENT.test(norm.slice(start, end))) return false;
  const said =
    RENT_PAID_BEFORE.test(norm.slice(Math.max(0, start - 2), start)) || RENT_PAID_AFTER.test(norm.slice(end));
  const rest = norm.slice(0, start) + ' ' + norm.slice(end);
  return said && MONEY_TROUBLE.test(rest) && !LANDLORD_TOLD.test(norm);
}

function isLocation(norm: string, start: number, end: number, inside = true): boolean {
  return (
    employingStation(norm, start, end) ||
    rentDue(norm, start, end) ||
    LOCATIVE_AFTER.test(norm.slice(end, end + 3)) ||
    TITLE_AFTER.test(norm.slice(end, end + 12)) ||
    (inside &&
      IN_BEFORE.test(norm.slice(Math.max(0, start - 3), start)) &&
      IN_AFTER.test(norm.slice(end, end + 2))) ||
    STREET_NAME.test(norm.slice(Math.max(0, start - 40), end)) ||
    LOCATIVE_BEFORE.test(norm.slice(Math.max(0, start - 20), start)) ||
    NEAR_MISS_BEFORE.test(norm.slice(Math.max(0, start - 20), start))
  );
}

/** A topic hit as a keyword hit, for isNegated. */
function asHit(h: { word: string; start: number }): Hit {
  const latin = isLatinTerm(h.word);
  const term: Term = {
    text: h.word,
    label: h.word,
    categories: new Set(),
    emergency: false,
    urgent: false,
    latin,
    weight: 0,
  };
  return { term, start: h.start, end: h.start + h.word.length, factor: 1 };
}

/**
 * Words of praise, near the start of a report (a 点赞 later on is part of a story), and what turns them
 * into a complaint after all.
 */
const PRAISE =
  /^.{0,12}?(?:表扬|点赞(?![数量])|点个赞|夸一下|夸夸|夸奖|锦旗|\b(?:praise|kudos|shout out|thumbs up)\b)/;
const CONTRAST = /但|可是|不过|就是|只是|可惜|\b(?:but|however)\b/;

/** Being kept out, or parking spaces: at a station they are about the station. */
const STATION_ACCESS =
  /不让|不准|拦|进不去|won t let|not allowed|turned (?:us|me) away|refuse|车位|parking (?:space|spot)/;

/** A fine or a deduction, as a pay word or structure says it. */
const FINE = /^(?:罚|扣|被罚|罚款|罚了|fine|fined)/;
/** Who fines, when it is not the employer: the topic the fine is then about. */
const FINERS: ['housing' | 'parking', RegExp][] = [
  ['housing', /物业|房东|landlord/],
  // …or fined for where a bike was left (停门口就被罚), or fined with the bike towed or clamped (停一歇就拖走 罚款五十).
  [
    'parking',
    /交警|城管|贴条|罚单|抓拍|拍照罚|电子眼|违停|违章停|拖走|拖车|被拖|锁车|parking ticket|towed|clamped|停(?:在|到)?[^ ]{0,4}(?:门口|路边|楼下|门前|边上|外面)[^ ]{0,3}罚/,
  ],
];

/** A deposit, who may hold it as an employer, and who as a landlord. */
const DEPOSIT = /押金|deposit/;
/** Being sent away (被赶走, 赶出来, kicked out): from a home an eviction, from a kerb or a gate parking. */
const DRIVEN_OFF = /被赶|赶走|赶出来|赶我走|\bkick(?:ed|s|ing)? (?:\w+ ){0,2}out\b/;
/** Places open to the public, neither a home nor a station: a fire there is no worker's category. */
const PUBLIC_PLACE =
  /饭馆|饭店|餐馆|餐厅|馆子|火锅店|面馆|商场|超市|商铺|酒店|宾馆|写字楼|网吧|\b(?:restaurant|shop|mall|supermarket|hotel)\b/;
/** A fire on the hills or in a forest: the fire brigade's, no worker's category. */
const WILDFIRE = /山火|森林火|林火|野火|\b(?:wildfire|forest fire|bush ?fire)\b/;
/**
 * A small child in danger on their own (锁在车里, 掉水里, 爬出阳台外面): a stranger's child, the police's or the fire
 * brigade's — no category of the worker's own (`other`, for a person to sort), as every dev set labels it.
 */
const CHILD =
  /婴儿|宝宝|小孩|孩子|小朋友|小把戏|细路|小伢|\b(?:kid|child|toddler|baby|little (?:boy|girl))\b/;
/** The worker's own child (我家孩子, 我女儿): then the danger is theirs. */
const OWN_CHILD =
  /(?:我|我家|我们家|自己)(?:的)?(?:孩子|小孩|宝宝|儿子|女儿|娃)|\bmy (?:kid|child|son|daughter|baby)\b/;
/** A worker in the danger too (有个骑手跳下去救 两个人都没上来): then it is the worker's accident. */
const WORKER_IN_IT = /骑手|小哥|同事|工友|外卖员|快递员|送餐的|送货的|\b(?:rider|courier|driver)s?\b/;
/** Out on a balcony, a sill or a window grille (the height a child can fall from). */
const HIGH_LEDGE = /阳台|窗台|窗户|防盗网|楼顶|天台|陽台|窗戶|\b(?:balcony|window|ledge)\b/;
/** Shut in a car (车里锁着个小孩, "locked in a hot car"). */
const IN_A_CAR = /车(?:里|内|上)|車(?:裡|内|上)|(?:辆|台|部|輛)[^ ]{0,4}[车車]|后座|\b(?:car|van)\b/;
/** Where someone lives (see DRIVEN_OFF). */
const HOME = /住|房|屋|宿舍|公寓|家里|床位|\b(?:landlord|rent|dorm|flat|apartment|room|home)\b/;
/** A platform's bad-weather rule (恶劣天气模式, 天气模式, bad weather mode): see the platform rule in `classify`. */
const WEATHER_RULE = /天气模式|恶劣天气补贴|\bbad weather mode\b/;
/** The worker is the one who fell or crashed (我…卡进去摔了, 我摔车了). */
const OWN_FALL = /我[^ ]{0,16}(?:摔|撞|翻车|栽|跌|滑倒)/;
/** 我差点摔, 还没人受伤: a near miss or nobody hurt is the hazard's report alone. */
const NOT_HURT = /差点|差一点|险些|没(?:有)?人?受伤|没(?:有)?伤着|人没事|没事/;
const workerHurt = (norm: string): boolean => WORKER_HURT.test(norm) && !NOT_HURT.test(norm);
const ownFallHurt = (norm: string): boolean => OWN_FALL.test(norm) && workerHurt(norm);
/** Made ill by cold or heat (冻感冒了, 热得中暑了, 冻病了). */
const MADE_ILL =
  /(?:冻|热|晒|闷|冷)(?:得|的)?(?:我|人)?(?:都|也|已经)?(?:感冒|发烧|生病|病了|中暑了|咳嗽|拉肚子|头疼|头痛|头晕)/;
/** An account sanction, then the reason given for it (被清退了 讲我差评多, 号被封了 说是我多次取消订单). */
const SANCTION_WITH_REASON =
  /(?:被封|封号|封了|清退|冻结|被停|停单|限制接单|banned|suspended|deactivated)[^。！？!?.]{0,6}?(?:说|讲|理由是|原因是|因为|because|for)/;
/** Goods to be paid for (餐洒了要我赔): a cost, which follows its cause when the worker was hurt getting it. */
const PAY_FOR_GOODS = /赔/;
/** The worker's own body hurt (膝盖肿得老高, 腿摔破了, 受伤了): the fall or the crash is what the report is about. */
const WORKER_HURT =
  /(?:膝盖|腿|胳膊|胳膊肘|手肘|手腕|手|脚踝|脚|腰|头|脸|下巴|肩膀?)[^ ]{0,3}(?:肿|疼|痛|破|流血|出血|擦|蹭|骨折|伤)|受伤|摔伤|撞伤/;
/** The employer, or the job left and the kit it lent (离职了装备钱押金不退): whose deposit it is. */
const EMPLOYER =
  /站点|站长|老板|公司|车队|加盟商|包工头|离职|辞职|不干了|装备|工服|头盔|餐箱|\b(?:employer|company|boss|contractor|quit|uniform|equipment|gear)\b/;
const LANDLORD = /房东|房租|宿舍|出租屋|公寓|租房|退租|\b(?:landlord|rent|dorm|flat|apartment)\b/;
/** Rent the worker has to pay (没钱交房租): why money is needed, not whose deposit it is. */
const RENT_TO_PAY = /(?:交|付|缴|凑)(?:房租|租金)|(?:房租|租金)[^ ]{0,6}(?:交|付|缴)/g;
const landlordTold = (norm: string): boolean => LANDLORD.test(norm.replace(RENT_TO_PAY, ' '));

/** Words of pain, which follow from whatever caused them. */
const PAIN = /^(?:疼|痛|很疼|好疼|好痛|hurts?|pain|aching|ache|sore|swollen|肿|肿了)$/;

/** Several other people, just before a word: 好几个骑手摔了, 有人在那摔过, "two riders fell". */
const OTHERS_BEFORE =
  /(?:好几个|好几位|几个|好多|很多|不少|经常有|总有|天天有|已经有|有人)[^ ]{0,5}$|\b(?:two|three|several|many|lots of|a few|other|people|someone|somebody) (?:\w+ ){0,3}$/;
/** …or just after a fall: 一上午摔了好几个骑手了, 摔了两个人. */
const OTHERS_AFTER =
  /^(?:了|倒了|伤了)?(?:好几个|好几位|几个|好多|很多|不少|[两三四五六七八九十几]+个)(?:人|骑手|小哥|外卖员|快递员|司机|师傅|老人)/;
function othersBefore(norm: string, start: number, end = start): boolean {
  return OTHERS_BEFORE.test(norm.slice(Math.max(0, start - 24), start)) || OTHERS_AFTER.test(norm.slice(end));
}

/** An event named as a past cause: 那次车祸以后, 自从上次摔车之后. */
const PAST_BEFORE = /(?:那次|上次|自从|去年|以前|之前)[^ ]{0,3}$/;
const CAUSE_AFTER = /^[^ ]{0,2}(?:以后|之后|后)/;
function pastCause(norm: string, start: number, end: number): boolean {
  return (
    PAST_BEFORE.test(norm.slice(Math.max(0, start - 6), start)) && CAUSE_AFTER.test(norm.slice(end, end + 5))
  );
}

const strong = (word: string): number => (STRONG_WORDS.has(word) ? 2 : 1);

/**
 * What a pregnancy in danger shows (下面流血, 裤子上有血, 见红, 破水, 肚子硬): with a pregnancy told, the pregnancy is the
 * report, not the fall that brought it on (a pregnant woman hit by a scooter and bleeding from the leg is the crash's).
 */
const OBSTETRIC =
  /下面[^ ]{0,3}(?:流血|出血|见红)|裤子[^ ]{0,3}(?:血|湿)|见红|破水|羊水|肚子[^ ]{0,3}(?:疼|痛|硬|发紧|绞)|宫缩|流产|\b(bleeding (down there|from (her|the) (vagina|womb))|waters? (has |have )?broke|contractions?|miscarr\w*)\b/;

/** A birth just given (刚生完孩子, 产后, "just gave birth"): bleeding after it, with no fall or knock, is the mother's health. */
const JUST_GAVE_BIRTH =
  /(?:刚|才)[^ ]{0,4}生(?:完|了|下)|生完(?:孩子|宝宝|娃|小孩)|产后|分娩后|坐月子|月子里|\b(gave birth|just delivered|had (the|her|a) baby|after (the )?(birth|delivery)|postpartum)\b/;
const KNOCK = /摔|撞|跌|砸|割|切|车祸|\b(fell|fall|crash\w*|hit by|cut)\b/;

/** The signals that say what the report is about: the dominant cause, else the causes, else all. */
function votingSignals(all: string[]): string[] {
  // A pack's own phrase says how urgent, not what about: it must not silence the built-in causes.
  const signals = all.filter((s) => s !== 'pack');
  const dominant = DOMINANT_SIGNALS.find((s) => signals.includes(s));
  if (dominant) return [dominant];
  const causes = signals.filter((s) => !CONSEQUENCE_SIGNALS.has(s));
  return causes.length > 0 ? causes : signals;
}

// ---------------------------------------------------------------------------------------------
// Reports typed in pinyin

const pinyinReaders = new WeakMap<ContentPack, PinyinReader>();

/** Reads pinyin reports back into Chinese with the words of the pack's categories, areas, places, stations and emergencies. */
function pinyinReader(pack: ContentPack): PinyinReader {
  let r = pinyinReaders.get(pack);
  if (!r) {
    const texts = [
      ...pack.categories.categories.flatMap((c) => [...describing(c), ...c.keywords, ...c.emergencyWhen]),
      ...pack.categories.emergencyKeywords,
      ...pack.categories.urgentKeywords,
      ...pack.branches.flatMap((b) => [b.name, ...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
      ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
      ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
      ...TOPIC_TEXTS,
      // A request typed by sound (yi zhan neng bu neng zeng jia…) is read as one (frames.ts).
      ...REQUEST_WORDS,
      // Emergencies typed by sound (ta yun dao le, you ren tiao lou) need the built-in phrases too.
      ...EMERGENCY_PHRASES,
    ];
    const places = [
      ...pack.branches.flatMap((b) => [...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
      ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
      ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
    ];
    r = new PinyinReader(texts, [], places);
    pinyinReaders.set(pack, r);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Areas

/** Kinds of places in English, longest suffix first (matched at the end of a Chinese name). */
const PLACE_KINDS: [string, string[]][] = [
  ['大学城', ['university town']],
  ['科技园', ['science park', 'tech park']],
  ['高铁站', ['railway station', 'station']],
  ['地铁站', ['metro station', 'station']],
  ['体育场', ['stadium']],
  ['师范大学', ['normal university']],
  ['大学', ['university']],
  ['大道', ['avenue', 'boulevard', 'road']],
  ['大街', ['street', 'avenue']],
  ['大桥', ['bridge']],
  ['水库', ['reservoir']],
  ['公园', ['park']],
  ['广场', ['plaza', 'square']],
  ['老街', ['old street', 'old town']],
  ['渔港', ['fishing port', 'fishing harbour', 'fishing harbor']],
  ['码头', ['pier', 'wharf']],
  ['滨江', ['riverside', 'waterfront']],
  ['新村', ['estate', 'village']],
  ['港', ['port', 'harbour', 'harbor']],
  ['湖', ['lake']],
  ['路', ['road', 'rd']],
  ['街', ['street', 'st']],
  // A mall named a city (正弘城 Zhenghong City, 万象城 MixC City).
  ['城', ['city']],
];
/** A road's kind in English, after its direction (Siming North Road, Tiyu South Street). */
const DIRECTED_KINDS: Readonly<Record<string, readonly string[]>> = {
  路: ['road'],
  大街: ['street', 'avenue'],
  大道: ['avenue', 'road'],
  街: ['street'],
};
/** A place's name in English: its kind translated (Kongjiang Road), a road with its direction (Siming North Road). */
function englishPlaceForms(text: string): string[] {
  const dir = /^(\p{Script=Han}{2,}?)([东南西北中])(路|大街|大道|街)$/u.exec(text);
  const directions = (dir && DIRECTIONS_EN[dir[2]!]) ?? [];
  const kinds = (dir && DIRECTED_KINDS[dir[3]!]) ?? [];
  const directed = dir
    ? pinyinReadings(dir[1]!)
        .filter((py) => py.length >= 4)
        .flatMap((py) => directions.flatMap((d) => kinds.map((k) => `${py} ${d} ${k}`)))
    : [];
  for (const [kind, english] of PLACE_KINDS) {
    if (!text.endsWith(kind)) continue;
    return [
      ...directed,
      ...pinyinReadings(text.slice(0, -kind.length))
        .filter((py) => py.length >= 4)
        .flatMap((py) => english.map((e) => `${py} ${e}`)),
    ];
  }
  return directed;
}

/**
 * The general English around a place's name said one way, in reports and in the names they are matched with:
 * abbreviations (Hongqi West Rd, Kongjiang St), a direction after the road (Hongqi Road West), the kind of a
 * station (Dalian North Railway Station, Zhoushuizi subway / metro station). These are English, not a pack's words.
 */
function plainPlaceEnglish(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text
    .replace(/\brd\b/g, 'road')
    .replace(/\bst\b/g, 'street')
    .replace(/\bave\b/g, 'avenue')
    .replace(/\b(road|street|avenue) (east|west|south|north|middle|central)\b/g, '$2 $1')
    .replace(
      /\b(?:railway|train|rail|high speed rail|high speed|subway|metro|underground) station\b/g,
      'station',
    )
    .replace(/\b(?:subway|metro)\b/g, 'station');
}

/** A road or estate name and its stem: 国定路 → 国定, 鞍山新村 → 鞍山, 江湾体育场 → 江湾. */
const STEM_OF = /^(\p{Script=Han}{2,4}?)(?:大道|大街|路|街|新村|体育场|体育馆|体育中心)$/u;
/** What follows a stem when it names a place: 国定那边, 控江附近, 鞍山一带. */
const PLACE_AFTER =
  /^(那边|这边|那里|这里|那儿|附近|一带|那块|那片|旁边|周边|周围|路口|那段|这段|那个|这个|那几|那些|那条|这条|那家)/;

/** What comes before a stem when it names a place: 在茶光送单, 到科苑, 从留仙过来. */
const PLACE_BEFORE = /^[在到去从往经]$/;
/** The same in English: "near Keyuan", "at Chaguang". */
const LATIN_PLACE_BEFORE = /\b(?:near|at|on|in|around|by|from|to|off|along)\s$/;

/** Workers and their vehicles: words a station's name uses for whom it serves. */
const WHO_WORDS = [
  '新就业',
  '户外',
  '劳动者',
  '快递员',
  '快递',
  '外卖',
  '骑手',
  '小哥',
  '司机',
  '网约车',
  '出租车',
  '货车',
];
/** A part of a station's name that starts with, ends with or is cut inside a word for whom it serves. */
function whoNotWhere(form: string): boolean {
  return WHO_WORDS.some((w) => form.startsWith(w) || [...w].some((_, i) => form.endsWith(w.slice(0, i + 1))));
}

/** A landmark further than this from every place linked to an area gets no area. */
export const PLACE_AREA_MAX_KM = 1;

/** Words that start many English place names and name no place on their own. */
const GENERIC_PLACE_WORDS = new Set([
  'university',
  'road',
  'street',
  'park',
  'bridge',
  'station',
  'plaza',
  'square',
  'north',
  'south',
  'east',
  'west',
  'new',
  'old',
  'the',
  'knowledge',
  'shanghai',
]);

interface AreaIndex {
  /**
   * Normalised name → area (a branch `areas` entry), longest names first. `plain`: a Latin name's general English
   * said one way (plainPlaceEnglish), which only detectArea reads, on text said the same way.
   */
  names: { text: string; area: string; latin: boolean; station: boolean; plain?: boolean }[];
  /** Bare stems of road and estate names (国定 for 国定路, 鞍山 for 鞍山新村): count only before 那边, 附近… */
  stems: { text: string; area: string }[];
  /** Places with a known area, for locating coordinates. */
  located: { lat: number; lon: number; area: string; name: string }[];
  /** Places and stations whose names give no area, located by a neighbour or their branch (for the author). */
  inferred: InferredArea[];
}

/** How a place or station whose names say nothing of an area was placed in one (`content:check` hints). */
export interface InferredArea {
  kind: 'place' | 'station';
  name: string;
  /** Undefined: placed nowhere (nothing near has an area, nor has a station's branch). */
  area: string | undefined;
  /** The nearest landmark with an area and how far it is; absent when the station's branch decided. */
  neighbour?: { name: string; km: number };
}

const areaIndexes = new WeakMap<ContentPack, AreaIndex>();

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The area a place belongs to, from its names alone: a name or alias that is an area (复旦大学 has
 * the alias 邯郸路), else an area named inside one (五角场万达广场 → 五角场).
 */
function areaByName(place: Place, areas: Map<string, string>): string | undefined {
  const names = [place.name, ...place.aliases].map(normaliseReportText);
  for (const n of names) {
    const a = areas.get(n);
    if (a) return a;
  }
  const byLength = [...areas.entries()].sort((x, y) => y[0].length - x[0].length);
  for (const n of names) for (const [text, area] of byLength) if (n.includes(text)) return area;
  return undefined;
}

/**
 * The province, city and district names of the pack, as said and as written (浑南, 浑南区, 沈阳, 沈阳市, 辽宁, 辽宁省 for
 * 沈阳市浑南区, the province from the national list when pack.yaml leaves it out), and their pinyin, normalised.
 */
function districtNames(pack: ContentPack): Set<string> {
  const full = withProvince(pack.settings.district.name);
  const parts = [...full.matchAll(/(.+?)([省市区县]|$)/gu)]
    // 郑东新区 is said 郑东 too.
    .flatMap((m) => [[m[1]!, m[1]! + m[2]!], ...(/.{2}新$/u.test(m[1]!) ? [[m[1]!.slice(0, -1)]] : [])])
    .filter(([said]) => [...said!].length >= 2);
  const pinyin = parts.map(([said]) => pinyinOf(said!)).filter((p): p is string => !!p);
  return new Set([...parts.flat().map(normaliseReportText), ...pinyin]);
}

function areaIndex(pack: ContentPack): AreaIndex {
  const cached = areaIndexes.get(pack);
  if (cached) return cached;
  const areas = new Map<string, string>();
  for (const b of pack.branches) {
    for (const a of b.areas) {
      const text = normaliseReportText(a);
      if (text && !areas.has(text)) areas.set(text, a);
    }
  }
  // Aliases and derived short forms (五角场 for 五角场街道, 控江 for 控江路街道, pinyin), after the names.
  // A street office named after the district (浑南街道 in 浑南区) gives no short form: a bare 浑南 means
  // the whole district, not that street.
  const ownNames = districtNames(pack);
  for (const [form, a] of areaFormMap(pack.branches)) {
    const text = normaliseReportText(form);
    if (text && !areas.has(text) && !ownNames.has(text)) areas.set(text, a);
  }
  const names = new Map<string, string>(areas);
  const located: AreaIndex['located'] = [];
  const unlinked: Place[] = [];
  for (const p of pack.places) {
    const area = areaByName(p, areas);
    if (area) located.push({ lat: p.lat, lon: p.lon, area, name: p.name });
    else unlinked.push(p);
    if (!area) continue;
    for (const n of [p.name, ...p.aliases]) {
      const text = normaliseReportText(n);
      if (text && !names.has(text)) names.set(text, area);
    }
  }
  // A place whose names give no area takes the area of the nearest linked place, if it is close.
  const inferred: InferredArea[] = [];
  for (const p of unlinked) {
    const near = nearestLinked(located, p.lat, p.lon);
    if (!near) {
      inferred.push({ kind: 'place', name: p.name, area: undefined });
      continue;
    }
    const area = near.area;
    inferred.push({ kind: 'place', name: p.name, area, neighbour: { name: near.name, km: near.d } });
    for (const n of [p.name, ...p.aliases]) {
      const text = normaliseReportText(n);
      if (text && !names.has(text)) names.set(text, area);
    }
  }
  // "Wanda" for "Wanda Plaza": the first word of a Latin alias, when it is not a generic word and the
  // places using it lie in one branch's areas (Yangpu Bridge and Yangpu Riverside share "yangpu").
  // The city and district ("Yangpu", "Shenzhen") name no place inside the district.
  const cityWords = new Set([...ownNames].filter(isLatinTerm));
  const firstWords = new Map<string, Set<string>>();
  for (const p of pack.places) {
    for (const n of [p.name, ...p.aliases].map(normaliseReportText)) {
      const [w, ...rest] = n.split(' ');
      if (!w || rest.length === 0 || !isLatinTerm(n) || w.length < 4 || GENERIC_PLACE_WORDS.has(w)) continue;
      if (cityWords.has(w)) continue;
      const ids = firstWords.get(w) ?? new Set<string>();
      ids.add(p.id);
      firstWords.set(w, ids);
    }
  }
  // Places that share the word but lie in areas of one branch (Changyang Road, Changyang Campus) still
  // say where.
  for (const [w, ids] of firstWords) {
    if (names.has(w)) continue;
    const areasOf = [...ids].map((id) => {
      const full = pack.places.find((p) => p.id === id);
      return full && names.get(normaliseReportText(full.name));
    });
    const owners = new Set(areasOf.map((a) => a && pack.branches.find((b) => b.areas.includes(a))?.id));
    const [area] = areasOf;
    if (owners.size === 1 && area && [...owners][0]) names.set(w, area);
  }
  // A station named in the report: the area its name or address gives, else the nearest landmark's,
  // else the first area of the branch that runs it.
  const byLength = [...names.entries()].sort((x, y) => y[0].length - x[0].length);
  const stationArea = (st: ContentPack['stations'][number]): string | undefined => {
    // Its name first, then its aliases, then its address (which may name a neighbouring street).
    for (const own of [st.name, ...st.aliases, st.address].map(normaliseReportText))
      for (const [text, area] of byLength) if (!isLatinTerm(text) && namedIn(own, text)) return area;
    const near = nearestLinked(located, st.lat, st.lon);
    const area = near?.area ?? pack.branches.find((b) => b.id === st.branch)?.areas[0];
    inferred.push({
      kind: 'station',
      name: st.name,
      area,
      ...(near ? { neighbour: { name: near.name, km: near.d } } : {}),
    });
    return area;
  };
  const areaOfStation = new Map(pack.stations.map((st) => [st.id, stationArea(st)]));
  // A part of a name that begins names in other offices' areas (石家庄 of 石家庄东站司机之家, beside 石家庄市第三医院
  // elsewhere; 人民 of 人民路 and 人民大道) says none of them. (长阳 of 长阳路 and 长阳创谷, one office's, still does.)
  const placed = [...names].filter(([text]) => !isLatinTerm(text));
  const ownerOf = (area: string) => pack.branches.find((b) => b.areas.includes(area))?.id ?? area;
  const officesStartingWith = (part: string, area: string) =>
    new Set([area, ...placed.filter(([text]) => text.startsWith(part)).map(([, a]) => a)].map(ownerOf)).size;
  const written = new Set(pack.stations.flatMap((st) => [st.name, ...st.aliases]).map(compactName));
  /** What tells each station apart (科技园 of 科技园暖心驿站): what workers call it, not a part of a name. */
  const cores = new Set(pack.stations.map((st) => stationCore(st.name)));
  /** Names that stand for a station (its area is where the station is, a step removed from the text). */
  const fromStations = new Set<string>();
  /** Who-forms with the station's kind after them (货车司机之家), by how many stations give each. */
  const withKind = new Map<string, Set<string>>();
  for (const [form, id] of stationFormMap(pack.stations, new Set(names.keys()))) {
    // A part of a name that only says who the station is for (网约车, 顺丰小哥, 美团骑手) names no place
    // on its own; followed by the station's kind (货车司机之家) it names the station.
    if (!written.has(form) && whoNotWhere(form)) {
      const st = pack.stations.find((x) => x.id === id);
      const kind = st && compactName(st.name).slice(stationCore(st.name).length);
      if (kind) withKind.set(form + kind, (withKind.get(form + kind) ?? new Set()).add(id));
      continue;
    }
    const text = normaliseReportText(form);
    const area = areaOfStation.get(id);
    // A part of a name that is the district's own (观山湖 of 观山湖公园暖心驿站) names no station in it.
    if (ownNames.has(text) && !written.has(form)) continue;
    if (area && !written.has(form) && !cores.has(form) && officesStartingWith(text, area) > 1) continue;
    if (text && area && !names.has(text)) {
      names.set(text, area);
      fromStations.add(text);
    }
  }
  for (const [form, ids] of withKind) {
    const text = normaliseReportText(form);
    const area = ids.size === 1 ? areaOfStation.get([...ids][0] ?? '') : undefined;
    if (text && area && !names.has(text)) {
      names.set(text, area);
      fromStations.add(text);
    }
  }
  // English for a Chinese place name: its stem in pinyin and its kind in English (西丽湖 → xili lake).
  for (const [text, area] of [...names]) {
    for (const form of englishPlaceForms(text)) if (!names.has(form)) names.set(form, area);
  }
  // A stem that is the district's or city's own name (观山湖 of 观山湖公园 in 观山湖区) means the whole district.
  const stems = new Map<string, string>();
  const free = (stem: string) => !names.has(stem) && !stems.has(stem) && !ownNames.has(stem);
  for (const [text, area] of names) {
    const m = STEM_OF.exec(text);
    const stem = m?.[1];
    if (stem && [...stem].length >= 2 && free(stem) && officesStartingWith(stem, area) === 1)
      stems.set(stem, area);
  }
  // The stem in pinyin too (Keyuan for 科苑路, Chaguang for 茶光路): "near Keyuan", "at Chaguang".
  for (const [stem, area] of [...stems]) {
    for (const py of pinyinReadings(stem)) if (py.length >= 5 && free(py)) stems.set(py, area);
  }
  const index: AreaIndex = {
    stems: [...stems.entries()].map(([text, area]) => ({ text, area })),
    names: [...names.entries()]
      .map(([text, area]) => ({ text, area, latin: isLatinTerm(text), station: fromStations.has(text) }))
      // Latin names as detectArea reads them too (Xili Railway Station → xili station).
      .flatMap((n) => {
        const plain = n.latin ? plainPlaceEnglish(n.text) : n.text;
        return plain === n.text || names.has(plain) ? [n] : [n, { ...n, text: plain, plain: true }];
      })
      .sort((x, y) => y.text.length - x.text.length),
    located,
    inferred,
  };
  areaIndexes.set(pack, index);
  return index;
}

function nearest(
  located: AreaIndex['located'],
  lat: number,
  lon: number,
  maxKm = PLACE_AREA_MAX_KM,
): string | undefined {
  return nearestLinked(located, lat, lon, maxKm)?.area;
}

/** The nearest landmark with an area within `maxKm`, with its distance. */
function nearestLinked(
  located: AreaIndex['located'],
  lat: number,
  lon: number,
  maxKm = PLACE_AREA_MAX_KM,
): { d: number; area: string; name: string } | undefined {
  let best: { d: number; area: string; name: string } | undefined;
  for (const l of located) {
    const d = distanceKm(lat, lon, l.lat, l.lon);
    if (d <= maxKm && (!best || d < best.d)) best = { d, area: l.area, name: l.name };
  }
  return best;
}

/** Places and stations whose own names give no area, and the area they were given instead. */
export function inferredAreas(pack: ContentPack): readonly InferredArea[] {
  return areaIndex(pack).inferred;
}

/**
 * The area (an entry of some branch's `areas`) a report names: a street or area written in the text,
 * or a landmark from places.yaml, which stands for the area its names contain or, failing that, the
 * area of the nearest landmark within PLACE_AREA_MAX_KM. The first place named wins; undefined when
 * the text names none.
 */
export function detectArea(text: string, pack: ContentPack, category?: string): string | undefined {
  const norm = plainPlaceEnglish(normaliseReportText(pinyinReader(pack).read(text) ?? text));
  if (!norm) return undefined;
  let best: { start: number; length: number; area: string; station?: boolean } | undefined;
  let found: { start: number; length: number; area: string; station: boolean }[] = [];
  const spaced = spacedPinyin(norm);
  for (const n of areaIndex(pack).names) {
    // Pinyin typed in pieces (hesheng hui, he sheng hui) names the place its run-together form does.
    const split = n.latin ? spaced.get(n.text) : undefined;
    if (split) {
      found.push({ ...split, area: n.area, station: n.station });
      continue;
    }
    for (let i = norm.indexOf(n.text); i >= 0; i = norm.indexOf(n.text, i + 1)) {
      if (gateOfSomething(norm, i, n.text)) continue;
      if (!n.latin && acrossWord(norm, i, n.text)) continue;
      if (n.latin) {
        const end = i + n.text.length;
        if (isLatinChar(norm[i - 1]) || (isLatinChar(norm[end]) && !/^s(?![a-z0-9])/.test(norm.slice(end))))
          continue;
      }
      found.push({ start: i, length: n.text.length, area: n.area, station: n.station });
      break;
    }
  }
  // A name inside a longer one that overlaps it is no place of its own: 过后海上世界 names 海上世界, not 后海.
  const overlapsLonger = (f: (typeof found)[number]) =>
    found.some((g) => g.length > f.length && g.start < f.start + f.length && f.start < g.start + g.length);
  found = found.filter((f) => !overlapsLonger(f));
  // Two places in one report: where the worker lives decides a housing report, where it happened
  // decides the rest (我住控江路，今天在大学路看到井盖松了).
  const roles = found.map((f) => placeRole(norm, f.start, f.start + f.length));
  const housing = category !== undefined && housingCategory(pack) === category;
  const preferred = housing
    ? found.filter((_, i) => roles[i] === 'home')
    : found.filter((_, i) => roles[i] === undefined);
  if (preferred.length > 0) found = preferred;
  // Where the worker works says nothing about where they live: 在大冲跑单，住在城中村，房东要涨房租.
  else if (housing && found.length > 0 && roles.every((r) => r === 'work')) return undefined;
  // A street or landmark written out says where more directly than a station's name does: 货车司机之家（军工路）.
  for (const f of found) {
    if (
      !best ||
      (best.station && !f.station) ||
      (best.station === f.station &&
        (f.start < best.start || (f.start === best.start && f.length > best.length)))
    )
      best = f;
  }
  if (best) return best.area;
  for (const s of areaIndex(pack).stems) {
    for (let i = norm.indexOf(s.text); i >= 0; i = norm.indexOf(s.text, i + 1)) {
      const end = i + s.text.length;
      const named = isLatinTerm(s.text)
        ? !isLatinChar(norm[i - 1]) && !isLatinChar(norm[end]) && LATIN_PLACE_BEFORE.test(norm.slice(0, i))
        : PLACE_AFTER.test(norm.slice(end, end + 3).replace(/^ /, '')) ||
          PLACE_BEFORE.test(norm.slice(Math.max(0, i - 1), i));
      if (!named) continue;
      if (!best || i < best.start) best = { start: i, length: s.text.length, area: s.area };
      break;
    }
  }
  return best?.area;
}

/**
 * Everyday words a two-character name may sit across (律师大概 holds 师大, 房东站在门口 holds 东站): people and
 * roles, and hedges of amount. None of them goes on into a place's name the way 大门, 门口 or 家属院 do (师大门口,
 * 师大家属院), so these are left out.
 */
const ACROSS_WORDS = [
  ...['律师', '老师', '讲师', '教师', '厨师', '技师', '医师', '导师', '工程师', '设计师', '会计师', '理发师'],
  ...['房东', '股东', '老板', '员工', '职工', '民工', '打工', '学生', '医生', '先生', '护士', '保安', '司机'],
  ...[
    '大概',
    '大约',
    '大致',
    '大多',
    '大都',
    '大部分',
    '大量',
    '大半',
    '大哥',
    '大姐',
    '大叔',
    '大爷',
    '大妈',
  ],
];

/**
 * A two-character name at `at` that is the end of one everyday word and the start of another, or of either
 * (律师大概 for 师大): those words, not the place. Longer names are specific enough as they stand.
 */
function acrossWord(text: string, at: number, name: string): boolean {
  if (name.length !== 2 || !/^\p{Script=Han}{2}$/u.test(name)) return false;
  return ACROSS_WORDS.some((w) => {
    const before = w.length - 1;
    return (
      (w.endsWith(name[0]!) && at >= before && text.slice(at - before, at + 1) === w) ||
      (w.startsWith(name[1]!) && text.startsWith(w, at + 1))
    );
  });
}

/** An area called after a gate (南门, 东门: neighbourhoods in many cities). */
const GATE_AREA = /^[东西南北正后][门門]$/u;
/** What a gate belongs to when its name comes right before it: 新疆大学南门, 天河城北门, 人民公园东门. */
const GATE_OWNER = /[学院园场城区馆站店厦楼心宫寺校所局府场桥村苑庭湖山]$/u;

/**
 * The gate of a named place, not the area called after a gate: 南门 in "新疆大学南门对面" (a station's address, a
 * report) is the university's south gate (the 天山 pack's author, stop 30).
 */
function gateOfSomething(text: string, at: number, name: string): boolean {
  return GATE_AREA.test(name) && GATE_OWNER.test(text.slice(Math.max(0, at - 1), at));
}

/** `name` is in `text` as itself, not as the gate of something named before it. */
function namedIn(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    if (!gateOfSomething(text, i, name)) return true;
  return false;
}

/** Two to four consecutive Latin words run together (hesheng hui → heshenghui), with where they stand. */
function spacedPinyin(norm: string): Map<string, { start: number; length: number }> {
  const words = [...norm.matchAll(/[a-z]+/g)].map((m) => ({ text: m[0], start: m.index }));
  const out = new Map<string, { start: number; length: number }>();
  for (let i = 0; i < words.length; i++) {
    let joined = words[i]?.text ?? '';
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      const w = words[j];
      const prev = words[j - 1];
      if (!w || !prev || norm.slice(prev.start + prev.text.length, w.start) !== ' ') break;
      joined += w.text;
      const start = words[i]?.start ?? 0;
      if (!out.has(joined)) out.set(joined, { start, length: w.start + w.text.length - start });
    }
  }
  return out;
}

/** Before a place: the worker lives there (住在, 家在, 宿舍在, "I live in"). */
const HOME_BEFORE =
  /(?:住|(?<![商店大人老])家|租|宿舍|公寓|出租屋|房子)(?:在|于|的是)?(?:那个|这个)?$|\b(?:live|living|lives|stay|staying|room|flat|apartment|dorm|dormitory|house|home|place|rent|renting)\s+(?:in|at|near|around|by|on)\s$/;
/** After 在 + a place: the worker works there (在五角场跑单), which says where they work, not where it happened. */
const WORK_AFTER =
  /^(?:那边|这边|附近|一带|那块|那片)?(?:跑单|跑外卖|跑腿|送单|送餐|送外卖|送快递|送件|派件|上班|干活|打工|工作|拉活|跑车|接单)/;
const WORK_BEFORE_LATIN =
  /\b(?:work|works|working|deliver|delivering|ride|riding|drive|driving)\s+(?:in|at|around|near)\s$/;

/** The role of a place named at [start, end): the worker's home, their work area, or (undefined) where it happened. */
function placeRole(norm: string, start: number, end: number): 'home' | 'work' | undefined {
  const before = norm.slice(Math.max(0, start - 8), start);
  if (HOME_BEFORE.test(before)) return 'home';
  if ((/在$/.test(before) && WORK_AFTER.test(norm.slice(end, end + 6))) || WORK_BEFORE_LATIN.test(before))
    return 'work';
  return undefined;
}

const housingCategories = new WeakMap<ContentPack, string | undefined>();
/** The pack's category about where workers live (built-in knowledge, matched by its description). */
function housingCategory(pack: ContentPack): string | undefined {
  if (housingCategories.has(pack)) return housingCategories.get(pack);
  const listed = pack.categories.precedence;
  const rank = new Map(pack.categories.categories.map((c, i) => [c.id, listed.length + i]));
  listed.forEach((id, i) => rank.set(id, i));
  const id = topicMap(pack.categories.categories, normaliseReportText, (c) => rank.get(c) ?? 0).get(
    'housing',
  );
  housingCategories.set(pack, id);
  return id;
}

/** The area of a shared location: that of the nearest area-linked landmark within `maxKm`. */
export function areaAt(
  lat: number,
  lon: number,
  pack: ContentPack,
  maxKm = PLACE_AREA_MAX_KM,
): string | undefined {
  return nearest(areaIndex(pack).located, lat, lon, maxKm);
}
