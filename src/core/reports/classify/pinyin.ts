/**
 * Reports and danger told in free chat, typed in pinyin: read back into Chinese with the pack's own words and the
 * built-in phrases. A report is read with all of them alike (`pinyinReader`); free chat, mostly questions, hears the
 * pack's own words first — its FAQ too — and the built-in ones where the pack has no word (`chatPinyinReader`).
 */
import { builtOf } from '../../content/own-pack.js';
import type { ContentPack } from '../../content/schema.js';
import { loadLexicon } from '../../faq/lexicon.js';
import { PinyinReader } from '../../faq/pinyin-input.js';
import { everydayPinyinWords, faqPinyinTexts } from '../../faq/pinyin-words.js';
import { EMERGENCY_PHRASES } from '../emergency.js';
import { REQUEST_WORDS } from '../frames.js';
import { TOPIC_TEXTS } from '../topics.js';
import { HAZARD_WORDS } from '../urgency.js';
import { describing } from './words.js';

/**
 * How long something has gone on (san nian le, liang ge yue le, ban nian le): everyday words a danger word typed the
 * same must not take the place of (san nian le is 三年了, not 散碾了 — round 40).
 */
const DURATIONS = [
  '一',
  '两',
  '俩',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '半',
  '几',
  '好几',
  '多',
].flatMap((n) => [`${n}年了`, `${n}个月了`, `${n}天了`]);

/**
 * Sums of money (wushi kuai, liang bai kuai): what a pay complaint says, and what a danger word typed
 * the same must not take the place of (qi de wo yan qian yi hei, you kou le wushi kuai is 五十块, not 误食快 — a
 * poisoning read into a fine; round 42).
 */
const DIGITS = ['两', '二', '三', '四', '五', '六', '七', '八', '九', '几', '好几'];
const AMOUNTS = [
  '十',
  '几',
  ...DIGITS.map((n) => `${n}十`),
  ...['一', ...DIGITS].flatMap((n) => [`${n}百`, `${n}千`]),
].map((n) => `${n}块`);

/** The pack's words a report is about: its categories, emergencies and branches. */
function reportWords(pack: ContentPack): string[] {
  return [
    ...pack.categories.categories.flatMap((c) => [...describing(c), ...c.keywords, ...c.emergencyWhen]),
    ...pack.categories.emergencyKeywords,
    ...pack.categories.urgentKeywords,
    ...pack.branches.map((b) => b.name),
  ];
}
/** Areas, places and stations, read inside English too ("does guanggu belong to hongshan"). */
function placeNames(pack: ContentPack): string[] {
  return [
    ...pack.branches.flatMap((b) => [...b.areas, ...Object.values(b.areaAliases ?? {}).flat()]),
    ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
    ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
  ];
}
/**
 * Words the built-in rules read together rather than alone (emergency-knowledge.ts), heard in pinyin too (round 43): a fever
 * with the neck gone stiff (fashao… bozi ying), someone in a reservoir going under (shuiku li youyong… wang xia chen) — and
 * a fine said as a figure (fakuan fa de wo yao tu xue le is 罚得, not 发的: the figure, not blood), and a symptom starting
 * (kaishi fashao is 开始发烧, not 开时罚烧).
 */
const RULE_WORDS = [
  '开始',
  '发烧',
  '发高烧',
  '脖子硬',
  '低不下头',
  '红点',
  '想睡',
  '水库',
  '游泳',
  '抽筋',
  '往下沉',
  '沉下去',
  '罚得',
  '扣得',
  '气得',
  '累得',
];

/** The built-in words of reports and danger. */
const BUILT_IN = [
  ...TOPIC_TEXTS,
  // A request typed by sound (yi zhan neng bu neng zeng jia…) is read as one (frames.ts).
  ...REQUEST_WORDS,
  ...DURATIONS,
  // Emergencies typed by sound (ta yun dao le, you ren tiao lou) need the built-in phrases too.
  ...EMERGENCY_PHRASES,
  ...RULE_WORDS,
  // …and hazards nobody is hurt by yet (chongdiangui mao huohua, dajia hai zai chongdian — round 40).
  ...HAZARD_WORDS,
  // Last, so that a danger word read the same alone (误食 for wu shi) keeps its reading where no 块 follows.
  ...AMOUNTS,
];

const pinyinReaders = new WeakMap<ContentPack, PinyinReader>();

/**
 * The FAQ's everyday words of two characters (免费, 理发, 时候), for the report's reader where its own words have none for
 * the syllables. Two characters only: a longer word's pieces (子不见了 of 儿子不见了) would outweigh the report's words
 * (haizi bu jian le is 孩子不见了, not 海子不见了).
 */
let everydayPairs: string[] | undefined;
// Read on first use, not at import: the lexicon is a data file, and importing the report reader must not read it
// (the build writes its code cache by importing the start-up modules before it copies data files into dist/).
const everydayPairsOf = (): string[] =>
  (everydayPairs ??= everydayPinyinWords(loadLexicon()).filter((w) => /^\p{Script=Han}{2}$/u.test(w)));

/**
 * Reads pinyin reports back into Chinese with the words of the pack's categories, areas, places, stations and
 * emergencies, and everyday two-character words where none of those has the syllables: mianfei lifa is 免费理发, not
 * 面非礼发 (a molesting read into a free haircut — round 41).
 */
export function pinyinReader(pack: ContentPack): PinyinReader {
  let r = pinyinReaders.get(builtOf(pack));
  if (!r) {
    const places = placeNames(pack);
    r = new PinyinReader([...reportWords(pack), ...places, ...BUILT_IN], everydayPairsOf(), places);
    pinyinReaders.set(builtOf(pack), r);
  }
  return r;
}

const chatReaders = new WeakMap<ContentPack, PinyinReader>();

/**
 * Reads free chat in pinyin for danger (intake.ts `emergencyFirst`): the pack's own words first — its FAQ's questions
 * and answers as well as its report words — then the everyday words the FAQ's reader knows and the built-in ones, where
 * the pack has none. What a worker asks is then read as the question it is (mianfei lifa is 免费理发, not 面非礼发; tian
 * tai re le is 天太热了, not 天台热了), while a danger the pack has no word for still reads as one (dianchi zhaohuo,
 * chazuo mao huohua hai you ren zai yong).
 */
export function chatPinyinReader(pack: ContentPack): PinyinReader {
  let r = chatReaders.get(builtOf(pack));
  if (!r) {
    const places = placeNames(pack);
    r = new PinyinReader(
      [...DURATIONS, ...faqPinyinTexts(pack), ...reportWords(pack), ...places],
      [...everydayPinyinWords(loadLexicon()), ...BUILT_IN],
      places,
    );
    chatReaders.set(builtOf(pack), r);
  }
  return r;
}
