/**
 * The forms a worker uses for a name the pack writes out in full, derived from the name itself so that
 * a new district's pack works without listing them: 五角场 for 五角场街道, 控江 for 控江路街道, 定海路 for
 * 定海路暖心驿站, Wujiaochang for 五角场. Traditional script needs no forms of its own: every text is
 * compared after `normalize` (traditional → simplified). Authors list only what cannot be derived
 * (nicknames) as aliases.
 *
 *   areaForms('控江路街道')          // → ['控江路街道', '控江路', '控江', 'kongjianglu', 'kongjiang', …]
 *   stationCore('定海路物流园暖心驿站') // → '定海路物流园'
 */
import { pinyin } from '../dictionaries.js';
import { normalize, withoutHanSpaces } from '../faq/normalize.js';

/** Office and administrative suffixes: what is left is what people call the place. */
const AREA_SUFFIXES = [
  '街道办事处',
  '街道办',
  '街道',
  '社区',
  // What a town's old quarter or a sight is called (甪直古镇, 陆巷古村, 西樵山风景区): people say 甪直, Luzhi.
  '古镇',
  '古村',
  '古城',
  '老街',
  '风景区',
  '景区',
  '镇',
  '乡',
  '地区',
  '片区',
  '商圈',
  '商务中心',
  '中心',
  '广场',
  '公园',
  '园区',
  '地铁站',
  '高铁站',
];
/** Road words, stripped only after an office suffix (控江路街道 → 控江): 国定路 alone stays 国定路. */
const ROAD_SUFFIXES = ['大道', '大街', '路', '街'];
/** A direction and a kind of road or place, and nothing else (东路, 南大街, 北口). */
const DIRECTION_KIND = /^[东西南北中上下前后]+(?:路|街|大街|道|大道|巷|段|口|门|站|广场)$/u;
/** Words that say what kind of place, not which: never a place's short form on their own. */
const KIND_WORDS = new Set([
  ...AREA_SUFFIXES,
  ...ROAD_SUFFIXES,
  '大学',
  '大学城',
  '科技园',
  '体育场',
  '火车站',
  '新村',
  '小区',
  '码头',
]);
/** What stations are called, longest first; the rest of the name is the part that tells them apart. */
const STATION_SUFFIXES = [
  '新就业群体服务站点',
  '新就业群体服务站',
  '新就业群体驿站',
  '党群服务中心',
  '党群服务站',
  '暖心驿站',
  '小哥驿站',
  '骑手驿站',
  '爱心驿站',
  '户外劳动者驿站',
  '劳动者港湾',
  '爱心接力站',
  '服务站点',
  '服务中心',
  '服务站',
  '服务点',
  '接力站',
  '驿站',
  '之家',
  '港湾',
];
/** Words inside a station's name that say what it is rather than where (社区暖心驿站 → the place is before 社区). */
const STATION_FILLERS = ['社区', '街道'];

/** Normalised, without spaces between Chinese characters. */
export function compactName(text: string): string {
  return withoutHanSpaces(normalize(text));
}

function stripSuffix(name: string, suffixes: readonly string[]): string | undefined {
  for (const s of suffixes)
    if (name.endsWith(s) && [...name].length - [...s].length >= 2) return name.slice(0, -s.length);
  return undefined;
}

/** A direction in a Chinese name in English (思明北路, 北三环, 杭州西站, 长安中路): the usual word first. */
export const DIRECTIONS_EN: Readonly<Record<string, readonly string[]>> = {
  东: ['east'],
  南: ['south'],
  西: ['west'],
  北: ['north'],
  中: ['middle', 'central'],
};

/** Toneless pinyin of a Chinese name, run together (五角场 → wujiaochang); undefined for other text. */
export function pinyinOf(name: string): string | undefined {
  if (!/^\p{Script=Han}+$/u.test(name)) return undefined;
  return pinyin(name, { toneType: 'none', type: 'array', v: true }).join('');
}

/**
 * Every toneless pinyin reading of a Chinese name, the usual one first: a character with several
 * readings (厦 sha/xia in 湾厦路, 行 xing/hang) is spelled either way on signs and by people.
 * At most `max` readings, so a name full of such characters stays cheap.
 */
