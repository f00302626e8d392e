/**
 * Reading a station question: which place or station it names, which services it asks for, and the cue
 * words around them ("where", "open now?", "24 hours", "phone"). Names come from the pack (places.yaml,
 * station names and aliases); service words from the service labels in locales/ and the pack's synonyms;
 * cue words from the built-in lexicon.
 *
 *   const reader = new StationQueryReader(pack, labels);
 *   reader.read(normalize('五角场附近哪里能充电'))
 *   // → { anchor: { kind: 'place', id: 'wujiaochang', … }, services: ['charging'], cues: { where: true, … } }
 */
import { STATION_SERVICES, type ContentPack, type Station } from '../content/schema.js';
import { plainErhua } from '../faq/dialect.js';
import { loadLexicon, type Cue } from '../faq/lexicon.js';
import { normalize } from '../faq/normalize.js';
import { PhraseMatcher } from '../faq/phrases.js';
import {
  areaForms,
  compactName,
  pinyinOf,
  stationCore,
  stationCoreStages,
  stationFormMap,
  stationForms,
} from '../content/names.js';
import type { GeoPoint } from '../types.js';
import { homeNames, neighbourDistricts, otherCities, otherCityDistricts, withProvince } from './districts.js';
import { otherDistrictLandmarks } from './landmarks.js';
import { englishThingSpan } from './unlisted.js';
import {
  addressLandmarks,
  addressRoads,
  leadingPinyin,
  transportEnglish,
  mixedPinyin,
  railwayEnglish,
  ringRoadEnglish,
  scriptRuns,
} from './name-forms.js';
import { distanceMeters } from './geo.js';
import { soundAlike, type SpokenForm } from './sound-alike.js';
import { askedDay, type AskedDay } from './asked-day.js';
import { asksFee } from './follow-up.js';

export type Service = (typeof STATION_SERVICES)[number];

export interface Anchor {
  kind: 'place' | 'station';
  id: string;
  /** The name as the pack writes it. */
  name: string;
  point: GeoPoint;
}

export interface StationQuery {
  anchor?: Anchor;
  services: Service[];
  cues: Record<Cue, boolean>;
  /** The question names another city or province (outside the pack's district). */
  elsewhere: boolean;
  /** Letters and digits in the question that no name, service or cue accounts for. */
  rest: number;
  /** The same without function characters and fillers (lexicon.yaml `fillers`): what else it is about. */
  topic: number;
  /**
   * "Near" follows words that are no name of the pack ("汉口那边有没有驿站"): a place the pack does not
   * know, so listing its stations would answer another question.
   */
  unknownPlace?: boolean;
  /**
   * A name that is, or comes just before, a venue's (潘家园古玩市场, 国贸商城, 同济医院): the question may be about
   * that venue, whose opening hours or phone no station card gives.
   */
  venue?: boolean;
  /**
   * A boat, bus or train is named (鼓浪屿的船今天开不开, 几点有班车): its hours are a timetable, which no station card
   * gives.
   */
  transport?: boolean;
  /**
   * A station asked to be set up, not found (外事学院那一片…歇脚的地方一个都没有，能不能在那弄一个): the FAQ's
   * entry on suggesting one answers, not the stations nearest.
   */
  proposal?: boolean;
  /** The day asked about (周日, 明天, 晚上, on Sunday): a named station's card gives its hours that day. */
  day?: AskedDay;
  /** Whether it costs is asked (要钱吗, 免费吗, is it free). */
  fee?: boolean;
}

type Phrase =
  /** `weak`: a two-character part of a station's name, which names it only beside a station word (南头那个接力站). */
  | { type: 'anchor'; anchor: Anchor; weak?: boolean }
  /** `withStation`: asks for the service only beside a station word (车胎扎了…哪个驿站). */
  | { type: 'service'; service: Service; withStation?: boolean }
  | { type: 'cue'; cue: Cue }
  | { type: 'elsewhere' }
  /** A well-known place of another district of this city (中关村 for 朝阳区): elsewhere for a station question. */
  | { type: 'otherDistrict' }
  /**
   * Another district of the city that the pack's entries name, but no place or station: elsewhere when a station
   * word, hours or a service is asked for there.
   */
  | { type: 'stationless' }
  /**
   * Read to stop a cue or a service, then set aside: a station word naming the worker's employer (站点不给结账),
   * 休息 as a day off (我休息想带孩子去…), not a rest asked for.
   */
  | { type: 'aside' }
  /** The district's, city's or province's own name (石家庄, 裕华区): here, all of it — a name, but no anchor. */
  | { type: 'home' };

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

/** What a word of the thing asked of the stations in English counts for in a question's own topic. */
const LATIN_WORD = 2;

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

/** Round 31: a place looked for without "where" (收完件想找地方冲个凉). */
const EVERYDAY_WHERE = ['找地方', '找处地方', '找块地方'];

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

export class StationQueryReader {
  private readonly matcher: PhraseMatcher<Phrase>;
  private readonly stations: readonly Station[];
  private readonly stop: ReadonlySet<string>;
  /** `where` words that ask for what is around a place (lexicon.yaml `near`). */
  private readonly near: ReadonlySet<string>;
  private readonly fillers: ReadonlySet<string>;
  /** Station words (lexicon.yaml cues.station, and 之家). */
  private readonly kinds: string[];
  /** Each station's name, aliases and address, compacted (`own`: without the district's name, 洪山区). */
  private readonly described: { station: Station; text: string; own: string }[];
  /** Chinese station names and forms of three characters or more, for a name typed with one homophone. */
  private readonly spoken: { form: string; anchor: Anchor }[] = [];
  /** Latin station names without their spaces (dianzizhengjie), undefined where two stations share one. */
  private readonly joined = new Map<string, Anchor | undefined>();
  /** Station names and aliases as the pack writes them, compacted. */
  private readonly written: ReadonlySet<string>;
  /** Chinese station words of three characters or more (接力站, 服务站), for one typed with a homophone. */
  private readonly spokenKinds: SpokenForm<object>[];
  /** The pack's places, stations and entries' titles, questions and tags, compacted: a zone it names is its own. */
  private readonly packNames: string;

