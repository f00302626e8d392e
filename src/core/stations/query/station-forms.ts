/**
 * Forms a station is named by beyond its name as written, derived from it: without the job words of whom it serves,
 * its place name with the kind of place in English, an English alias without its generic last word, a road its
 * address names without the area before it, a bank by its short name.
 */
import { pinyinOf } from '../../content/names.js';
import { normalize } from '../../faq/normalize.js';

/** Who a station serves, written before its kind (长阳创谷骑手党群服务站, 南山工会户外劳动者服务站). */
export const JOB_WORDS = ['新就业群体', '户外劳动者', '劳动者', '快递员', '外卖', '骑手', '小哥', '司机'];

/** A form that ends with a job word or is cut inside one (货车司 of 货车司机之家). */
export function jobWord(form: string): boolean {
  return JOB_WORDS.some((w) => [...w].some((_, i) => form.endsWith(w.slice(0, i + 1))));
}

/** A station's core without the job words at its end (长阳创谷骑手 → 长阳创谷); undefined when none. */
export function withoutJobWords(core: string): string | undefined {
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
export function latinForms(core: string): string[] {
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
export function kindForms(core: string): string[] {
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
export function withoutPlace(road: string, places: readonly string[]): string[] {
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
export function latinShort(alias: string): string[] {
  const words = normalize(alias).split(' ').filter(Boolean);
  if (words.length < 2 || !words.every((w) => /^[a-z]+$/.test(w))) return [];
  if (!GENERIC_LATIN.has(words[words.length - 1]!)) return [];
  const short = words.slice(0, -1).join(' ');
  return short.length >= 4 && !GENERIC_LATIN.has(short) ? [short] : [];
}

/** Banks as workers name them (a relay station is often in a branch). */
export const BANK_SHORT_NAMES: [string, string][] = [
  ['建设银行', '建行'],
  ['工商银行', '工行'],
  ['农业银行', '农行'],
  ['中国银行', '中行'],
  ['交通银行', '交行'],
  ['招商银行', '招行'],
  ['邮政储蓄银行', '邮储'],
  ['农村商业银行', '农商行'],
];
