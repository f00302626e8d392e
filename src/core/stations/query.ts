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
import { loadLexicon, type Cue } from '../faq/lexicon.js';
import { normalize } from '../faq/normalize.js';
import { PhraseMatcher } from '../faq/phrases.js';
import { areaForms, compactName, pinyinOf, stationCoreStages, stationFormMap } from '../content/names.js';
import type { GeoPoint } from '../types.js';

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
}

type Phrase =
  /** `weak`: a two-character part of a station's name, which names it only beside a station word (南头那个接力站). */
  | { type: 'anchor'; anchor: Anchor; weak?: boolean }
  | { type: 'service'; service: Service }
  | { type: 'cue'; cue: Cue }
  | { type: 'elsewhere' };

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
  shower: ['洗澡', '冲凉', '洗个澡', 'shower'],
  umbrella: ['雨伞', '借伞', '借把伞', 'umbrella'],
  lockers: ['储物柜', '寄存', '存包', '存东西', 'locker', 'lockers'],
  'drinking-water': ['饮用水', '喝水', '直饮水', '打水', 'drinking water'],
  medicine: ['药品', '常用药', '药箱', 'medicine'],
  'first-aid': ['急救箱', '急救包', '急救用品', 'first aid', 'first aid kit'],
  washing: ['洗衣服', '洗衣机', '洗衣', 'laundry'],
};

export class StationQueryReader {
  private readonly matcher: PhraseMatcher<Phrase>;
  private readonly stations: readonly Station[];
  private readonly stop: ReadonlySet<string>;
  /** `where` words that ask for what is around a place (lexicon.yaml `near`). */
  private readonly near: ReadonlySet<string>;

  constructor(
    pack: Pick<ContentPack, 'places' | 'stations' | 'synonyms' | 'settings'>,
    labels: Record<Service, string[]>,
  ) {
    const lex = loadLexicon();
    this.stop = new Set(lex.stopwords);
    this.stations = pack.stations;
    const phrases: [string, Phrase][] = [];
    // Places first: when a place and a station share a name, "near X" means the place.
    const placeNames = new Set<string>();
    for (const p of pack.places) {
      const anchor: Anchor = { kind: 'place', id: p.id, name: p.name, point: { lat: p.lat, lon: p.lon } };
      // Derived forms too: office and landmark suffixes stripped, pinyin (areaForms).
      for (const n of [p.name, ...p.aliases].flatMap((x) => [x, ...areaForms(x), ...latinShort(x)])) {
        placeNames.add(compactName(n));
        phrases.push([n, { type: 'anchor', anchor }]);
      }
    }
    // Stations by their names, aliases and the derived parts no other station or place shares
    // (定海路 for 定海路物流园暖心驿站, 合生汇 for 合生汇暖心驿站, the pinyin of the part).
    const byId = new Map(pack.stations.map((s) => [s.id, stationAnchor(s)]));
    const stationForms = stationFormMap(pack.stations, placeNames);
    for (const [form, id] of stationForms) phrases.push([form, { type: 'anchor', anchor: byId.get(id)! }]);
    // The name part-way stripped (大桥街道 for 大桥街道社区暖心驿站) and an English alias without its
    // generic last word (Wanda for Wanda Plaza), when no other station or place has it.
    const extra = new Map<string, Set<string>>();
    for (const s of pack.stations)
      for (const f of [...stationCoreStages(s.name), ...s.aliases.flatMap(latinShort)])
        extra.set(f, (extra.get(f) ?? new Set()).add(s.id));
    for (const [form, ids] of extra)
      if (ids.size === 1 && !stationForms.has(form) && !placeNames.has(form) && [...form].length >= 3)
        phrases.push([form, { type: 'anchor', anchor: byId.get([...ids][0]!)! }]);
    // Job words (骑手 in 大冲美团骑手之家) are not a station's name: "非骑手能进驿站吗" names no station.
    const generic = new Set([...placeNames, ...lex.context.map(compactName)]);
    for (const [form, id] of stationFormMap(pack.stations, generic, 2))
      if ([...form].length === 2) phrases.push([form, { type: 'anchor', anchor: byId.get(id)!, weak: true }]);
    const words = serviceWords(labels, pack.synonyms);
    for (const [service, extra] of Object.entries(EVERYDAY_SERVICE_WORDS) as [Service, string[]][])
      words[service] = [...words[service], ...extra];
    for (const s of STATION_SERVICES)
      for (const w of words[s]) phrases.push([w, { type: 'service', service: s }]);
    for (const [cue, list] of Object.entries(lex.cues) as [Cue, string[]][])
      if (cue !== 'near') for (const w of list) phrases.push([w, { type: 'cue', cue }]);
    this.near = new Set(lex.cues.near.map(normalize));
    // Other cities, except the pack's own (上海 for 上海市杨浦区). In one matcher with the places, so that
    // 大连路 (a road here) is a place and not the city 大连.
    const home = normalize(pack.settings.district.name);
    const homePinyin = [...home].map((ch) => pinyinOf(ch) ?? ch).join('');
    for (const c of lex.elsewhere) {
      const n = normalize(c);
      if (!home.includes(n) && !homePinyin.includes(n.replace(/ /g, '')))
        phrases.push([c, { type: 'elsewhere' }]);
    }
    this.matcher = new PhraseMatcher(phrases);
  }