  constructor(
    pack: Pick<ContentPack, 'places' | 'stations' | 'synonyms' | 'settings'> &
      Partial<Pick<ContentPack, 'faq'>>,
    labels: Record<Service, string[]>,
  ) {
    const lex = loadLexicon();
    this.stop = new Set(lex.stopwords);
    this.stations = pack.stations;
    const phrases: [string, Phrase][] = [];
    // Places first: when a place and a station share a name, "near X" means the place.
    const placeNames = new Set<string>();
    // The district's own name and its pinyin (上海市杨浦区, shanghaishiyangpuqu): its parts name no place.
    const home = normalize(withProvince(pack.settings.district.name));
    const homePinyin = [...home].map((ch) => pinyinOf(ch) ?? ch).join('');
    // "Xiamen" left of "Xiamen University" is the city, not the university.
    const shortLatin = (alias: string) =>
      latinShort(alias).filter((f) => !homePinyin.includes(f.replace(/ /g, '')));
    /** A part of the district's own name (石家庄, 裕华区, 河北 for 石家庄市裕华区, or a piece of one: 石家). */
    const ownName = (form: string) => {
      const f = compactName(form);
      return /^\p{Script=Han}{2,}$/u.test(f) && home.includes(f);
    };
    for (const p of pack.places) {
      const anchor: Anchor = { kind: 'place', id: p.id, name: p.name, point: { lat: p.lat, lon: p.lon } };
      // Derived forms too: office and landmark suffixes stripped, pinyin (areaForms) — but not the district's or
      // city's own name (裕华 of 裕华路街道 in 裕华区: the whole district).
      const given = [p.name, ...p.aliases];
      const derived = given
        .flatMap((x) => [
          ...areaForms(x),
          ...shortLatin(x),
          ...railwayEnglish(compactName(x)),
          ...mixedPinyin(compactName(x)),
        ])
        .filter((f) => !ownName(f));
      for (const n of [...given, ...derived]) {
        placeNames.add(compactName(n));
        phrases.push([n, { type: 'anchor', anchor }]);
      }
    }
    // Stations by their names, aliases and the derived parts no other station or place shares
    // (定海路 for 定海路物流园暖心驿站, 合生汇 for 合生汇暖心驿站, the pinyin of the part).
    const byId = new Map(pack.stations.map((s) => [s.id, stationAnchor(s)]));
    // …not by a part of the district's own name (红谷滩 of 红谷滩区总工会职工服务中心驿站: the whole district, where every
    // station is).
    const stationNames = stationFormMap(
      pack.stations,
      new Set([...placeNames, ...homeNames(pack.settings.district.name).filter((n) => n.length >= 2)]),
    );
    const written = new Set(
      pack.stations
        .flatMap((st) => [st.name, ...st.aliases].map(compactName))
        .flatMap((n) => [n, plainErhua(n)]),
    );
    // …nor by the rest of it (石家庄市 of 石家庄市第三医院驿站, 石家 of 石家庄东站司机之家).
    for (const [form] of stationNames) if (!written.has(form) && ownName(form)) stationNames.delete(form);
    this.written = written;
    // A derived part that names a job (货车司机 of 货车司机之家) is what the asker does, not where:
    // "货车司机能进驿站吗" names no station. Names and aliases as written always count.
    const named = (form: string) => written.has(form) || !jobWord(form);
    const strong = (form: string, anchor: Anchor) => {
      phrases.push([form, { type: 'anchor', anchor }]);
      if (/^\p{Script=Han}{3,}$/u.test(form)) this.spoken.push({ form: plainErhua(form), anchor });
      const latin = normalize(form);
      if (/^[a-z ]{6,}$/.test(latin)) {
        const key = latin.replace(/ /g, '');
        const had = this.joined.get(key);
        this.joined.set(key, this.joined.has(key) && had?.id !== anchor.id ? undefined : anchor);
      }
    };
    for (const [form, id] of stationNames) if (named(form)) strong(form, byId.get(id)!);
    // Job words (骑手 in 大冲美团骑手之家) are not a station's name: "非骑手能进驿站吗" names no station.
    const generic = new Set([...placeNames, ...lex.context.map(compactName)]);
    for (const [form, id] of stationFormMap(pack.stations, generic, 2))
      if ([...form].length === 2 && named(form) && !ownName(form))
        phrases.push([form, { type: 'anchor', anchor: byId.get(id)!, weak: true }]);
    // More forms derived from the name, when no other station has them and they are not a place, a job
    // word or part of the district's name: the name part-way stripped (大桥街道 for 大桥街道社区暖心驿站),
    // the name without the job words before its kind and that name's parts (长阳创谷, 创谷 for
    // 长阳创谷骑手党群服务站; 顺丰 for 高新南顺丰小哥之家), an English alias without its generic last word
    // (Wanda for Wanda Plaza). Two-character ones name a station only beside a station word.
    const district = compactName(pack.settings.district.name);
    // The pack's places, longest first: an address's road often starts with its area (鼓浪屿龙头路).
    const areaNames = pack.places
      .flatMap((p) => [p.name, ...p.aliases])
      .map(compactName)
      .filter((n) => /^\p{Script=Han}{2,}$/u.test(n))
      .sort((a, b) => b.length - a.length);
    const extra = new Map<string, Set<string>>();
    const own = new Map<string, Set<string>>();
    for (const st of pack.stations) {
      const core = stationCore(st.name);
      const jobless = withoutJobWords(core);
      own.set(st.id, new Set(stationForms(st.name)));
      const forms = [
        ...stationCoreStages(st.name),
        ...scriptRuns(core),
        ...mixedPinyin(core),
        ...leadingPinyin(jobless ?? core),
        ...st.aliases.flatMap(shortLatin),
        ...(jobless ? stationForms(jobless) : []),
        ...latinForms(jobless ?? core),
        ...ringRoadEnglish(core),
        ...addressRoads(compactName(st.address), district)
          .flatMap((r) => [r, ...withoutPlace(r, areaNames)])
          .flatMap((r) => [r, ...latinForms(r)]),
        ...transportEnglish(jobless ?? core),
        // An address's landmark in English only: in Chinese, 暨南大学 is as often where a worker is as a station.
        ...addressLandmarks(compactName(st.address), district).flatMap((r) => latinForms(r)),
        ...own.get(st.id)!,
      ];
      for (const f of new Set(forms)) extra.set(f, (extra.get(f) ?? new Set()).add(st.id));
    }
    for (const [form, ids] of extra) {
      const id = [...ids][0]!;
      if (ids.size > 1 || own.get(id)!.has(form) || stationNames.has(form)) continue;
      if (generic.has(form) || district.includes(form) || !named(form)) continue;
      const n = [...form].length;
      // Latin: a word of 4–5 letters (xili) is a name only beside a station word, like 2 Chinese characters.
      const latin = /^[a-z ]+$/.test(form);
      // …and the district's or city's own name in pinyin only beside a station word: alone ("free courses in Nankai",
      // "an e-bike in Fuzhou") it is the whole district, as 南开 is in Chinese, not 南开大学西门骑手驿站 or 福州南站司机之家;
      // "Hangzhou West railway station drivers' home" still names 杭州西站网约车司机之家.
      if (latin && homePinyin.includes(form.replace(/ /g, ''))) {
        phrases.push([form, { type: 'anchor', anchor: byId.get(id)!, weak: true }]);
        continue;
      }
      if (latin ? n >= 6 : n >= 3) strong(form, byId.get(id)!);
      else if (latin ? n >= 4 : n === 2)
        phrases.push([form, { type: 'anchor', anchor: byId.get(id)!, weak: true }]);
    }
    // The kind of place a station's name ends with, in English (fishing port for 大连湾渔港司机之家, airport for
    // 周水子机场司机暖心驿站): the one station whose name holds it, beside a station word ("what time does the fishing
    // port drivers home open?"); alone ("is the road to the fishing port icy?") it is where, not which station.
    const kinds = new Map<string, Set<string>>();
    for (const st of pack.stations) {
      const core = stationCore(st.name);
      for (const f of kindForms(core)) kinds.set(f, (kinds.get(f) ?? new Set()).add(st.id));
    }
    for (const [form, ids] of kinds)
      if (ids.size === 1 && !generic.has(form) && !stationNames.has(form))
        phrases.push([form, { type: 'anchor', anchor: byId.get([...ids][0]!)!, weak: true }]);
    // A part of several stations' names that no place is called (燕儿窝 of 燕儿窝快递小哥驿站 and 燕儿窝货车司机驿站):
    // the area where they stand, as a place at their midpoint — "燕儿窝那边能洗澡停车不" asks for the one that has both.
    for (const [form, ids] of sharedNameParts(pack.stations))
      if (
        !generic.has(form) &&
        !district.includes(form) &&
        !stationNames.has(form) &&
        (extra.get(form)?.size ?? 2) > 1
      ) {
        // Two characters (盖山 of 盖山暖心驿站 and 盖山货运司机之家) only beside a station word, as any short part.
        const area = sharedArea(form, ids, byId);
        phrases.push([form, { type: 'anchor', anchor: area, weak: [...form].length < 3 }]);
        // …and in pinyin for an English question ("stations near Yanerwo"), a word of 4–5 letters only beside a
        // station word, as any Latin part.
        const py = pinyinOf(form);
        if (py && py.length >= 4 && !homePinyin.includes(py) && !placeNames.has(py))
          phrases.push([py, { type: 'anchor', anchor: area, weak: py.length < 6 }]);
      }
    // A bank by its short name (建行 for a station in a 建设银行 branch), when one station's name, aliases or address
    // holds the bank: beside a station word, as any short part (建行那个爱心驿站几点下班).
    for (const [full, short] of BANK_SHORT_NAMES) {
      const at = pack.stations.filter((st) =>
        [st.name, ...st.aliases, st.address].some((t) => t.includes(full)),
      );
      if (at.length === 1 && !generic.has(short))
        phrases.push([short, { type: 'anchor', anchor: byId.get(at[0]!.id)!, weak: true }]);
    }
    const words = askedServiceWords(labels, pack.synonyms);
    for (const s of STATION_SERVICES)
      for (const w of words[s]) {
        phrases.push([w, { type: 'service', service: s }]);
        // Typed in pinyin (weibolu, reshui): a service word of two characters or more, run together.
        const py = [...w].length >= 2 ? pinyinOf(w) : undefined;
        if (py && py.length >= SERVICE_PINYIN) phrases.push([py, { type: 'service', service: s }]);
      }
    for (const w of STATION_REPAIR_WORDS)
      phrases.push([w, { type: 'service', service: 'repair', withStation: true }]);
    for (const [cue, list] of Object.entries(lex.cues) as [Cue, string[]][])
      if (cue !== 'near') for (const w of list) phrases.push([w, { type: 'cue', cue }]);
    for (const w of EVERYDAY_WHERE) phrases.push([w, { type: 'cue', cue: 'where' }]);
    for (const w of [...lex.employerSite, ...lex.dayOff]) phrases.push([w, { type: 'aside' }]);
    // "裕华这边有驿站吗", "石家庄哪里能充电": the whole district, where every station is; not a place the pack lacks.
    const namesWritten = new Set([...placeNames, ...written]);
    const homeWords = [
      ...homeNames(pack.settings.district.name),
      ...[...home.matchAll(/(\p{Script=Han}{2,}?)[省市区县]/gu)].map((m) => m[0]),
    ];
    for (const w of new Set(homeWords))
      if ([...w].length >= 2 && !namesWritten.has(w)) phrases.push([w, { type: 'home' }]);
    this.near = new Set(lex.cues.near.map(normalize));
    this.fillers = new Set(lex.fillers.flatMap((w) => [...normalize(w)]));
    this.kinds = [...lex.cues.station.map(normalize), '之家'];
    this.spokenKinds = this.kinds
      .filter((k) => /^\p{Script=Han}{3,}$/u.test(k))
      .map((form) => ({ form, anchor: { id: 'station-word' } }));
    // Other cities, except the pack's own (上海 for 上海市杨浦区). In one matcher with the places, so that
    // 大连路 (a road here) is a place and not the city 大连.
    for (const c of lex.elsewhere) {
      const n = normalize(c);
      const own = EXONYMS[n] ?? n;
      if (!home.includes(own) && !homePinyin.includes(n.replace(/ /g, '')))
        phrases.push([c, { type: 'elsewhere' }]);
    }
    // The city's other districts (武昌, 青山区 for 武汉市洪山区), unless the pack itself names them (a place,
    // a station's address, an entry): then they are somewhere the pack knows.
    // A neighbouring district an answer names in full only in passing (西溪湿地是西湖区的景点，不在这个优惠里面) is
    // still somewhere else: the pack knows it when a place, a station or an entry's title, questions or tags name it.
    // A short name in an answer is kept as the pack's: it is often a landmark's (白云山 of 白云区).
    const packNames = plainErhua(
      compactName(
        [
          ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
          ...pack.stations.flatMap((s) => [s.name, ...s.aliases, s.address]),
          ...(pack.faq ?? []).flatMap((e) => [e.title, ...e.questions, ...e.tags]),
        ].join(' '),
      ),
    );
    this.packNames = packNames;
    const packText = `${packNames} ${compactName((pack.faq ?? []).map((e) => e.answer).join(' '))}`;
    // Stations and places, compacted: where the pack has a station or names a place.
    const stationPlaces = plainErhua(
      compactName(
        [
          ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
          ...pack.stations.flatMap((s) => [s.name, ...s.aliases, s.address]),
        ].join(' '),
      ),
    );
    for (const d of neighbourDistricts(pack.settings.district.name))
      if (!(d.endsWith('区') ? packNames : packText).includes(compactName(d)))
        phrases.push([d, { type: 'elsewhere' }]);
      // An entry's question names it (去台江走哪座桥), no place or station does: a station asked for there
      // (台江万达那边有骑手驿站吗) is somewhere the pack has none.
      else if (!stationPlaces.includes(compactName(d))) phrases.push([d, { type: 'stationless' }]);
    // Every other city of the national list (开封, 宝鸡), but the ones the pack itself names — in a name, a title,
    // a tag or an example: an answer's 定西、天水等省内的 names other cities as other cities.
    for (const c of otherCities(pack.settings.district.name))
      if (!packNames.includes(compactName(c))) phrases.push([c, { type: 'elsewhere' }]);
    // …and the districts of other cities by their full names (西湖区, 海淀区), but the ones the pack names.
    // (Looked up among the pack's own names ending in 区, read in one pass: ~1,000 districts × `includes` on a
    // 10,000-entry pack's text cost a second of build time.)
    const districtsNamed = namesEndingAt(packText, '区', MAX_DISTRICT_NAME);
    for (const d of otherCityDistricts(pack.settings.district.name))
      if (!districtsNamed.has(compactName(d))) phrases.push([d, { type: 'elsewhere' }]);
    // …and the well-known places of the city's other districts (中关村, 北京西站 for 朝阳区), but the ones the pack names.
    for (const l of otherDistrictLandmarks(pack.settings.district.name))
      if (!packText.includes(compactName(l))) phrases.push([l, { type: 'otherDistrict' }]);
    this.matcher = new PhraseMatcher(withErhuaDropped(phrases));
    const homeParts = [district, ...district.split(/[省市]/u).filter((x) => [...x].length >= 2)].sort(
      (a, b) => b.length - a.length,
    );
    this.described = pack.stations.map((st) => {
      const text = plainErhua(compactName([st.name, ...st.aliases, st.address].join(' ')));
      let own = text;
      for (const h of homeParts) own = own.split(h).join(' ');
      return { station: st, text, own };
    });
  }