export function pinyinReadings(name: string, max = 4): string[] {
  const usual = pinyinOf(name);
  if (!usual) return [];
  let out = [''];
  for (const ch of name) {
    const options = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true });
    out = out.flatMap((p) => options.map((o) => p + o)).slice(0, max * 4);
  }
  return [...new Set([usual, ...out])].slice(0, max);
}

/**
 * An area's Chinese names: as written (compacted), without its office or landmark suffix (城南 of 城南街道, 甪直 of
 * 甪直古镇), and that without a road word (控江 of 控江路街道). No pinyin: cheap, and no dictionary loaded.
 */
export function areaShortForms(full: string): string[] {
  const out = [full];
  const short = stripSuffix(full, AREA_SUFFIXES);
  if (short) {
    out.push(short);
    const bare = stripSuffix(short, ROAD_SUFFIXES);
    if (bare) out.push(bare);
  }
  return out;
}

/**
 * The towns and street offices an address is in (郭巷 of 吴中区郭巷街道…, 甪直 of 吴中区甪直镇…): right after the
 * district, county or city, two or three characters before 街道, 镇 or 乡.
 */
export function addressTowns(address: string): string[] {
  return [...address.matchAll(/(?<=[区县市])(\p{Script=Han}{2,3}?)(?:街道|镇|乡)/gu)].map((m) => m[1]!);
}

