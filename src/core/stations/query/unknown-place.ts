/**
 * A place the pack does not know, asked for a station or a service: words before "near" that are no name of the pack
 * (汉口那边有没有驿站), a zone named in full (郑东新区), an English place name (near Hongqiao railway station).
 */
import type { PhraseHitAt, ReaderIndex } from './types.js';
import { VENUES } from './venue-transport-proposal.js';

/** A zone's name: two to four characters, then how zones' names end (郑东新区, 曲江新区, 临空开发区). */
const ZONE = /\p{Script=Han}{2,4}(?:新区|高新区|开发区)/gu;
/** The shortest zone name: two characters and 新区. */
const ZONE_NAME = 4;

/**
 * A place named in English by its name and what it is (near Hongqiao railway station, at Baiyun airport): when no
 * name of the pack was found in the question, somewhere the pack does not know. A place word alone (near the
 * airport) may be the pack's own and is not read.
 */
const LATIN_PLACE =
  /\b(?:near|around|by|at|in|close to|next to)\s+(?:the\s+)?((?:[a-z]+\s+){1,2}?)(?:railway station|train station|metro station|subway station|bus station|airport|road|street|mall|plaza|square)\b/gu;

export function unknownLatinPlace(text: string, stop: ReadonlySet<string>): boolean {
  for (const m of text.matchAll(LATIN_PLACE))
    if (
      m[1]!
        .trim()
        .split(/\s+/u)
        .every((w) => !stop.has(w) && !LATIN_KINDS.has(w))
    )
      return true;
  return false;
}

/** Words of what a place is or offers, not its name (rest station, charging station, bus station). */
const LATIN_KINDS = new Set([
  'rest',
  'charging',
  'service',
  'gas',
  'petrol',
  'police',
  'fire',
  'power',
  'battery',
]);

/** Content characters before "near" that name a place when no name of the pack accounts for them. */
const UNKNOWN_PLACE = 2;

/** Kinds of place every town has: before "near" with a service asked, where the worker is, not a place the pack lacks. */
const EVERYDAY_PLACE = new RegExp(
  `(?:${VENUES}|小区|公司|单位|学校|车站|地铁站|地铁口|公交站|站台|饭店|酒店|宾馆|餐馆|店|门口|楼下|家里|宿舍|工地|仓库|写字楼|大楼|路口)$`,
  'u',
);

/** "Near" words that follow a place (with a station word: 那边 / 这边 also follow an office, 公司那边). */
const AROUND = new Set(['附近', '旁边', '周边', '一带', '那边', '这边']);

/**
 * A zone named in full that the pack never names (郑东新区, 曲江新区): its stations are not the pack's. The national
 * list leaves zones out (districts.ts), so they are read by how their names end. The match may start a word or
 * two early (在麓谷高新区): the pack knows the zone when it names any tail of it (麓谷高新区).
 */
export function unknownZone(ix: ReaderIndex, text: string): boolean {
  for (const m of text.matchAll(ZONE)) {
    const name = [...m[0]];
    const known = name.some(
      (_, k) => name.length - k >= ZONE_NAME && ix.packNames.includes(name.slice(k).join('')),
    );
    if (!known) return true;
  }
  return false;
}

/** `UNKNOWN_PLACE` content characters, no phrase of the pack's, right before the first "near" word. */
export function unnamedBeforeNear(
  ix: ReaderIndex,
  text: string,
  hits: readonly PhraseHitAt[],
  services = false,
): boolean {
  const near = hits.find((h) => h.value.type === 'cue' && AROUND.has(text.slice(h.start, h.end)));
  if (!near) return false;
  const before = hits.filter((h) => h.end <= near.start).reduce((at, h) => Math.max(at, h.end), 0);
  // The characters right before it, up to a space, a filler or a name.
  let start = near.start;
  for (let i = near.start - 1; i >= before; i--) {
    const c = text[i]!;
    if (!/\p{Script=Han}/u.test(c) || ix.fillers.has(c)) break;
    start = i;
  }
  const stretch = text.slice(start, near.start);
  // A kind of place any town has (小区附近, 公司旁边, 医院那边) is somewhere near the worker, not a named place.
  return stretch.length >= UNKNOWN_PLACE && (!services || !EVERYDAY_PLACE.test(stretch));
}