  /**
   * A station named by what its address says is beside it ("区总工会一楼的驿站", "华师东门对面那个服务点"):
   * the one whose name and address hold a run of `ADDRESS_RUN` of the question's content characters and
   * `ADDRESS_LEAD` more of them than any other station. Characters of cue and service words count nothing.
   * `landmarkOnly`: only a stretch of `LANDMARK_RUN` one station's address alone holds.
   */
  private byAddress(text: string, hits: readonly PhraseHitAt[], landmarkOnly = false): Anchor | undefined {
    const keep = new Uint8Array(text.length).fill(1);
    // A short part of a name (家湾 of 张家湾) is the question's own words here; cue and service words are not.
    for (const h of hits) if (h.value.type !== 'anchor') keep.fill(0, h.start, h.end);
    // Runs of Chinese characters outside cue and service words; what counts is their content characters.
    const runs: string[] = [];
    let run = '';
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i] ?? '';
      if (ch === ' ') continue;
      if (ch && keep[i] && /\p{Script=Han}/u.test(ch)) run += ch;
      else if (run) {
        runs.push(run);
        run = '';
      }
    }
    const content = (t: string) => [...t].filter((c) => !this.fillers.has(c)).length;
    const chars = new Set([...runs.join('')].filter((c) => !this.fillers.has(c)));
    /** `t` holds a stretch of the question of `length` characters or more, `ADDRESS_RUN` of them content. */
    const holdsRun = (t: string, length: number) =>
      runs.some((r) => {
        for (let i = 0; i + length <= r.length; i++)
          for (let n = r.length - i; n >= length; n--) {
            const part = r.slice(i, i + n);
            if (content(part) >= ADDRESS_RUN && t.includes(part)) return true;
          }
        return false;
      });
    const shared = (t: string) => holdsRun(t, ADDRESS_RUN);
    // A landmark written out as one station's address has it (第一码头旁边的服务站: 鹭江道100号第一码头旁): that station,
    // however many of its characters others hold (码头 is in every pier's).
    const holding = this.described.filter(({ own }) => holdsRun(own, LANDMARK_RUN));
    if (holding.length === 1) return stationAnchor(holding[0]!.station);
    if (landmarkOnly) return undefined;
    const scored = this.described
      .filter(({ own }) => shared(own))
      .map(({ station, text: t }) => ({ station, n: [...chars].filter((c) => t.includes(c)).length }))
      .sort((a, b) => b.n - a.n);
    const [best, second] = scored;
    if (!best) return undefined;
    const rival = Math.max(
      second?.n ?? 0,
      ...this.described
        .filter((d) => d.station !== best.station)
        .map((d) => [...chars].filter((c) => d.text.includes(c)).length),
    );
    return best.n - rival >= ADDRESS_LEAD ? stationAnchor(best.station) : undefined;
  }

  /** The only station whose name or an alias holds both a station name and a place named in the question. */
  private bothNamed<T extends { anchor: Anchor; text: string }>(station: T, place: T): T | undefined {
    const [s, p] = [compactName(station.text), compactName(place.text)];
    if (!s || !p || s.includes(p)) return undefined;
    const both = this.stations.filter((x) => {
      const names = [x.name, ...x.aliases].map(compactName);
      return names.some((n) => n.includes(s)) && names.some((n) => n.includes(p));
    });
    return both.length === 1 ? { ...station, anchor: stationAnchor(both[0]!) } : undefined;
  }

  /**
   * The one station whose name or aliases contain `place` and share the most character pairs with the
   * question; undefined when none does or two tie.
   */
  private stationNamed(question: string, place: string, exactFirst = true): Anchor | undefined {
    if (!place) return undefined;
    const pairs = (t: string) => {
      const c = [...compactName(t)];
      return new Set(c.slice(1).map((ch, i) => c[i]! + ch));
    };
    const q = pairs(question);
    let best: { s: Station; score: number } | undefined;
    let tie = false;
    for (const s of this.stations) {
      const names = [s.name, ...s.aliases].map(compactName);
      if (!names.some((n) => n.includes(place))) continue;
      const own = pairs(names.join(' '));
      // A station called exactly that (创智天地) before one that has it in a longer alias (创智天地旁).
      const exact = exactFirst && (names.includes(place) || stationCore(s.name) === place) ? 100 : 0;
      const score = exact + [...q].filter((p) => own.has(p)).length;
      if (!best || score > best.score) [best, tie] = [{ s, score }, false];
      else if (score === best.score) tie = true;
    }
    return best && !tie ? stationAnchor(best.s) : undefined;
  }

  /**
   * Characters no phrase accounts for that are neither fillers nor English stop words. The thing an English
   * question asks of the stations counts a Chinese word's two characters a word, not one per letter: "which
   * station has a nursing room" says no more of its own than 哪个驿站有母婴室, and its eleven letters had made it
   * a topic for the FAQ. Elsewhere letters count (a name in pinyin, "near Luohu port", is a topic of its own).
   */
  private topic(text: string, hits: readonly { start: number; end: number }[]): number {
    const covered = new Uint8Array(text.length);
    for (const h of hits) covered.fill(1, h.start, h.end);
    const thing = englishThingSpan(text);
    let n = 0;
    let at = 0;
    for (const word of text.split(' ')) {
      const latin = /^[a-z0-9]+$/.test(word);
      let letters = 0;
      for (let i = 0; i < word.length; i++) {
        const ch = word[i]!;
        if (covered[at + i] || !/[\p{L}\p{N}]/u.test(ch)) continue;
        if (latin ? !this.stop.has(word) : !this.fillers.has(ch)) letters++;
      }
      const asked = latin && thing && at >= thing.start && at < thing.end;
      n += asked ? Math.min(letters, LATIN_WORD) : letters;
      at += word.length + 1;
    }
    return n;
  }

  /** "That station" (那个驿站, 这家爱心驿站): one station meant, a kind word within a few characters of 那/这. */
  private thatStation(text: string): boolean {
    const m = /[那这][个家间座处]/u.exec(text);
    if (!m) return false;
    const after = text.slice(m.index + 2, m.index + 8);
    return this.kinds.some((k) => after.includes(k));
  }

  /**
   * A job word at `at` (after an optional 的) that does not start a station word (骑手, not 骑手之家) or a site for
   * that trade (司机休息室, 骑手休息区: who the site is for, not who asks).
   */
  private trade(text: string, at: number): boolean {
    if (text.startsWith('的', at)) at++;
    const w = JOB_WORDS.find((j) => text.startsWith(j, at));
    if (!w) return false;
    const next = at + w.length;
    if (SITE_AFTER_JOB.test(text.slice(next))) return false;
    return !this.kinds.some((k) => text.startsWith(k, next) || text.startsWith(k, at));
  }

  /** Read an already normalised question. */
  read(text: string): StationQuery {
    // The employer's site is what the question is about, not a station: its words stay the question's own
    // (and a day off is when, not a rest asked for).
    const found = this.matcher.find(text);
    // The district's name standing alone, not the start of a name the pack lacks (天津站, 海口火车站: somewhere else).
    const alone = (h: PhraseHitAt) =>
      h.end >= text.length ||
      !/\p{Script=Han}/u.test(text[h.end]!) ||
      this.fillers.has(text[h.end]!) ||
      found.some((g) => g.start === h.end);
    const hits = found.filter(
      (h): h is ReadHit => h.value.type !== 'aside' && (h.value.type !== 'home' || alone(h)),
    );
    const cues: Record<Cue, boolean> = {
      where: false,
      near: false,
      hours: false,
      allDay: false,
      details: false,
      station: false,
    };
    const services = new Set<Service>();
    /** Services asked for only if a station word is met too. */
    const withStation = new Set<Service>();
    let elsewhere = false;
    let otherDistrict = false;
    let stationless = false;
    let anchor: { anchor: Anchor; length: number; text: string } | undefined;
    /** The longest station name: it beats a place (新江湾城农行: the bank's station, not the area). */
    let station: { anchor: Anchor; length: number; text: string } | undefined;
    let place: { anchor: Anchor; length: number; text: string } | undefined;
    let weak: Anchor | undefined;
    /** Every station name met: two stations' names may be where one of them is (长安南路电视塔那个驿站). */
    const named: { anchor: Anchor; length: number; text: string }[] = [];
    let covered = 0;
    for (const h of hits) {
      covered += h.end - h.start;
      const v = h.value;
      if (v.type === 'cue') {
        cues[v.cue] = true;
        if (v.cue === 'where' && this.near.has(text.slice(h.start, h.end))) cues.near = true;
      } else if (v.type === 'elsewhere') elsewhere ||= !NAMES_A_STREET.test(text.slice(h.end));
      // 北京站 is not 北京站点.
      else if (v.type === 'otherDistrict') otherDistrict ||= !text.startsWith('点', h.end);
      else if (v.type === 'stationless') stationless ||= !NAMES_A_STREET.test(text.slice(h.end));
      else if (v.type === 'home') continue;
      // A service's place before "beside" (停车场旁边那个服务站) says where the station is, not what it should offer.
      else if (v.type === 'service') {
        if (!BESIDE.test(text.slice(h.end))) (v.withStation ? withStation : services).add(v.service);
      }
      // A name right before a job word is the asker's employer or trade (美团骑手, 顺丰快递员, 货车司机),
      // unless a station word follows (大冲骑手之家, 国定路小哥驿站).
      // …but not a station's own name that says what kind of site it is (盘旋路环卫休息室骑手能进去吗: who may use it).
      else if (
        this.trade(text, h.end) &&
        !(v.anchor.kind === 'station' && SITE_END.test(text.slice(h.start, h.end)))
      )
        continue;
      // A short part of a name after a verb of the trade is the trade too (开货车的, 跑美团的).
      else if (v.weak && /[开跑干做]$/u.test(text.slice(0, h.start))) continue;
      else if (v.weak) weak ??= v.anchor;
      else {
        const found = { anchor: v.anchor, length: h.end - h.start, text: text.slice(h.start, h.end) };
        if (!anchor || found.length > anchor.length) anchor = found;
        if (v.anchor.kind === 'station') named.push(found);
        if (v.anchor.kind === 'station' && (!station || found.length > station.length)) station = found;
        if (v.anchor.kind === 'place' && (!place || found.length > place.length)) place = found;
      }
    }
    // A station word typed with a homophone (接立站 for 接力站) is a station word.
    if (!cues.station && soundAlike(text, this.spokenKinds)) cues.station = true;
    if (cues.station) for (const s of withStation) services.add(s);
    // Parking with a ticket or being chased off (万象城门口一停车就被贴条, 保安老是赶): where riders may park in the
    // street, which the FAQ answers, not a station's car park.
    if (services.has('parking') && PARKING_TROUBLE.test(text)) services.delete('parking');
    // Another district's landmark asked about as a station's place (中关村那个暖心驿站几点开门): somewhere the pack
    // has no station. Told in a benefits question (在五一广场送餐摔了) it is only where something happened.
    // Where something is there (花果园哪里可以换电, 机场网约车在哪接客) asks about that district too — in the same
    // clause: 在花果园送餐摔了 去哪报销 asks where to claim.
    const whereThere = hits.some(
      (w) =>
        w.value.type === 'cue' &&
        w.value.cue === 'where' &&
        hits.some((l) => l.value.type === 'otherDistrict' && sameClause(text, l, w)),
    );
    const stationAsked =
      cues.station || cues.hours || cues.allDay || whereThere || services.size > 0 || named.length > 0;
    if (otherDistrict && stationAsked) elsewhere = true;
    if (stationless && (cues.station || cues.hours || cues.allDay || services.size > 0)) elsewhere = true;
    // No full name, a station word: the station its address describes, else a short part of a name.
    if (!anchor && cues.station && !elsewhere) {
      const found = this.byAddress(text, hits);
      if (found) anchor = { anchor: found, length: 0, text: '' };
    }
    // No station word, services asked at a landmark only one station's address names, which offers them all (开大车的，
    // 鱼化工业园那儿能洗澡停车不: 鱼化寨司机之家, at 鱼化工业园物流园南门, has showers and parking).
    if (!anchor && !cues.station && services.size > 0 && !elsewhere) {
      const found = this.byAddress(text, hits, true);
      if (found && this.offersAll(found.id, services)) anchor = { anchor: found, length: 0, text: '' };
    }
    // A name in pinyin split where the pack's form is not (dianzi zhengjie, ci'en road → ci en road): a whole name,
    // before a short part of one (xixi of "xixi bafang city").
    if (!anchor && !elsewhere) {
      const found = this.splitLatin(text);
      if (found) anchor = { anchor: found, length: 0, text: '' };
    }
    if (!anchor && weak && cues.station) anchor = { anchor: weak, length: 2, text: '' };
    // No name at all, but a station word, hours, "where" or a service: a name typed with a homophone or two
    // (燕装社区 for 燕庄社区, 同子坡 for 桐梓坡, 农商银杭…在哪) — pinyin input's commonest slip.
    if (!anchor && !elsewhere && (cues.station || cues.hours || cues.where || services.size > 0)) {
      const found = soundAlike(text, this.spoken);
      if (found) anchor = { anchor: found.anchor, length: found.form.length, text: found.text };
    }
    // Names of two stations (or of a station and a place), all in one station's name, aliases or address
    // (长安南路 is 电视塔驿站's road too): that station.
    const where =
      !cues.near && named.length > 0 ? this.holdingAll(place ? [...named, place] : named) : undefined;
    if (where) [station, anchor] = [where, where];
    // A shared station name and a place (军工路司机之家, where 司机之家 is also 黄兴路's): the one station
    // whose name holds both.
    const both = station && place && !cues.near ? this.bothNamed(station, place) : undefined;
    if (both) [station, anchor] = [both, both];
    // A station and a place both named, asked about without "near": the station.
    if (station && anchor?.anchor.kind === 'place' && !cues.near) anchor = station;
    // "定海路驿站有厕所没", "建行控江路那个接力站…": a place named as a station's — the station of that name.
    // Said in pinyin ("when does the dashushan station open"): the place's own name is what a station's holds.
    // Typed as an alias the station's name lacks (翠湖边 for 翠湖): the place's own name is what it holds.
    // "Near" with "that station" (翠湖附近那个驿站) points at one station, not at what is around.
    const pointed = cues.near && this.thatStation(text);
    if (anchor?.anchor.kind === 'place' && (cues.station || cues.hours) && (!cues.near || pointed)) {
      const said = /[a-z]/.test(anchor.text) ? compactName(anchor.anchor.name) : undefined;
      // The area of several stations (盖山): the question's other words pick one (盖山那个货车司机之家), not the one
      // called exactly so (盖山暖心驿站).
      const area = anchor.anchor.id.startsWith(AREA_ID);
      const station = said
        ? this.stationNamed(said, said)
        : (this.stationNamed(text, anchor.text, !area) ??
          this.stationNamed(text, compactName(anchor.anchor.name), !area));
      if (station) {
        anchor.anchor = station;
        cues.near = false;
      }
    }
    // …or a place and what is beside it, as one station's address says (华工北门对面那个驿站: 华工五山校区北门对面).
    if (anchor?.anchor.kind === 'place' && cues.station && (!cues.near || pointed) && !elsewhere) {
      const beside = this.byAddress(text, hits);
      const at = beside && this.described.find((d) => d.station.id === beside.id);
      if (beside && at?.text.includes(compactName(anchor.text))) {
        anchor.anchor = beside;
        cues.near = false;
      }
    }
    // …or a zone or an English place name the pack does not know, asked for a station or a service (郑东新区有歇脚的地方不).
    const unknownPlace =
      !anchor &&
      ((cues.station && this.unnamedBeforeNear(text, hits)) ||
        (services.size > 0 && this.unnamedBeforeNear(text, hits, true)) ||
        ((cues.station || services.size > 0) &&
          (this.unknownZone(text) || unknownLatinPlace(text, this.stop))));
    const venue = hits.some((h) => this.namesVenue(text, h));
    // A vehicle word inside a name (火车站东路快递驿站: the station's road) is no timetable asked for.
    const transport = TRANSPORT.test(outsideNames(text, hits));
    const proposal = PROPOSAL.test(text);
    const day = askedDay(text);
    const fee = asksFee(text);
    const words = text.split(' ').filter((w) => w && !this.stop.has(w));
    const letters = words.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
    return {
      ...(anchor ? { anchor: anchor.anchor } : {}),
      services: [...services],
      cues,
      elsewhere,
      rest: Math.max(0, letters - covered),
      topic: this.topic(text, hits),
      ...(unknownPlace ? { unknownPlace } : {}),
      ...(venue ? { venue } : {}),
      ...(transport ? { transport } : {}),
      ...(proposal ? { proposal } : {}),
      ...(day ? { day } : {}),
      ...(fee ? { fee } : {}),
    };
  }

  /**
   * A place, or a part of a station's name, that ends with a venue word or comes a few characters before one
   * (潘家园古玩市场: 潘家园 is 潘家园职工服务驿站's part; 国贸商城). A station's name or alias as the pack writes it
   * is the station's, whatever it ends with.
   */
  private namesVenue(text: string, h: PhraseHitAt): boolean {
    if (h.value.type !== 'anchor') return false;
    const name = text.slice(h.start, h.end);
    if (h.value.anchor.kind === 'station' && this.written.has(compactName(name))) return false;
    if (VENUE_END.test(name)) return true;
    const after = VENUE_AFTER.exec(text.slice(h.end));
    return after !== null && !this.kinds.some((k) => after[1]!.includes(k));
  }

  /** The station offers every service asked, and at least one is asked. */
  private offersAll(id: string, services: ReadonlySet<Service>): boolean {
    const st = this.stations.find((s) => s.id === id);
    return st !== undefined && services.size > 0 && [...services].every((s) => st.services.includes(s));
  }

  /** The one station whose name, aliases and address hold every name met, when they name several anchors. */
  private holdingAll<T extends { anchor: Anchor; text: string }>(found: readonly T[]): T | undefined {
    if (new Set(found.map((f) => f.anchor.id)).size < 2) return undefined;
    const parts = found.map((f) => compactName(f.text));
    const holders = this.described.filter(({ text }) => parts.every((p) => text.includes(p)));
    return holders.length === 1 && found[0]
      ? { ...found[0], anchor: stationAnchor(holders[0]!.station) }
      : undefined;
  }

  /** Two to four Latin words in a row that, joined, are a station's Latin name. */
  private splitLatin(text: string): Anchor | undefined {
    const words = text.split(' ');
    for (let n = 4; n >= 2; n--)
      for (let i = 0; i + n <= words.length; i++) {
        const run = words.slice(i, i + n);
        if (!run.every((w) => /^[a-z]+$/.test(w))) continue;
        const hit = this.joined.get(run.join(''));
        if (hit) return hit;
      }
    return undefined;
  }

  /**
   * A zone named in full that the pack never names (郑东新区, 曲江新区): its stations are not the pack's. The national
   * list leaves zones out (districts.ts), so they are read by how their names end. The match may start a word or
   * two early (在麓谷高新区): the pack knows the zone when it names any tail of it (麓谷高新区).
   */
  private unknownZone(text: string): boolean {
    for (const m of text.matchAll(ZONE)) {
      const name = [...m[0]];
      const known = name.some(
        (_, k) => name.length - k >= ZONE_NAME && this.packNames.includes(name.slice(k).join('')),
      );
      if (!known) return true;
    }
    return false;
  }

  /** `UNKNOWN_PLACE` content characters, no phrase of the pack's, right before the first "near" word. */
  private unnamedBeforeNear(text: string, hits: readonly PhraseHitAt[], services = false): boolean {
    const near = hits.find((h) => h.value.type === 'cue' && AROUND.has(text.slice(h.start, h.end)));
    if (!near) return false;
    const before = hits.filter((h) => h.end <= near.start).reduce((at, h) => Math.max(at, h.end), 0);
    // The characters right before it, up to a space, a filler or a name.
    let start = near.start;
    for (let i = near.start - 1; i >= before; i--) {
      const c = text[i]!;
      if (!/\p{Script=Han}/u.test(c) || this.fillers.has(c)) break;
      start = i;
    }
    const stretch = text.slice(start, near.start);
    // A kind of place any town has (小区附近, 公司旁边, 医院那边) is somewhere near the worker, not a named place.
    return stretch.length >= UNKNOWN_PLACE && (!services || !EVERYDAY_PLACE.test(stretch));
  }
}