/** An area's name and its derived forms (normalised), longest first. */
export function areaForms(name: string): string[] {
  const out = new Set<string>(areaShortForms(compactName(name)));
  // Two syllables are enough for a place (Xili, Shekou): reports match Latin forms as whole words only.
  for (const f of [...out]) {
    if ([...f].length < 2) continue;
    for (const py of pinyinReadings(f)) if (py.length >= 4) out.add(py);
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/** A station's distinguishing part: its name without the kind of station (合生汇暖心驿站 → 合生汇). */
export function stationCore(name: string): string {
  let core = compactName(name);
  for (let again = true; again;) {
    again = false;
    const s = stripSuffix(core, STATION_SUFFIXES) ?? stripSuffix(core, STATION_FILLERS);
    if (s) {
      core = s;
      again = true;
    }
  }
  return core;
}

/**
 * The name at each step of `stationCore`'s stripping, longest first, without the full name and the core
 * (大桥街道社区暖心驿站 → 大桥街道社区, 大桥街道): workers say "大桥街道那个驿站" as often as "大桥驿站".
 */
export function stationCoreStages(name: string): string[] {
  const out: string[] = [];
  let core = compactName(name);
  for (;;) {
    const s = stripSuffix(core, STATION_SUFFIXES) ?? stripSuffix(core, STATION_FILLERS);
    if (!s) break;
    core = s;
    out.push(core);
  }
  return out.slice(0, -1);
}

/**
 * Partial names of a station: its core, and the core's leading and trailing parts of at least two
 * characters (定海路 and 物流园 for 定海路物流园), plus the pinyin of the core. Callers drop the forms
 * that several stations share.
 */
export function stationForms(name: string): string[] {
  const full = compactName(name);
  const core = stationCore(name);
  const out = new Set<string>([full, core]);
  const chars = [...core];
  if (/^\p{Script=Han}+$/u.test(core) && chars.length >= 3) {
    for (let n = 2; n < chars.length; n++) {
      out.add(chars.slice(0, n).join(''));
      out.add(chars.slice(chars.length - n).join(''));
    }
  }
  const py = pinyinOf(core);
  if (py && py.length >= 6) out.add(py);
  return [...out].filter((f) => [...f].length >= 2);
}

/**
 * Area names (as branches.yaml writes them) by every form a text may use: the name, the author's
 * aliases and the derived forms. Returns the area a form stands for, or undefined.
 */
export function areaLookup(
  branches: readonly { name?: string; areas: readonly string[]; areaAliases?: Record<string, string[]> }[],
): (form: string) => string | undefined {
  const map = areaFormMap(branches);
  return (form) => map.get(compactName(form));
}

/**
 * Whether a text names an area (as `areaLookup` finds one). A name or alias written out as in
 * branches.yaml is answered at once; only other forms derive the rest (pinyin, traditional script), so a
 * pack whose routing rules write area names out loads without the dictionaries (core/dictionaries.ts).
 */
export function areaNamed(
  branches: readonly { name?: string; areas: readonly string[]; areaAliases?: Record<string, string[]> }[],
): (form: string) => boolean {
  const written = new Set(
    branches.flatMap((b) => b.areas.flatMap((a) => [a, ...(b.areaAliases?.[a] ?? [])])),
  );
  let lookup: ((form: string) => string | undefined) | undefined;
  // A name with no letter or digit normalises to nothing, which names no area.
  return (form) =>
    (written.has(form) && /[\p{L}\p{N}]/u.test(form)) ||
    (lookup ??= areaLookup(branches))(form) !== undefined;
}

/** Form → area name, for every area of every branch; a form two areas share is kept by the first. */
export function areaFormMap(
  branches: readonly { name?: string; areas: readonly string[]; areaAliases?: Record<string, string[]> }[],
): Map<string, string> {
  const map = new Map<string, string>();
  // Names and aliases first, so a derived form never takes a name another area was given outright.
  for (const b of branches)
    for (const a of b.areas)
      for (const n of [a, ...(b.areaAliases?.[a] ?? [])]) {
        const k = compactName(n);
        if (k && !map.has(k)) map.set(k, a);
      }
  for (const b of branches)
    for (const a of b.areas)
      for (const n of [a, ...(b.areaAliases?.[a] ?? [])])
        for (const f of areaForms(n)) if (!map.has(f)) map.set(f, a);
  // An area named after another one drops it in speech: 渔港 for 蛇口渔港 beside 蛇口街道.
  const forms = [...map.keys()].filter((f) => /^\p{Script=Han}{2,}$/u.test(f));
  for (const b of branches)
    for (const a of b.areas) {
      const full = compactName(a);
      for (const f of forms) {
        const rest = full.slice(f.length);
        if (!full.startsWith(f) || [...rest].length < 2 || map.get(f) === a || KIND_WORDS.has(rest)) continue;
        // 东路 of 火车站东路 is a direction and a kind, no name: it would match every 东路 (东岗东路).
        if (DIRECTION_KIND.test(rest)) continue;
        if (!map.has(rest)) map.set(rest, a);
      }
    }
  // A street office's own name (控江路街道, 控江) stands for the first area it covers.
  for (const b of branches)
    if (b.name && b.areas[0] && /(街道|镇|乡)(办事处|办)?$/.test(b.name))
      for (const f of areaForms(b.name)) if (!map.has(f)) map.set(f, b.areas[0]);
  return map;
}

/**
 * Every form (normalised) by which a text may name a station → the station's id: full names and
 * aliases as written, then the derived partial names (stationForms) that no other station shares and
 * that are not a place or area name (those mean the place). Longest forms first.
 */
export function stationFormMap(
  stations: readonly { id: string; name: string; aliases: readonly string[] }[],
  reserved: ReadonlySet<string> = new Set(),
  /** Shortest derived form kept: 2-character parts (杨浦, 小区) name too many other things in a report. */
  minDerived = 3,
): Map<string, string> {
  const exact = new Map<string, string>();
  for (const s of stations)
    for (const n of [s.name, ...s.aliases]) {
      const k = compactName(n);
      if (k && !exact.has(k)) exact.set(k, s.id);
    }
  const derived = new Map<string, Set<string>>();
  // Parts of the name only: an alias is already what people say, and its parts (同济附近 → 附近) are not names.
  for (const s of stations)
    for (const f of stationForms(s.name)) derived.set(f, (derived.get(f) ?? new Set()).add(s.id));
  const cores = new Set(stations.map((s) => stationCore(s.name)));
  const out = new Map(exact);
  for (const [f, ids] of derived)
    if (ids.size === 1 && ([...f].length >= minDerived || cores.has(f)) && !out.has(f) && !reserved.has(f))
      out.set(f, [...ids][0]!);
  return new Map([...out.entries()].sort((a, b) => b[0].length - a[0].length));
}
