/**
 * Station names and addresses — and every other place name: areas, landmarks, branches (`placeName`) — as a
 * reader of each locale should see them. Packs write them in simplified
 * Chinese; a zh-TW reader gets the characters converted (`forLocale`); an English reader gets the Chinese
 * followed by its pinyin reading — "定海路物流园暖心驿站 (Dinghai Lu Wuliuyuan Nuanxin Yizhan)" — so a worker who
 * reads no Chinese can say it out loud or match it to the sign. A pack's own variant (`variants.en.name`) wins.
 *
 *   stationName(station, 'en')   // '定海路物流园暖心驿站 (Dinghai Lu Wuliuyuan Nuanxin Yizhan)'
 *   romanized('杨浦区国定路335号')  // 'Yangpu Qu Guoding Lu 335 Hao'
 *   placeName('五角场', 'en')       // '五角场 (Wujiaochang)'
 *
 * The readings come from pinyin-pro (already the FAQ's, loaded on first use: core/dictionaries.ts), a word at a
 * time, so a character with several readings takes the one its word gives it (长安 Chang'an, 长阳 Changyang).
 * Words are split as place names are written in pinyin (GB/T 16159: proper name, then each generic word apart,
 * each capitalised: Dinghai Lu); the generic words are a short list below, longest first, with the words saying where
 * (对面 Duimian, 路口 Lukou) and those joining two roads (与 Yu); well-known places (landmarks.yaml) and the pack's own
 * names are words of their own, and what lies between is one proper name — cut only where the dictionary reads it as
 * words of two characters or more (上海财经 → Shanghai Caijing). Cached: a pack has few names.
 *
 *   romanized('中山东路与金山路路口')     // 'Zhongshan Donglu Yu Jinshan Lu Lukou'
 *   romanized('城南街道办事处对面公交站旁') // 'Chengnan Jiedao Banshichu Duimian Gongjiaozhan Pang'
 */
import type { Locale, Station } from '../content/schema.js';
import { pinyin } from '../dictionaries.js';
import { hasChinese, forLocale, inSimplified } from '../script.js';
import { areaShortForms } from '../content/names.js';
import { allLandmarks } from './landmarks.js';

/** Where, beside what: words apart (GB/T 16159: Duimian, Lukou), never part of a name. */
const POSITIONS = [
  '东侧',
  '西侧',
  '南侧',
  '北侧',
  '对面',
  '斜对面',
  '旁边',
  '附近',
  '隔壁',
  '门口',
  '入口',
  '出口',
  '路口',
  '交叉口',
  '十字路口',
  '交会处',
  '交汇处',
  '东北角',
  '东南角',
  '西北角',
  '西南角',
  '街边',
  '路边',
  '旁',
];

/** Words that end a road's name (中山东路, 吴中大道). */
const ROAD_WORDS = ['公路', '大道', '大街', '南路', '北路', '东路', '西路', '中路', '路', '街', '巷', '弄'];

/**
 * Words that say what kind of place or road, written apart in a reading (路 → Lu, 驿站 → Yizhan), a space between
 * two words of one (服务 站点); longest first where one holds another. A word missing here only joins its neighbour
 * (Wanda Guangchang stays readable).
 */