/** A city's name before these is a street or a park of this city (大连路, 中山公园, 开封路那个驿站), not that city. */
const NAMES_A_STREET =
  /^(?:中路|东路|西路|南路|北路|路|街|大街|大道|道|巷|弄|桥|里|村|新村|小区|公园|广场|大厦|花园)/u;

/**
 * Vehicles that run to a timetable (not 轮渡, which is often the ferry terminal's name, a place).
 */
const TRANSPORT = /船|渡轮|公交|班车|地铁|航班|火车|高铁|动车|大巴/u;

/** How a station's own name ends when it says what kind of site it is (休息室, 服务站, 之家, 中心…). */
const SITE_END = /(?:站|室|之家|中心|小屋|港湾)$/u;
/** A site named for a trade, right after its job word (司机休息室, 骑手休息区). */
const SITE_AFTER_JOB = /^(?:休息室|休息区|休息间|休息处|活动室|小屋|港湾)/u;

/** The text with the names of places and stations blanked out. */
function outsideNames(text: string, hits: readonly PhraseHitAt[]): string {
  let out = text;
  for (const h of hits)
    if (h.value.type === 'anchor')
      out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/** Venues with their own opening hours and phone (a market, a mall, a hospital, a park, a bank, a sight…). */
const VENUES =
  '市场|商场|商城|超市|购物中心|百货|医院|公园|银行|博物馆|图书馆|体育馆|菜场|书院|景区|纪念馆|美术馆|科技馆|动物园|植物园';
const VENUE_END = new RegExp(`(?:${VENUES})$`, 'u');
/** Up to three characters, then a venue word (古玩市场, 旧货市场). */
const VENUE_AFTER = new RegExp(`^(\\p{Script=Han}{0,3}?)(?:${VENUES})`, 'u');

/** Letters a service word's pinyin needs to be read as that service (weibolu, reshui; not "xi" or "ce"). */
const SERVICE_PINYIN = 5;

/** "Beside" right after a service word, or after the place its word names (停车场旁边, 厕所对面). */
const BESIDE = /^[场处位点室间房]?(?:旁边|附近|周边|对面|边上|隔壁|那边)/u;

/** Characters in the longest district name `otherCityDistricts` gives (南阳市城乡一体化示范区: 11), and one to spare. */
const MAX_DISTRICT_NAME = 12;

/** Every run of 2 to `max` characters of `text` that ends with `last` (which occurs rarely in it). */
function namesEndingAt(text: string, last: string, max: number): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1))
    for (let n = 2; n <= max && n <= i + 1; n++) out.add(text.slice(i + 1 - n, i + 1));
  return out;
}

