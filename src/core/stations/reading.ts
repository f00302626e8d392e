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
 * each capitalised: Dinghai Lu); the generic words are a short list below, longest first, well-known places
 * (landmarks.yaml) are words of their own, and what lies between is one proper name. Cached: a pack has few names.
 */
import type { Locale, Station } from '../content/schema.js';
import { pinyin } from '../dictionaries.js';
import { hasChinese, forLocale } from '../script.js';
import { allLandmarks } from './landmarks.js';

/**
 * Words that say what kind of place or road, written apart in a reading (路 → Lu, 驿站 → Yizhan); longest first
 * where one holds another. A word missing here only joins its neighbour (Wanda Guangchang stays readable).
 */
const GENERIC = [
  // Stations and who they serve.
  '驿站',
  '服务站点',
  '服务站',
  '服务点',
  '服务中心',
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
  '新就业群体',
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
  '园区',
  '广场',
  '大厦',
  '中心',
  '商场',
  '市场',
  '公园',
  '小区',
  '新村',
  '社区',
  '街道',
  '地铁站',
  '火车站',
  '高铁站',
  '医院',
  '大学',
  '营业部',
  '停车场',
  '食堂',
  '大堂',
  // Roads and numbers.
  '大道',
  '大街',
  '南路',
  '北路',
  '东路',
  '西路',
  '中路',
  '路',
  '街',
  '巷',
  '弄',
  '号楼',
  '号',
  '一楼',
  '二楼',
  '三楼',
  '楼上',
  '楼下',
  '东门',
  '西门',
  '南门',
  '北门',
  '东侧',
  '西侧',
  '南侧',
  '北侧',
  '旁',
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
].sort((a, b) => b.length - a.length);

const readings = new Map<string, string>();

/** The loaded packs' own place names (`knowPlaceNames`): words of their own in a reading, as landmarks are. */
const packPlaces = new Set<string>();
let placeWords: string[] | undefined;

/**
 * Read a pack's place names (its places and their aliases, its branches' areas) as words of their own: 辛寨子建设银行
 * reads Xinzhaizi Jianshe Yinhang, not Xinzhaizijianshe Yinhang (QA8 #10). Called as a pack is loaded; readings made
 * before are read again.
 */
export function knowPlaceNames(names: Iterable<string>): void {
  let added = false;
  for (const n of names)
    if (/^\p{Script=Han}{2,}$/u.test(n) && !packPlaces.has(n)) {
      packPlaces.add(n);
      added = true;
    }
  if (!added) return;
  placeWords = undefined;
  readings.clear();
}

/**
 * Well-known places (stations/landmarks.yaml) and the pack's own, longest first: a name holding one reads it as a
 * word (Wujiaochang Wanda).
 */
function placesFirst(): string[] {
  placeWords ??= [...new Set([...allLandmarks(), ...packPlaces])]
    .filter((w) => /^\p{Script=Han}{2,}$/u.test(w))
    .sort((a, b) => b.length - a.length);
  return placeWords;
}

/**
 * The text cut into words: generic words, the proper names between them — cut again at the places they hold
 * (`atPlaces`) — and runs of anything else.
 */
function words(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let name = '';
  const flush = () => void (name && out.push(...atPlaces(name)), (name = ''));
  for (let i = 0; i < chars.length;) {
    const ch = chars[i]!;
    if (!hasChinese(ch)) {
      flush();
      let run = '';
      while (i < chars.length && !hasChinese(chars[i]!)) run += chars[i++];
      out.push(run);
      continue;
    }
    const rest = chars.slice(i).join('');
    // A generic word at the very start of a name is part of it (路 of 路桥 is no road).
    const generic = GENERIC.find((g) => rest.startsWith(g) && (name || out.length || rest === g));
    if (generic) {
      flush();
      out.push(generic);
      i += [...generic].length;
      continue;
    }
    name += ch;
    i++;
  }
  flush();
  return out;
}

/**
 * A proper name cut at the well-known and the pack's places it holds, leftmost and longest first (五角场万达 →
 * 五角场 万达, 辛寨子建设 → 辛寨子 建设). Generic words are cut first: a place's name never splits one (南关岭物流 of
 * 南关岭物流园 leaves 物流园 whole).
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
    if (other) out.push(other);
    other = '';
    out.push(place);
    i += place.length;
  }
  if (other) out.push(other);
  return out;
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
  // 区长 (district head) and gave Zhangyang Lu.
  const parts = words(text).map((w) =>
    hasChinese(w)
      ? joinSyllables(pinyin(w, { toneType: 'none', type: 'array', nonZh: 'removed' }))
      : w.normalize('NFKC').trim(),
  );
  const out = parts.filter(Boolean).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')');
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