  /**
   * The one station whose name or aliases contain `place` and share the most character pairs with the
   * question; undefined when none does or two tie.
   */
  private stationNamed(question: string, place: string): Anchor | undefined {
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
      const score = [...q].filter((p) => own.has(p)).length;
      if (!best || score > best.score) [best, tie] = [{ s, score }, false];
      else if (score === best.score) tie = true;
    }
    return best && !tie ? stationAnchor(best.s) : undefined;
  }

  /** Read an already normalised question. */
  read(text: string): StationQuery {
    const hits = this.matcher.find(text);
    const cues: Record<Cue, boolean> = {
      where: false,
      near: false,
      hours: false,
      allDay: false,
      details: false,
      station: false,
    };
    const services = new Set<Service>();
    let elsewhere = false;
    let anchor: { anchor: Anchor; length: number; text: string } | undefined;
    /** The longest station name: it beats a place (新江湾城农行: the bank's station, not the area). */
    let station: { anchor: Anchor; length: number; text: string } | undefined;
    let weak: Anchor | undefined;
    let covered = 0;
    for (const h of hits) {
      covered += h.end - h.start;
      const v = h.value;
      if (v.type === 'cue') {
        cues[v.cue] = true;
        if (v.cue === 'where' && this.near.has(text.slice(h.start, h.end))) cues.near = true;
      }
      else if (v.type === 'elsewhere') elsewhere = true;
      else if (v.type === 'service') services.add(v.service);
      else if (v.weak) weak ??= v.anchor;
      else {
        const found = { anchor: v.anchor, length: h.end - h.start, text: text.slice(h.start, h.end) };
        if (!anchor || found.length > anchor.length) anchor = found;
        if (v.anchor.kind === 'station' && (!station || found.length > station.length)) station = found;
      }
    }
    if (!anchor && weak && cues.station) anchor = { anchor: weak, length: 2, text: '' };
    // A station and a place both named, asked about without "near": the station.
    if (station && anchor?.anchor.kind === 'place' && !cues.near) anchor = station;
    // "定海路驿站有厕所没", "建行控江路那个接力站…": a place named as a station's — the station of that name.
    if (anchor?.anchor.kind === 'place' && (cues.station || cues.hours) && !cues.near) {
      const station = this.stationNamed(text, anchor.text);
      if (station) anchor.anchor = station;
    }
    const words = text.split(' ').filter((w) => w && !this.stop.has(w));
    const letters = words.join('').replace(/[^\p{L}\p{N}]/gu, '').length;
    return {
      ...(anchor ? { anchor: anchor.anchor } : {}),
      services: [...services],
      cues,
      elsewhere,
      rest: Math.max(0, letters - covered),
    };
  }
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

export function stationAnchor(s: Station): Anchor {
  return { kind: 'station', id: s.id, name: s.name, point: { lat: s.lat, lon: s.lon } };
}