/** A zone's name: two to four characters, then how zones' names end (郑东新区, 曲江新区, 临空开发区). */
const ZONE = /\p{Script=Han}{2,4}(?:新区|高新区|开发区)/gu;
/** The shortest zone name: two characters and 新区. */
const ZONE_NAME = 4;

/**
 * A place named in English by its name and what it is (near Hongqiao railway station, at Baiyun airport): when no
 * name of the pack was found in the question, somewhere the pack does not know. A place word alone (near the
 * airport) may be the pack's own and is not read.
 */
const LATIN_PLACE =
  /\b(?:near|around|by|at|in|close to|next to)\s+(?:the\s+)?((?:[a-z]+\s+){1,2}?)(?:railway station|train station|metro station|subway station|bus station|airport|road|street|mall|plaza|square)\b/gu;

function unknownLatinPlace(text: string, stop: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(LATIN_PLACE))
    if (
      m[1]!
        .trim()
        .split(/\s+/u)
        .every((w) => !stop.has(w) && !LATIN_KINDS.has(w))
    )
      return true;
  return false;
}

/** Words of what a place is or offers, not its name (rest station, charging station, bus station). */
const LATIN_KINDS = new Set([
  'rest',
  'charging',
  'service',
  'gas',
  'petrol',
  'police',
  'fire',
  'power',
  'battery',
]);

