/**
 * The phrases that name somewhere else: other cities (but the pack's own, in English too), the city's other districts,
 * the districts of other cities and the well-known places of the city's other districts — each but the ones the pack
 * itself names. Also the pack's names compacted, where a zone it names is its own.
 */
import { compactName } from '../../content/names.js';
import { plainErhua } from '../../faq/dialect.js';
import type { Lexicon } from '../../faq/lexicon.js';
import { normalize } from '../../faq/normalize.js';
import { neighbourDistricts, otherCities, otherCityDistricts } from '../districts.js';
import { otherDistrictLandmarks } from '../landmarks.js';
import type { HomeNames, Phrase, ReaderPack } from './types.js';

/**
 * Cities whose English name is not their pinyin (Urumqi is wulumuqi): the pack's own city in English is no other
 * city (sunburn is bad in Urumqi on the 乌鲁木齐 pack).
 */
const EXONYMS: Record<string, string> = {
  urumqi: '乌鲁木齐',
  hohhot: '呼和浩特',
  lhasa: '拉萨',
  harbin: '哈尔滨',
  macau: '澳门',
  'hong kong': '香港',
};

/** Characters in the longest district name `otherCityDistricts` gives (南阳市城乡一体化示范区: 11), and one to spare. */
const MAX_DISTRICT_NAME = 12;

/** Every run of 2 to `max` characters of `text` that ends with `last` (which occurs rarely in it). */
function namesEndingAt(text: string, last: string, max: number): Set<string> {
  const out = new Set<string>();
  for (let i = text.indexOf(last); i >= 0; i = text.indexOf(last, i + 1))
    for (let n = 2; n <= max && n <= i + 1; n++) out.add(text.slice(i + 1 - n, i + 1));
  return out;
}

export function elsewherePhrases(
  pack: ReaderPack,
  lex: Lexicon,
  { home, homePinyin }: HomeNames,
): { phrases: [string, Phrase][]; packNames: string } {
  const phrases: [string, Phrase][] = [];

  // Other cities, except the pack's own (上海 for 上海市杨浦区). In one matcher with the places, so that
  // 大连路 (a road here) is a place and not the city 大连.
  for (const c of lex.elsewhere) {
    const n = normalize(c);
    const own = EXONYMS[n] ?? n;
    if (!home.includes(own) && !homePinyin.includes(n.replace(/ /g, '')))
      phrases.push([c, { type: 'elsewhere' }]);
  }
  // The city's other districts (武昌, 青山区 for 武汉市洪山区), unless the pack itself names them (a place,
  // a station's address, an entry): then they are somewhere the pack knows.
  // A neighbouring district an answer names in full only in passing (西溪湿地是西湖区的景点，不在这个优惠里面) is
  // still somewhere else: the pack knows it when a place, a station or an entry's title, questions or tags name it.
  // A short name in an answer is kept as the pack's: it is often a landmark's (白云山 of 白云区).
  const packNames = plainErhua(
    compactName(
      [
        ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
        ...pack.stations.flatMap((s) => [s.name, ...s.aliases, s.address]),
        ...(pack.faq ?? []).flatMap((e) => [e.title, ...e.questions, ...e.tags]),
      ].join(' '),
    ),
  );
  const packText = `${packNames} ${compactName((pack.faq ?? []).map((e) => e.answer).join(' '))}`;
  // Stations and places, compacted: where the pack has a station or names a place.
  const stationPlaces = plainErhua(
    compactName(
      [
        ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
        ...pack.stations.flatMap((s) => [s.name, ...s.aliases, s.address]),
      ].join(' '),
    ),
  );
  for (const d of neighbourDistricts(pack.settings.district.name))
    if (!(d.endsWith('区') ? packNames : packText).includes(compactName(d)))
      phrases.push([d, { type: 'elsewhere' }]);
    // An entry's question names it (去台江走哪座桥), no place or station does: a station asked for there
    // (台江万达那边有骑手驿站吗) is somewhere the pack has none.
    else if (!stationPlaces.includes(compactName(d))) phrases.push([d, { type: 'stationless' }]);
  // Every other city of the national list (开封, 宝鸡), but the ones the pack itself names — in a name, a title,
  // a tag or an example: an answer's 定西、天水等省内的 names other cities as other cities.
  for (const c of otherCities(pack.settings.district.name))
    if (!packNames.includes(compactName(c))) phrases.push([c, { type: 'elsewhere' }]);
  // …and the districts of other cities by their full names (西湖区, 海淀区), but the ones the pack names.
  // (Looked up among the pack's own names ending in 区, read in one pass: ~1,000 districts × `includes` on a
  // 10,000-entry pack's text cost a second of build time.)
  const districtsNamed = namesEndingAt(packText, '区', MAX_DISTRICT_NAME);
  for (const d of otherCityDistricts(pack.settings.district.name))
    if (!districtsNamed.has(compactName(d))) phrases.push([d, { type: 'elsewhere' }]);
  // …and the well-known places of the city's other districts (中关村, 北京西站 for 朝阳区), but the ones the pack names.
  for (const l of otherDistrictLandmarks(pack.settings.district.name))
    if (!packText.includes(compactName(l))) phrases.push([l, { type: 'otherDistrict' }]);

  return { phrases, packNames };
}
