/**
 * The pack's area index, built once per pack: every name that stands for an area (branch areas and their short
 * forms, landmarks, stations, English and pinyin forms, bare stems), the landmarks located by area, and the
 * places and stations whose names give no area (for the author).
 */
import {
  areaFormMap,
  compactName,
  pinyinOf,
  pinyinReadings,
  stationCore,
  stationFormMap,
} from '../../content/names.js';
import { builtOf } from '../../content/own-pack.js';
import type { ContentPack, Place } from '../../content/schema.js';
import { withProvince } from '../../stations/districts.js';
import { englishPlaceForms, plainPlaceEnglish } from './place-english.js';
import { namedIn } from './place-names.js';
import { isLatinTerm, normaliseReportText } from './words.js';

/** A road or estate name and its stem: 国定路 → 国定, 鞍山新村 → 鞍山, 江湾体育场 → 江湾. */
const STEM_OF = /^(\p{Script=Han}{2,4}?)(?:大道|大街|路|街|新村|体育场|体育馆|体育中心)$/u;

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

export function areaIndex(pack: ContentPack): AreaIndex {
  const cached = areaIndexes.get(builtOf(pack));
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
  areaIndexes.set(builtOf(pack), index);
  return index;
}

export function nearest(
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