const GENERIC_WORDS = [
  // Stations and who they serve.
  '驿站',
  // Two words, as a reader says them (Fuwu Zhandian); 服务中心 and 新就业群体 too, by their parts.
  '服务 站点',
  '服务站',
  '服务点',
  '服务',
  '站点',
  '党群',
  '之家',
  '港湾',
  '暖心',
  '爱心',
  '户外',
  '劳动者',
  '骑手',
  '小哥',
  '司机',
  '快递',
  '外卖',
  '货车',
  '总工会',
  '工会',
  '新就业',
  '群体',
  '接力站',
  // Branches and committees (a branch's name read out: 美团外卖杨浦骑手支部 … Qishou Zhibu).
  '党委',
  '党支部',
  '党总支',
  '支部',
  '委员会',
  // Hosts: banks and their branches lend many stations a room.
  '银行',
  '支行',
  '分行',
  '农行',
  '工行',
  '建行',
  '中行',
  '交行',
  '网点',
  '营业厅',
  // Offices a station stands by (城南街道办事处对面, 工业区管委会对面).
  '办事处',
  '管委会',
  '居委会',
  '村委会',
  // Places.
  '渔港',
  '港口',
  '码头',
  '机场',
  '北站',
  '南站',
  '东站',
  '西站',
  '冷库',
  '冷链',
  '蓄车场',
  '出租车',
  '网约车',
  '加油站',
  '物流园',
  '产业园',
  '科技园',
  '工业园',
  '工业区',
  '开发区',
  '高新区',
  '保税区',
  '综合',
  '会展',
  '园区',
  '校区',
  '广场',
  '大厦',
  '中心',
  '商场',
  '商城',
  '菜场',
  '菜市场',
  '校门',
  '市场',
  '公园',
  '小区',
  '新村',
  '社区',
  '街道',
  '地铁站',
  '火车站',
  '高铁站',
  '公交站',
  '客运站',
  '汽车站',
  '体育场',
  '体育馆',
  '花园',
  '古镇',
  '古村',
  '古城',
  '老街',
  '医院',
  '大学',
  '营业部',
  '停车场',
  '食堂',
  '大堂',
  // Roads and numbers.
  '大桥',
  '桥堍',
  '桥头',
  ...ROAD_WORDS,
  '号楼',
  '号线',
  '号',
  '一楼',
  '二楼',
  '三楼',
  '一层',
  '二层',
  '三层',
  '楼上',
  '楼下',
  '东门',
  '西门',
  '南门',
  '北门',
  ...POSITIONS,
  '层',
  '室',
  '店',
  // Divisions.
  '省',
  '市',
  '区',
  '县',
  '镇',
  '乡',
  '村',
];
const GENERIC = GENERIC_WORDS.map((g) => g.replace(' ', '')).sort((a, b) => b.length - a.length);
/** A generic word's words (服务站点 → 服务, 站点). */
const GENERIC_PARTS = new Map(GENERIC_WORDS.map((g) => [g.replace(' ', ''), g.split(' ')]));

/** Road words: a connector after one joins two roads (中山东路与金山路). */
const ROADS = new Set(ROAD_WORDS);

/**
 * Words joining two places (与, 及; 和 only after a road: 和平路 is a name), written apart when they follow a generic
 * word (吴中大道与旺山路 → Wuzhong Dadao Yu Wangshan Lu), not glued to the next name (Yujinshan).
 */
const CONNECTORS = new Set(['与', '及', '和']);

/** 近 ("near") opening a note in brackets or after a comma (（近卸货区）, 东侧，近雕花楼): a word of its own. */
const LEADING = new Set(['近']);

/**
 * A stop's 站 or an island's 岛 after a name of two characters or more (胥口站1号口, 太湖香山站旁, 西山岛桥堍): apart only
 * where the name ends; 站前路 and 环岛公路 are names.
 */
const ENDINGS = new Set(['站', '岛']);

const readings = new Map<string, string>();

/** The pack in use's own place names (`knowPlaceNames`): words of their own in a reading, as landmarks are. */
let packPlaces = new Set<string>();
let placeWords: string[] | undefined;

/**
 * Read a pack's place names (its places and their aliases, its branches and their areas, its district's and city's
 * names, the towns of its stations' addresses) as words of their own: 辛寨子建设银行 reads Xinzhaizi Jianshe Yinhang,
 * not Xinzhaizijianshe Yinhang (QA8 #10); their short forms too (城南 of 城南街道, 长阳 of 长阳路). Called as a pack is
 * loaded: the names are that pack's alone, replacing the last pack's (a process serves one pack; a reload that drops
 * a place must not keep splitting at it, and another pack's 城南 must not split 商城南区), and readings made before
 * are read again.
 */
export function knowPlaceNames(names: Iterable<string>): void {
  const next = new Set([...names].filter((n) => /^\p{Script=Han}{2,}$/u.test(n)));
  if (next.size === packPlaces.size && [...next].every((n) => packPlaces.has(n))) return;
  packPlaces = next;
  placeWords = undefined;
  readings.clear();
}

/**
 * A place's name and its short forms: without an office or landmark suffix, without a road word and a direction
 * before it (南江滨 of 南江滨西大道: its east avenue reads Nanjiangbin Dong Dadao as its west one does).
 */
function placeForms(name: string): string[] {
  const road = [...ROADS]
    .sort((a, b) => b.length - a.length)
    .find((r) => name.endsWith(r) && [...name].length - [...r].length >= 2);
  const bare = road ? name.slice(0, -road.length) : undefined;
  const plain = bare && /^\p{Script=Han}{2,}[东西南北中]$/u.test(bare) ? bare.slice(0, -1) : bare;
  return [...areaShortForms(name), ...(plain ? [plain] : [])];
}

