/**
 * The other districts of the pack's own city (武昌, 青山区 for 武汉市洪山区; 虹口, 浦东新区 for 上海市杨浦区),
 * read from the national list of counties and districts (GB/T 2260, `@vant/area-data`). A worker names a
 * neighbouring district as often as another city, and the pack answers for neither.
 */
import { areaList } from '@vant/area-data';

/** What a district's name ends with; the part before it is how people say it (武昌区 → 武昌). */
const KIND = /(新区|区|县|市|旗)$/u;

/**
 * `read` of a pack's district name (spaces dropped), worked out once per name: an asker is built again for every
 * new learned example, and each list walks the whole national list.
 */
function perDistrict<T>(read: (home: string) => T): (districtName: string) => T {
  const cache = new Map<string, T>();
  return (districtName) => {
    const home = districtName.replace(/\s/g, '');
    if (!cache.has(home)) cache.set(home, read(home));
    return cache.get(home) as T;
  };
}

/**
 * Full and short names of the districts that share the city of `districtName` (as `pack.yaml` writes it,
 * e.g. 武汉市洪山区), without its own. Empty when the name holds no city and district of the list.
 */
export const neighbourDistricts = perDistrict(lookUp);

/** The national list's code and name of the district `home` names (with its city), if any. */
function ownCounty(home: string): [string, string] | undefined {
  const cities = areaList.city_list;
  return Object.entries(areaList.county_list).find(([code, name]) => {
    const city = cities[`${code.slice(0, 4)}00`] ?? '';
    return home.includes(name) && (home.includes(city) || home.includes(city.replace(KIND, '')));
  });
}

function lookUp(home: string): string[] {
  const counties = Object.entries(areaList.county_list);
  const own = ownCounty(home);
  if (!own) return [];
  const prefix = own[0].slice(0, 4);
  const out: string[] = [];
  for (const [code, name] of counties) {
    if (!code.startsWith(prefix) || code === own[0]) continue;
    const short = name.replace(KIND, '');
    // 开发区 and the like are zones, not places a worker names as somewhere else.
    if (/开发|高新|经济|园区/u.test(name)) continue;
    out.push(name);
    if ([...short].length >= 2) out.push(short);
  }
  return out;
}

/**
 * Districts of other cities by their full names (西湖区, 海淀区 for 武汉市洪山区): a worker says where a question is
 * about with the district as often as with the city. Only full names ending in 区, and not the pack's own
 * district's name (朝阳区 is Beijing's and Changchun's) nor one made of words any town has (老城区, 城东区, 市中区).
 */
export const otherCityDistricts = perDistrict(districtsBesides);

/** A district's short name made only of these says where in any town (城东, 老城, 市中, 城关), not which town. */
const ANY_TOWN = /^[老新旧城市中东西南北关郊矿区上下前后大小]+$/u;

function districtsBesides(home: string): string[] {
  const own = new Set([...neighbourDistricts(home), ...homeNames(home).map((n) => `${n}区`), home]);
  const out = new Set<string>();
  for (const name of Object.values(areaList.county_list)) {
    if (!name.endsWith('区') || name.endsWith('新区') || own.has(name) || home.includes(name)) continue;
    const short = name.slice(0, -1);
    if ([...short].length < 2 || ANY_TOWN.test(short) || /开发|高新|经济|园区|工业|管理/u.test(name))
      continue;
    out.add(name);
  }
  return [...out];
}

/** The pack's own province, city and district as written and shortened (河南省郑州市金水区 → 河南, 郑州, 金水). */
export function homeNames(districtName: string): string[] {
  return withProvince(districtName)
    .split(/[省市区县]/u)
    .flatMap((n) => [n, n.replace(/(?:新区|自治州)$/u, '')]);
}

/** How a province's name ends after the name people say (广西壮族自治区 → 广西, 福建省 → 福建). */
const PROVINCE_KIND = /(壮族|回族|维吾尔)?(自治区|特别行政区|省|市)$/u;

/**
 * The district's name with its province in front when `pack.yaml` leaves it out (福州市仓山区 → 福建省福州市仓山区):
 * a worker names the pack's own province (福建师大, 湖北的医保) as part of here, not as somewhere else.
 */
export const withProvince = perDistrict((home) => {
  const own = ownCounty(home);
  const province = own ? areaList.province_list[`${own[0].slice(0, 2)}0000`] : undefined;
  if (!province) return home;
  const short = province.replace(PROVINCE_KIND, '');
  return home.includes(short) ? home : `${short}省${home}`;
});

/**
 * Everyday words that are also the short name of a prefecture (来宾 a guest, 普洱 a tea, 阿里 the company): only
 * their full names (来宾市) say somewhere else.
 */
const COMMON_WORDS = new Set([
  '来宾',
  '阿里',
  '普洱',
  '白银',
  '大同',
  '玉树',
  '红河',
  '怒江',
  '黑河',
  '白山',
  '山南',
]);

/** How an autonomous prefecture's name ends after its place name (延边朝鲜族自治州 → 延边). */
const PEOPLES = /(蒙古|朝鲜|土家|布依|景颇|傈僳|哈尼|柯尔克孜|哈萨克|[苗侗彝壮傣藏羌回白])族?$/u;

/**
 * Full and short names of every other prefecture-level city, prefecture and league of the national list
 * (开封, 新乡 for 郑州市金水区; 宝鸡 for 西安市雁塔区) — a worker asks about their home town or the next
 * city as often as about a far one. The pack's own city is left out; empty when `districtName` names none.
 */
export const otherCities = perDistrict(citiesBesides);

function citiesBesides(home: string): string[] {
  const out: string[] = [];
  for (const name of Object.values(areaList.city_list)) {
    const short = shortCityName(name);
    if (!short || home.includes(name) || home.includes(short)) continue;
    if (/(市|地区|盟)$/u.test(name)) out.push(name);
    if ([...short].length >= 2 && !COMMON_WORDS.has(short)) out.push(short);
  }
  return out;
}

/** 开封市 → 开封, 喀什地区 → 喀什, 延边朝鲜族自治州 → 延边; undefined for a list heading (省直辖县, 九龙). */
function shortCityName(name: string): string | undefined {
  if (/直辖|^县$/u.test(name)) return undefined;
  let short = name.replace(/(市|地区|盟)$/u, '');
  if (short.endsWith('自治州')) {
    short = short.slice(0, -3);
    while (PEOPLES.test(short)) short = short.replace(PEOPLES, '');
  }
  return short === name && !name.endsWith('自治州') ? undefined : short;
}
