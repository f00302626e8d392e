/**
 * The phrases that name the pack's places and stations: places by their names, aliases and derived forms; stations by
 * their names, aliases and the derived parts no other station or place shares (two-character ones, `weak`, only beside
 * a station word); the area several stations' names share; a bank by its short name. Also what the reader keeps of
 * them: the names as written, the Chinese names for a homophone, the Latin names run together.
 */
import { plainErhua } from '../../faq/dialect.js';
import type { Lexicon } from '../../faq/lexicon.js';
import { normalize } from '../../faq/normalize.js';
import {
  areaForms,
  compactName,
  pinyinOf,
  stationCore,
  stationCoreStages,
  stationFormMap,
  stationForms,
} from '../../content/names.js';
import { homeNames } from '../districts.js';
import {
  addressLandmarks,
  addressRoads,
  leadingPinyin,
  transportEnglish,
  mixedPinyin,
  railwayEnglish,
  ringRoadEnglish,
  scriptRuns,
} from '../name-forms.js';
import { sharedArea, sharedNameParts } from './shared-areas.js';
import {
  BANK_SHORT_NAMES,
  jobWord,
  kindForms,
  latinForms,
  latinShort,
  withoutJobWords,
  withoutPlace,
} from './station-forms.js';
import { stationAnchor, type Anchor, type HomeNames, type Phrase, type ReaderPack } from './types.js';

export interface NamePhrases {
  phrases: [string, Phrase][];
  /** The places' names and forms, compacted. */
  placeNames: Set<string>;
  /** Station names and aliases as the pack writes them, compacted. */
  written: Set<string>;
  /** Chinese station names and forms of three characters or more, for a name typed with one homophone. */
  spoken: { form: string; anchor: Anchor }[];
  /** Latin station names without their spaces (dianzizhengjie), undefined where two stations share one. */
  joined: Map<string, Anchor | undefined>;
}

export function namePhrases(
  pack: ReaderPack,
  lex: Lexicon,
  { home, homePinyin, district }: HomeNames,
): NamePhrases {
  const spoken: { form: string; anchor: Anchor }[] = [];
  const joined = new Map<string, Anchor | undefined>();

  const phrases: [string, Phrase][] = [];
  // Places first: when a place and a station share a name, "near X" means the place.
  const placeNames = new Set<string>();
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
  // A derived part that names a job (货车司机 of 货车司机之家) is what the asker does, not where:
  // "货车司机能进驿站吗" names no station. Names and aliases as written always count.
  const named = (form: string) => written.has(form) || !jobWord(form);
  const strong = (form: string, anchor: Anchor) => {
    phrases.push([form, { type: 'anchor', anchor }]);
    if (/^\p{Script=Han}{3,}$/u.test(form)) spoken.push({ form: plainErhua(form), anchor });
    const latin = normalize(form);
    if (/^[a-z ]{6,}$/.test(latin)) {
      const key = latin.replace(/ /g, '');
      const had = joined.get(key);
      joined.set(key, joined.has(key) && had?.id !== anchor.id ? undefined : anchor);
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

  return { phrases, placeNames, written, spoken, joined };
}
