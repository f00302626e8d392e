/**
 * The other districts of the pack's own city (武昌, 青山区 for 武汉市洪山区; 虹口, 浦东新区 for 上海市杨浦区),
 * read from the national list of counties and districts (GB/T 2260, `@vant/area-data`). A worker names a
 * neighbouring district as often as another city, and the pack answers for neither.
 */
import { areaList } from '@vant/area-data';

/** What a district's name ends with; the part before it is how people say it (武昌区 → 武昌). */
const KIND = /(新区|区|县|市|旗)$/u;

/**
 * Full and short names of the districts that share the city of `districtName` (as `pack.yaml` writes it,
 * e.g. 武汉市洪山区), without its own. Empty when the name holds no city and district of the list.
 */
export function neighbourDistricts(districtName: string): string[] {
  const home = districtName.replace(/\s/g, '');
  let out = cache.get(home);
  if (!out) cache.set(home, (out = lookUp(home)));
  return out;
}

/** Per district name: an asker is built again for every new learned example. */
const cache = new Map<string, string[]>();

function lookUp(home: string): string[] {
  const cities = areaList.city_list;
  const counties = Object.entries(areaList.county_list);
  const own = counties.find(([code, name]) => {
    const city = cities[`${code.slice(0, 4)}00`] ?? '';
    return home.includes(name) && (home.includes(city) || home.includes(city.replace(KIND, '')));
  });
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
