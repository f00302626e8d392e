/**
 * What a question may ask that no station card answers: a venue's own hours or phone (潘家园古玩市场), a timetable
 * (鼓浪屿的船今天开不开), a station asked to be set up (能不能在那弄一个).
 */
import { compactName } from '../../content/names.js';
import type { PhraseHitAt, ReaderIndex } from './types.js';

/**
 * Vehicles that run to a timetable (not 轮渡, which is often the ferry terminal's name, a place).
 */
export const TRANSPORT = /船|渡轮|公交|班车|地铁|航班|火车|高铁|动车|大巴/u;

/** The text with the names of places and stations blanked out. */
export function outsideNames(text: string, hits: readonly PhraseHitAt[]): string {
  let out = text;
  for (const h of hits)
    if (h.value.type === 'anchor')
      out = out.slice(0, h.start) + ' '.repeat(h.end - h.start) + out.slice(h.end);
  return out;
}

/** Venues with their own opening hours and phone (a market, a mall, a hospital, a park, a bank, a sight…). */
export const VENUES =
  '市场|商场|商城|超市|购物中心|百货|医院|公园|银行|博物馆|图书馆|体育馆|菜场|书院|景区|纪念馆|美术馆|科技馆|动物园|植物园';
const VENUE_END = new RegExp(`(?:${VENUES})$`, 'u');
/** Up to three characters, then a venue word (古玩市场, 旧货市场). */
const VENUE_AFTER = new RegExp(`^(\\p{Script=Han}{0,3}?)(?:${VENUES})`, 'u');

/**
 * Asking for a station to be set up where there is none: "can you put one (there)" after a few words
 * (能不能在那弄一个, 可不可以在这里开一间, 建议在这设一个).
 */
export const PROPOSAL =
  /(?:能不能|可不可以|可以|能否|建议|希望|麻烦)\p{Script=Han}{0,5}?(?:弄|开|建|设|搞|添|加|办|整)(?:一个|一间|一家|一处|个)(?:\s|$|吗|呗|啊|吧|不|没)/u;

/**
 * A place, or a part of a station's name, that ends with a venue word or comes a few characters before one
 * (潘家园古玩市场: 潘家园 is 潘家园职工服务驿站's part; 国贸商城). A station's name or alias as the pack writes it
 * is the station's, whatever it ends with.
 */
export function namesVenue(ix: ReaderIndex, text: string, h: PhraseHitAt): boolean {
  if (h.value.type !== 'anchor') return false;
  const name = text.slice(h.start, h.end);
  if (h.value.anchor.kind === 'station' && ix.written.has(compactName(name))) return false;
  if (VENUE_END.test(name)) return true;
  const after = VENUE_AFTER.exec(text.slice(h.end));
  return after !== null && !ix.kinds.some((k) => after[1]!.includes(k));
}