/**
 * Well-known places (stations/landmarks.yaml) and the pack's own, longest first: a name holding one reads it as a
 * word (Wujiaochang Wanda).
 */
function placesFirst(): string[] {
  if (placeWords) return placeWords;
  const named = [...new Set([...allLandmarks(), ...packPlaces])];
  // A short form holding another name (五角场万达 of 五角场万达广场, 仓山万达 of 仓山万达广场) would read as one word what
  // reads as two (Wujiaochang Wanda): not a word of its own.
  const short = [...packPlaces]
    .flatMap(placeForms)
    .filter((f) => !packPlaces.has(f) && !named.some((n) => n !== f && f.includes(n)));
  placeWords = [...new Set([...named, ...short])]
    .filter((w) => /^\p{Script=Han}{2,}$/u.test(w) && !GENERIC.includes(w))
    .sort((a, b) => b.length - a.length);
  return placeWords;
}

/** A word of a reading; `generic` for a generic word (路, 对面, 与): a connector may follow one. */
interface Word {
  text: string;
  generic: boolean;
}

/**
 * The text cut into words: generic words, the proper names between them — cut again at the places they hold
 * (`atPlaces`), and where the dictionary reads two words or more (`inWords`) — and runs of anything else.
 */
function words(text: string): string[] {
  const chars = [...text];
  const out: Word[] = [];
  let name = '';
  const flush = () => {
    if (name) for (const w of atPlaces(name)) out.push({ text: w, generic: false });
    name = '';
  };
  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    if (!hasChinese(ch)) {
      flush();
      let run = '';
      while (i < chars.length && !hasChinese(chars[i]!)) run += chars[i++];
      out.push({ text: run, generic: false });
      continue;
    }
    const rest = chars.slice(i).join('');
    const last = out[out.length - 1];
    // 与, 和 after a road; 近 after a bracket or a comma: a word apart.
    if (
      !name &&
      last &&
      ((CONNECTORS.has(ch) && last.generic && (ch !== '和' || ROADS.has(last.text))) ||
        (LEADING.has(ch) && !hasChinese(last.text)))
    ) {
      out.push({ text: ch, generic: true });
      i++;
      continue;
    }
    // A generic word at the very start of a name is part of it (路 of 路桥 is no road).
    const generic = GENERIC.find((g) => rest.startsWith(g) && (name || out.length || rest === g));
    if (generic) {
      // One character and a one-character generic word are one name (郭巷, 沿街, 陆巷古村 → Luxiang Gucun); not a
      // position (口旁: Kou Pang).
      if ([...name].length === 1 && [...generic].length === 1 && !POSITIONS.includes(generic)) {
        out.push({ text: name + generic, generic: false });
        name = '';
      } else {
        flush();
        for (const part of GENERIC_PARTS.get(generic)!) out.push({ text: part, generic: true });
      }
      i += [...generic].length;
      continue;
    }
    if (ENDINGS.has(ch) && [...name].length >= 2 && endsName(chars.slice(i + 1).join(''))) {
      flush();
      out.push({ text: ch, generic: true });
      i++;
      continue;
    }
    name += ch;
    i++;
  }
  flush();
  return out.map((w) => w.text);
}

/** What follows ends a name: nothing, something not Chinese, a generic word, or a direction and one (北入口). */
function endsName(after: string): boolean {
  const rest = /^[东西南北]/u.test(after) ? after.slice(1) : after;
  return (
    !after ||
    !hasChinese([...after][0]!) ||
    GENERIC.some((g) => after.startsWith(g) || (rest !== after && rest.startsWith(g)))
  );
}

/**
 * A proper name cut at the well-known and the pack's places it holds, leftmost and longest first (五角场万达 →
 * 五角场 万达, 辛寨子建设 → 辛寨子 建设), and what is left where the dictionary reads words (`inWords`). Generic words
 * are cut first: a place's name never splits one (南关岭物流 of 南关岭物流园 leaves 物流园 whole).
 */
function atPlaces(name: string): string[] {
  const out: string[] = [];
  let other = '';
  for (let i = 0; i < name.length;) {
    const place = placesFirst().find((w) => name.startsWith(w, i));
    if (!place) {
      other += name[i++];
      continue;
    }
    if (other) out.push(...inWords(other));
    other = '';
    out.push(...ofNames(place));
    i += place.length;
  }
  if (other) out.push(...inWords(other));
  return out;
}