/** Content characters before "near" that name a place when no name of the pack accounts for them. */
const UNKNOWN_PLACE = 2;

/** Kinds of place every town has: before "near" with a service asked, where the worker is, not a place the pack lacks. */
const EVERYDAY_PLACE = new RegExp(
  `(?:${VENUES}|小区|公司|单位|学校|车站|地铁站|地铁口|公交站|站台|饭店|酒店|宾馆|餐馆|店|门口|楼下|家里|宿舍|工地|仓库|写字楼|大楼|路口)$`,
  'u',
);

/** "Near" words that follow a place (with a station word: 那边 / 这边 also follow an office, 公司那边). */
const AROUND = new Set(['附近', '旁边', '周边', '一带', '那边', '这边']);

/**
 * Every phrase also as questions are read: the reader is given text with erhua dropped (燕儿窝 reads 燕窝, as 这片儿
 * reads 这片), so a name written with 儿 (燕儿窝货车司机驿站, 鸟儿公园) must be met in that form too.
 */
function withErhuaDropped(phrases: readonly [string, Phrase][]): [string, Phrase][] {
  return phrases.flatMap(([w, v]): [string, Phrase][] => {
    const plain = plainErhua(normalize(w));
    return plain && plain !== normalize(w)
      ? [
          [w, v],
          [plain, v],
        ]
      : [[w, v]];
  });
}

