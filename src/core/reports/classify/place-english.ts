/**
 * English for the pack's Chinese place names (西丽湖 → xili lake, Siming North Road), and the general English
 * around a place's name said one way (Rd, subway station), in reports and in names alike.
 */
import { DIRECTIONS_EN, pinyinReadings } from '../../content/names.js';

/** Kinds of places in English, longest suffix first (matched at the end of a Chinese name). */
const PLACE_KINDS: [string, string[]][] = [
  ['大学城', ['university town']],
  ['科技园', ['science park', 'tech park']],
  ['高铁站', ['railway station', 'station']],
  ['地铁站', ['metro station', 'station']],
  ['体育场', ['stadium']],
  ['师范大学', ['normal university']],
  ['大学', ['university']],
  ['大道', ['avenue', 'boulevard', 'road']],
  ['大街', ['street', 'avenue']],
  ['大桥', ['bridge']],
  ['水库', ['reservoir']],
  ['公园', ['park']],
  ['广场', ['plaza', 'square']],
  ['老街', ['old street', 'old town']],
  ['渔港', ['fishing port', 'fishing harbour', 'fishing harbor']],
  ['码头', ['pier', 'wharf']],
  ['滨江', ['riverside', 'waterfront']],
  ['新村', ['estate', 'village']],
  ['港', ['port', 'harbour', 'harbor']],
  ['湖', ['lake']],
  ['路', ['road', 'rd']],
  ['街', ['street', 'st']],
  // A mall named a city (正弘城 Zhenghong City, 万象城 MixC City).
  ['城', ['city']],
];
/** A road's kind in English, after its direction (Siming North Road, Tiyu South Street). */
const DIRECTED_KINDS: Readonly<Record<string, readonly string[]>> = {
  路: ['road'],
  大街: ['street', 'avenue'],
  大道: ['avenue', 'road'],
  街: ['street'],
};
/** A place's name in English: its kind translated (Kongjiang Road), a road with its direction (Siming North Road). */
export function englishPlaceForms(text: string): string[] {
  const dir = /^(\p{Script=Han}{2,}?)([东南西北中])(路|大街|大道|街)$/u.exec(text);
  const directions = (dir && DIRECTIONS_EN[dir[2]!]) ?? [];
  const kinds = (dir && DIRECTED_KINDS[dir[3]!]) ?? [];
  const directed = dir
    ? pinyinReadings(dir[1]!)
        .filter((py) => py.length >= 4)
        .flatMap((py) => directions.flatMap((d) => kinds.map((k) => `${py} ${d} ${k}`)))
    : [];
  for (const [kind, english] of PLACE_KINDS) {
    if (!text.endsWith(kind)) continue;
    return [
      ...directed,
      ...pinyinReadings(text.slice(0, -kind.length))
        .filter((py) => py.length >= 4)
        .flatMap((py) => english.map((e) => `${py} ${e}`)),
    ];
  }
  return directed;
}

/**
 * The general English around a place's name said one way, in reports and in the names they are matched with:
 * abbreviations (Hongqi West Rd, Kongjiang St), a direction after the road (Hongqi Road West), the kind of a
 * station (Dalian North Railway Station, Zhoushuizi subway / metro station). These are English, not a pack's words.
 */
export function plainPlaceEnglish(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text
    .replace(/\brd\b/g, 'road')
    .replace(/\bst\b/g, 'street')
    .replace(/\bave\b/g, 'avenue')
    .replace(/\b(road|street|avenue) (east|west|south|north|middle|central)\b/g, '$2 $1')
    .replace(
      /\b(?:railway|train|rail|high speed rail|high speed|subway|metro|underground) station\b/g,
      'station',
    )
    .replace(/\b(?:subway|metro)\b/g, 'station');
}