/**
 * A place's name that starts with another known name and goes on for two characters or more (仓山万达 of 仓山万达广场,
 * 杨浦滨江, 长阳创谷): that name, then the rest read the same way — two words, as a reader says them.
 */
function ofNames(place: string): string[] {
  const head = placesFirst().find((w) => w.length < place.length - 1 && place.startsWith(w));
  return head ? [head, ...atPlaces(place.slice(head.length))] : [place];
}

let segmenter: Intl.Segmenter | undefined;

/**
 * A proper name of four characters or more cut where the dictionary (ICU's, in Node) reads words of two characters or
 * more each (上海财经 → 上海 财经, 事务受理 → 事务 受理); whole when any piece is one character (杨浦滨江 reads 杨|浦|滨|江,
 * 南江滨东 reads 南江|滨|东): a name the dictionary does not know stays one word rather than being cut wrongly.
 */
function inWords(name: string): string[] {
  if ([...name].length < 4) return [name];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const parts = [...segmenter.segment(name)].map((p) => p.segment);
  return parts.length > 1 && parts.every((p) => [...p].length >= 2) ? parts : [name];
}

/** One word's syllables joined, capitalised, with an apostrophe before a vowel (Chang'an, Xi'an). */
function joinSyllables(syllables: readonly string[]): string {
  const word = syllables.reduce((w, s) => (w && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `${w}'${s}` : w + s), '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The pinyin reading of a Chinese name or address, word by word; other characters kept (NFKC: （ → "("). */
export function romanized(text: string): string {
  const known = readings.get(text);
  if (known !== undefined) return known;
  // Each word read on its own, so its own characters decide a reading: over the whole text, 杨浦区长阳路 read
  // 区长 (district head) and gave Zhangyang Lu. A name in traditional characters is read as its simplified form: the
  // dictionary and the pack's place names are simplified, and 重慶路銀行 read Zhongqing Lu Yinxing, 車站 Juzhan, and
  // 五角場萬達 ran together as one word (stop 43).
  const parts = words(inSimplified(text)).map((w) =>
    hasChinese(w)
      ? joinSyllables(pinyin(w, { toneType: 'none', type: 'array', nonZh: 'removed' }))
      : w.normalize('NFKC').replace(/、/gu, ',').trim(),
  );
  const out = parts
    .filter(Boolean)
    .join(' ')
    .replace(/\( /g, '(')
    .replace(/ ([),;:])/g, '$1')
    .replace(/([,;:])(?=\p{L})/gu, '$1 ');
  if (readings.size < 2000) readings.set(text, out);
  return out;
}

/** Chinese followed by its reading, for an English reader; text with no Chinese as it is. */
function withReading(text: string): string {
  return hasChinese(text) ? `${text} (${romanized(text)})` : text;
}

/** What naming a station takes: its name, its address and the pack's variants of them. */
type Named = Pick<Station, 'name' | 'address'> & { variants?: Station['variants'] };

/**
 * A place's name (an area, a landmark, a branch, a station) as a `locale` reader sees it: the pack's own form for
 * that locale (`own`, its variant) when it has one, else converted (zh-TW) or followed by its reading (en).
 */
export function placeName(name: string, locale: Locale, own?: string): string {
  if (locale === 'zh-CN') return name;
  if (own) return own;
  return locale === 'en' ? withReading(name) : forLocale(locale, name);
}

/**
 * A place's name where the words can be in one language only — an HTML `<option>`, whose whole text takes one `lang`:
 * for an English reader its reading alone ("Wujiaochang"), the Chinese and its reading together ("五角场
 * (Wujiaochang)") being said in one voice, the pinyin in the Chinese one (stop 44); for others `placeName`.
 *
 *   placeReading('五角场', 'en')   // 'Wujiaochang'
 */
export function placeReading(name: string, locale: Locale, own?: string): string {
  if (locale !== 'en' || own) return placeName(name, locale, own);
  return hasChinese(name) ? romanized(name) : name;
}

/** A station's name or address as a `locale` reader sees it. */
function readable(station: Named, field: 'name' | 'address', locale: Locale): string {
  return placeName(
    station[field],
    locale,
    locale === 'zh-CN' ? undefined : station.variants?.[locale]?.[field],
  );
}

/** A station's name as a `locale` reader sees it. */
export const stationName = (station: Named, locale: Locale): string => readable(station, 'name', locale);

/** A station's address, the same way. */
export const stationAddress = (station: Named, locale: Locale): string =>
  readable(station, 'address', locale);