type PhraseHitAt = { start: number; end: number; value: Phrase };
/** A hit a question is read by: the employer's site words and a day off set aside. */
type ReadHit = PhraseHitAt & { value: Exclude<Phrase, { type: 'aside' }> };

/** Content characters of a stretch (fillers between them allowed) that a question and a station's address must share. */
const ADDRESS_RUN = 3;
/**
 * Asking for a station to be set up where there is none: "can you put one (there)" after a few words
 * (能不能在那弄一个, 可不可以在这里开一间, 建议在这设一个).
 */
const PROPOSAL =
  /(?:能不能|可不可以|可以|能否|建议|希望|麻烦)\p{Script=Han}{0,5}?(?:弄|开|建|设|搞|添|加|办|整)(?:一个|一间|一家|一处|个)(?:\s|$|吗|呗|啊|吧|不|没)/u;

/** A parked vehicle ticketed, towed or chased off. */
const PARKING_TROUBLE =
  /贴条|贴单|罚单|抄牌|被罚|罚款|拖走|被拖|拖车|赶走|老是赶|总是赶|天天赶|ticket|towed/u;

/** Characters of a stretch (with `ADDRESS_RUN` content ones) that name a station when only its address holds them. */
const LANDMARK_RUN = 4;
/** How many more of the question's content characters that station's text must hold than any other's. */
const ADDRESS_LEAD = 2;

/** Who a station serves, written before its kind (长阳创谷骑手党群服务站, 南山工会户外劳动者服务站). */
const JOB_WORDS = ['新就业群体', '户外劳动者', '劳动者', '快递员', '外卖', '骑手', '小哥', '司机'];

/** A form that ends with a job word or is cut inside one (货车司 of 货车司机之家). */
function jobWord(form: string): boolean {
  return JOB_WORDS.some((w) => [...w].some((_, i) => form.endsWith(w.slice(0, i + 1))));
}

/** A station's core without the job words at its end (长阳创谷骑手 → 长阳创谷); undefined when none. */
function withoutJobWords(core: string): string | undefined {
  let out = core;
  for (let again = true; again;) {
    again = false;
    for (const w of JOB_WORDS)
      if (out.endsWith(w) && [...out].length - [...w].length >= 2) {
        out = out.slice(0, -w.length);
        again = true;
      }
  }
  return out === core ? undefined : out;
}

/**
 * English for the kind of place a name ends with (蛇口港 → shekou port, 大连湾渔港 → dalianwan fishing port): general
 * words, longest first where one holds another (渔港 before 港).
 */
const PLACE_KINDS_EN: [string, string[]][] = [
  ['地铁站', ['metro station', 'subway station']],
  ['火车站', ['railway station', 'train station']],
  ['汽车站', ['bus station', 'coach station']],
  ['老街', ['old street']],
  ['古城', ['old town']],
  ['物流园', ['logistics park']],
  ['工业园', ['industrial park']],
  ['产业园', ['industrial park']],
  ['科技园', ['science park', 'tech park']],
  ['公园', ['park']],
  ['广场', ['plaza', 'square']],
  ['大学', ['university']],
  ['医院', ['hospital']],
  ['机场', ['airport']],
  ['渔港', ['fishing port', 'fishing harbour', 'fishing harbor']],
  ['码头', ['pier', 'wharf', 'dock']],
  ['冷库', ['cold store', 'cold storage']],
  ['南路', ['south road']],
  ['北路', ['north road']],
  ['东路', ['east road']],
  ['西路', ['west road']],
  ['中路', ['middle road']],
  ['大道', ['avenue']],
  ['大街', ['avenue']],
  ['街道', ['street']],
  ['街', ['street']],
  ['寺', ['temple']],
  ['湖', ['lake']],
  ['商场', ['mall']],
  ['市场', ['market']],
  ['中心', ['center']],
  ['港', ['port']],
  ['村', ['village']],
  ['湾', ['bay']],
  ['路', ['road']],
];

