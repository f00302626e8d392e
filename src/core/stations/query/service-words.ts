/**
 * The words a question asks for a station's services with: their labels in every locale, the pack's synonyms, and how
 * workers say them (洗澡 for a shower, 补胎 beside a station word for a repair), as the reader's phrases.
 */
import { STATION_SERVICES } from '../../content/schema.js';
import { pinyinOf } from '../../content/names.js';
import { normalize } from '../../faq/normalize.js';
import type { Phrase, Service } from './types.js';

/** Per service, every word that asks for it: its labels in every locale and their synonym groups. */
export function serviceWords(
  labels: Record<Service, string[]>,
  synonyms: readonly (readonly string[])[],
): Record<Service, string[]> {
  const out = {} as Record<Service, string[]>;
  for (const s of STATION_SERVICES) {
    const own = new Set([s.replace(/-/g, ' '), ...labels[s]].map(normalize).filter(Boolean));
    const words = new Set(own);
    for (const group of synonyms)
      if (group.some((w) => own.has(normalize(w)))) for (const w of group) words.add(w);
    out[s] = [...words];
  }
  return out;
}

/**
 * How workers ask for the services format v2 added, beyond their labels (洗澡 for a shower, 借伞 for an
 * umbrella): built-in, so a pack needs no synonyms for them.
 */
const EVERYDAY_SERVICE_WORDS: Partial<Record<Service, string[]>> = {
  // Round 31: 冲个澡, 冲个凉 — a wash after a day's riding as workers say it.
  shower: ['洗澡', '冲凉', '洗个澡', '冲澡', '冲个澡', '冲个凉', 'shower'],
  umbrella: ['雨伞', '借伞', '借把伞', 'umbrella', 'umbrellas'],
  lockers: ['储物柜', '寄存', '存包', '存东西', 'locker', 'lockers'],
  'drinking-water': ['饮用水', '喝水', '直饮水', '打水', 'drinking water'],
  // Round 31: medicine asked for as "has it / can I get some" (哪个驿站有药, 能要到药).
  medicine: ['药品', '常用药', '药箱', '有药', '要到药', '拿点药', '要点药', 'medicine'],
  'first-aid': ['急救箱', '急救包', '急救用品', 'first aid', 'first aid kit'],
  washing: ['洗衣服', '洗衣机', '洗衣', 'laundry'],
  // Round 25: a meal warmed up and a foot rested, as workers say them (叮饭 reads as 热饭; a bare 热饭 is a hot
  // meal, which the meals entries answer).
  microwave: ['能热饭', '可以热饭', '热饭的地方', '去热饭', '热个饭', '热下饭', '热一下饭', '加热饭菜'],
  rest: ['歇脚', '歇下脚', '歇个脚', '歇歇脚', '歇一下脚'],
  // Round 30: the thing itself rather than the service's label (空调 for 防暑降温), and English verbs for them.
  cooling: ['空调', '冷气', '吹空调', 'air con', 'aircon', 'air conditioning', 'air conditioner'],
  // Stop 32: warming up as a verb (能暖和暖和的地方, 进屋暖和一下, 暖暖手) — not the weather's 暖和.
  warming: [
    '暖气',
    '暖和暖和',
    '暖和一下',
    '暖和下',
    '暖暖身子',
    '暖暖手',
    '烤烤火',
    'warm up',
    'heater',
    'heating',
  ],
  // Round 31: a lorry or a car to park (北三环哪能停大车).
  parking: ['停大车', '停货车', '停个车', '停下车'],
  // Stop 33: a phone charged, said 充手机 (附近哪里能充手机, charge手机): not a battery swap.
  charging: [
    '充手机',
    '充个手机',
    '充下手机',
    'charge手机',
    'charge my',
    'charge a',
    'charge the',
    'charge phone',
    'charge battery',
    'recharge',
    'charger',
  ],
  repair: ['fix a flat', 'flat tyre', 'flat tire', 'puncture', 'fix my bike', 'bike repair'],
};

/**
 * Round 31: a tyre to mend, by what happened to it (车胎扎了，哪个驿站能帮忙补一下): the repair service only beside a
 * station word. Without one (轮胎扎了 附近有补胎的没, 哪里补胎便宜) a tyre shop or the pack's repair discount is asked for.
 */
const STATION_REPAIR_WORDS = [
  '补胎',
  '补个胎',
  '补下胎',
  '扎胎',
  '胎扎了',
  '车胎扎',
  '轮胎扎',
  '爆胎',
  '胎爆了',
];

/**
 * Per service, every word a question asks for it with: `serviceWords` and the everyday words. An entry that
 * says 暖气 or 空调 names the warming or cooling a question reads from those words (出租屋暖气不热找谁).
 */
export function askedServiceWords(
  labels: Record<Service, string[]>,
  synonyms: readonly (readonly string[])[],
): Record<Service, string[]> {
  const words = serviceWords(labels, synonyms);
  for (const [service, extra] of Object.entries(EVERYDAY_SERVICE_WORDS) as [Service, string[]][])
    words[service] = [...words[service], ...extra];
  return words;
}

/** Letters a service word's pinyin needs to be read as that service (weibolu, reshui; not "xi" or "ce"). */
const SERVICE_PINYIN = 5;

/** The phrases of the services: every word asking for one, in pinyin too, and a tyre to mend beside a station word. */
export function servicePhrases(
  labels: Record<Service, string[]>,
  synonyms: readonly (readonly string[])[],
): [string, Phrase][] {
  const phrases: [string, Phrase][] = [];
  const words = askedServiceWords(labels, synonyms);

  for (const s of STATION_SERVICES)
    for (const w of words[s]) {
      phrases.push([w, { type: 'service', service: s }]);
      // Typed in pinyin (weibolu, reshui): a service word of two characters or more, run together.
      const py = [...w].length >= 2 ? pinyinOf(w) : undefined;
      if (py && py.length >= SERVICE_PINYIN) phrases.push([py, { type: 'service', service: s }]);
    }
  for (const w of STATION_REPAIR_WORDS)
    phrases.push([w, { type: 'service', service: 'repair', withStation: true }]);

  return phrases;
}
