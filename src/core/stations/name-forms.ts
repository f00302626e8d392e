/**
 * More ways workers name a station whose name an author wrote their own way: names mixing scripts
 * (望京SOHO, 798艺术区) and names said by their first syllables in pinyin (gongti for 工体北路).
 * `StationQueryReader` keeps a form only when no other station or place has it.
 *
 *   scriptRuns('798艺术区')      // → ['798', '艺术区']
 *   mixedPinyin('望京soho')      // → ['wangjing soho']
 *   leadingPinyin('工体北路')    // → ['gongti', 'gongtibei']
 */
import { DIRECTIONS_EN, pinyinOf } from '../content/names.js';

/** Runs of one script in a compact name: Chinese characters, Latin letters, digits. */
function runs(name: string): string[] {
  return name.match(/\p{Script=Han}+|[a-z]+|[0-9]+/gu) ?? [];
}

/**
 * The parts of a name that mixes scripts, each a name on its own: digits of three or more (798), Latin
 * words of three letters or more (soho), Chinese parts of two characters or more (艺术区).
 */
export function scriptRuns(name: string): string[] {
  const parts = runs(name);
  if (parts.length < 2) return [];
  return parts.filter((p) => (/^\p{Script=Han}/u.test(p) ? [...p].length >= 2 : p.length >= 3));
}

/** A mixed-script name with its Chinese parts in pinyin (望京soho → "wangjing soho"). */
export function mixedPinyin(name: string): string[] {
  const parts = runs(name);
  if (parts.length < 2 || !parts.some((p) => /^\p{Script=Han}/u.test(p))) return [];
  return [parts.map((p) => pinyinOf(p) ?? p).join(' ')];
}

/** The pinyin of a Chinese name's leading parts (工体 and 工体北 of 工体北路): workers shorten from the front. */
export function leadingPinyin(core: string): string[] {
  const chars = [...core];
  if (!/^\p{Script=Han}+$/u.test(core) || chars.length < 3) return [];
  const out: string[] = [];
  for (let n = 2; n < chars.length; n++) {
    const py = pinyinOf(chars.slice(0, n).join(''));
    if (py) out.push(py);
  }
  return out;
}

const RING_NUMBERS: Record<string, [string, string]> = {
  二: ['2nd', 'second'],
  三: ['3rd', 'third'],
  四: ['4th', 'fourth'],
  五: ['5th', 'fifth'],
  六: ['6th', 'sixth'],
};

/**
 * A name that starts with a numbered ring road (北三环货车司机之家) in English, as drivers say it:
 * "north 3rd ring", "3rd ring north", "north third ring".
 */
export function ringRoadEnglish(core: string): string[] {
  const m = /^([东南西北])([二三四五六])环/u.exec(core);
  if (!m) return [];
  const dir = DIRECTIONS_EN[m[1]!]![0]!;
  const [ordinal, word] = RING_NUMBERS[m[2]!]!;
  return [
    `${dir} ${ordinal} ring`,
    `${ordinal} ring ${dir}`,
    `${dir} ${word} ring`,
    `${dir} ${ordinal} ring road`,
  ];
}

/** The address with the district's name, and each piece of it between 省 and 市 (广东, 广州, 海珠区), blanked out. */
function withoutDistrict(address: string, district: string): string {
  let text = address;
  for (const part of [district, ...district.split(/[省市]/u)].filter((p) => [...p].length >= 2))
    text = text.split(part).join(' ');
  return text;
}

/**
 * The roads a station's address names (东明路 of 金水区东明路燕庄社区…, 朱雀大街 of 朱雀大街南段…): workers
 * name a station by its road when its name does not ("雁翔路那个驿站"). `district` (compacted) is cut first.
 */
export function addressRoads(address: string, district: string): string[] {
  const text = withoutDistrict(address, district);
  const out: string[] = [];
  // A town or a street office before the road (盖山镇福峡路, 兴隆街道梦都大街) is where the road is, not its name.
  for (const seg of text.split(
    /[\s与和及、,，;；()（）]+|交叉口|十字|(?<=\p{Script=Han}{2})(?:镇|乡|街道)(?=\p{Script=Han})/u,
  )) {
    const m = /^\p{Script=Han}{1,5}?(?:大道|大街|路|街)/u.exec(seg);
    if (m && [...m[0]].length >= 3) out.push(m[0]);
  }
  return out;
}

/** Landmarks an address places a station at, by what they end with (暨南大学, 后湖国际艺术园, 中山公园). */
const ADDRESS_LANDMARK =
  /^\p{Script=Han}{2,6}?(?:大学|学院|公园|广场|医院|艺术园|艺术中心|体育中心|客运站|汽车站|火车站)/u;

/**
 * The landmark a station's address names (暨南大学 of 暨南大学南门西侧报刊亭旁): an English question names a station
 * by it ("the rider point at Jinan University south gate"). `district` (compacted) is cut first.
 */
export function addressLandmarks(address: string, district: string): string[] {
  const text = withoutDistrict(address, district);
  const out: string[] = [];
  // Roads and house numbers end a segment (黄埔大道西暨南大学南门 → 暨南大学南门).
  for (const seg of text.split(
    /[\s与和及、,，;；()（）]+|交叉口|十字|(?:大道|大街|路|街|巷|号)[东西南北]?/u,
  )) {
    const m = ADDRESS_LANDMARK.exec(seg);
    if (m) out.push(m[0]);
  }
  return out;
}

/**
 * A name that is a bus or railway station by its direction (汽车西站, 杭州西站) in English: "west coach station",
 * "hangzhou west station". Workers translate the kind and the direction, not the pinyin.
 */
export function transportEnglish(core: string): string[] {
  const m = /^(\p{Script=Han}*?)(长途汽车|汽车|客运|火车|高铁)?([东南西北])站$/u.exec(core);
  if (!m) return [];
  const dir = DIRECTIONS_EN[m[3]!]![0]!;
  const coach = m[2] !== undefined && /汽车|客运/u.test(m[2]);
  const kinds = coach ? ['coach station', 'bus station'] : ['railway station', 'train station', 'station'];
  const head = m[1] ? pinyinOf(m[1]) : undefined;
  return kinds.flatMap((k) => [`${dir} ${k}`, ...(head ? [`${head} ${dir} ${k}`] : [])]);
}

/**
 * A railway station's name (厦门站, 厦门火车站) in English as a visitor says it: "xiamen station",
 * "xiamen railway station", "xiamen train station". Direction-named ones are `transportEnglish`'s.
 */
export function railwayEnglish(name: string): string[] {
  const m = /^(\p{Script=Han}{2,}?)(?:火车|高铁)?站$/u.exec(name);
  const head = m ? pinyinOf(m[1]!) : undefined;
  if (!head || /[东南西北]$/u.test(m![1]!)) return [];
  return ['station', 'railway station', 'train station'].map((k) => `${head} ${k}`);
}