/** The kind of place a core ends with, after a name of two characters or more: the name, and the kind in English. */
function placeKind(core: string): { head: string; english: string[] } | undefined {
  for (const [zh, english] of PLACE_KINDS_EN)
    if (core.endsWith(zh) && [...core].length - [...zh].length >= 2)
      return { head: core.slice(0, -zh.length), english };
  return undefined;
}

/**
 * How an English question names a station by its core (normalised): the core's pinyin (xili, houhai),
 * and the pinyin of its place name with the kind of place in English (shekou port, sihai park).
 */
function latinForms(core: string): string[] {
  const out: string[] = [];
  const py = pinyinOf(core);
  if (py) out.push(py);
  const kind = placeKind(core);
  const head = kind && pinyinOf(kind.head);
  if (head) out.push(...kind.english.map((en) => `${head} ${en}`), head);
  return out;
}

/** What may follow the kind of place in a station's core: whom it serves, or which part (空港物流园货车, 桃仙机场货运区). */
const AFTER_KIND = /^(货车|货运|网约车|出租车|快递|外卖|司机|骑手|小哥)*(区|[东南西北]门|[东南西北]侧)?$/u;

/**
 * The kind of place alone, in English, of kinds that say where rather than what street (the fishing port, the
 * airport, the logistics park — not "road", "street"): a worker names a station by it ("the fishing port drivers
 * home"), as its Chinese name holds it, perhaps followed by whom it serves or which part (桃仙机场货运区).
 */
function kindForms(core: string): string[] {
  for (const [zh, english] of PLACE_KINDS_EN) {
    if (english.some((en) => /\b(road|street|avenue)$|^(lake|bay|village|temple|center|port)$/.test(en)))
      continue;
    const at = core.lastIndexOf(zh);
    if (at >= 2 && AFTER_KIND.test(core.slice(at + zh.length))) return english;
  }
  return [];
}

/**
 * A road an address names after one of the pack's places (鼓浪屿龙头路 → 龙头路): workers, and English questions
 * ("near Longtou Road"), name the road alone. Only when a road of three characters or more is left.
 */
function withoutPlace(road: string, places: readonly string[]): string[] {
  const place = places.find((p) => road.startsWith(p));
  const rest = place ? road.slice(place.length) : '';
  return [...rest].length >= 3 ? [rest] : [];
}

/** Generic last words of English place names (Wanda Plaza → wanda). */
const GENERIC_LATIN = new Set(
  'plaza road rd street st avenue ave park station mall university community center centre square building tower hub market garden gardens'.split(
    ' ',
  ),
);

/** An English alias without its generic last word, when what is left is a name (normalised). */
function latinShort(alias: string): string[] {
  const words = normalize(alias).split(' ').filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) return [];
  if (!GENERIC_LATIN.has(words[words.length - 1]!)) return [];
  const short = words.slice(0, -1).join(' ');
  return short.length >= 4 && !GENERIC_LATIN.has(short) ? [short] : [];
}

/** Banks as workers name them (a relay station is often in a branch). */
const BANK_SHORT_NAMES: [string, string][] = [
  ['建设银行', '建行'],
  ['工商银行', '工行'],
  ['农业银行', '农行'],
  ['中国银行', '中行'],
  ['交通银行', '交行'],
  ['招商银行', '招行'],
  ['邮政储蓄银行', '邮储'],
  ['农村商业银行', '农商行'],
];

/** How the id of a shared name part's area starts (no place's id in a pack has a colon). */
const AREA_ID = 'area:';

/** How far apart stations sharing a part of their names may stand for that part to name one area. */
const SHARED_AREA_M = 3000;

/**
 * Chinese parts of two characters or more that two stations' names or more hold, and no other station's: no
 * kind or job word in them, and the stations within `SHARED_AREA_M` of each other (one area, not a chain's name).
 */
function sharedNameParts(stations: readonly Station[]): Map<string, string[]> {
  const holders = new Map<string, Set<string>>();
  for (const st of stations)
    for (const f of stationForms(st.name))
      if (/^\p{Script=Han}{2,}$/u.test(f)) holders.set(f, (holders.get(f) ?? new Set()).add(st.id));
  const byId = new Map(stations.map((s) => [s.id, s]));
  const out = new Map<string, string[]>();
  for (const [form, set] of holders) {
    if (set.size < 2 || SHARED_PART_NOT_AREA.test(form) || PLACE_KIND_ONLY.test(form)) continue;
    // Nor a job word or a cut of one (动者 of 劳动者).
    if (JOB_WORDS.some((w) => form.includes(w) || w.includes(form))) continue;
    const at = [...set].map((id) => byId.get(id)!);
    const spread = Math.max(...at.flatMap((a) => at.map((b) => distanceMeters(a, b))));
    if (spread <= SHARED_AREA_M) out.set(form, [...set]);
  }
  return out;
}

/** Kind words and what follows a place's name in a station's (驿站, 之家, 服务, 司机, 快递): no area's name. */
const SHARED_PART_NOT_AREA = /站|之家|服务|工会|爱心|暖心|司机|快递|外卖|骑手|小哥|休息|中心|党群|职工|驿/u;

/** What kind of place it is, with no name (广场 of 文化广场 and 航运广场, 支行 of two banks'): no area. */
const PLACE_KIND_ONLY =
  /^(?:广场|支行|分行|银行|公园|大道|大街|街道|社区|商场|大厦|[东西南北中]?路|园区|市场)$/u;

/** The area a shared name part names: a place at its stations' midpoint. */
function sharedArea(form: string, ids: readonly string[], byId: ReadonlyMap<string, Anchor>): Anchor {
  const points = ids.map((id) => byId.get(id)!.point);
  const mid = (k: 'lat' | 'lon') => points.reduce((sum, p) => sum + p[k], 0) / points.length;
  return { kind: 'place', id: `${AREA_ID}${form}`, name: form, point: { lat: mid('lat'), lon: mid('lon') } };
}

export function stationAnchor(s: Station): Anchor {
  return { kind: 'station', id: s.id, name: s.name, point: { lat: s.lat, lon: s.lon } };
}

/**
 * Cities whose English name is not their pinyin (Urumqi is wulumuqi): the pack's own city in English is no other
 * city (sunburn is bad in Urumqi on the 乌鲁木齐 pack).
 */
const EXONYMS: Record<string, string> = {
  urumqi: '乌鲁木齐',
  hohhot: '呼和浩特',
  lhasa: '拉萨',
  harbin: '哈尔滨',
  macau: '澳门',
  'hong kong': '香港',
};

/** Two matches with no clause break (a space: punctuation is one after normalising) between them. */
function sameClause(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return !/\s/u.test(text.slice(first.end, second.start));
}
