/**
 * A thing asked of the stations that is none of the services they list (哪个驿站有母婴室, which station has
 * a nursing room): the card then says that no station lists it before it lists stations, so a worker does
 * not read the list as "these have it".
 */

const STATION = '(?:驿站|驛站|站点|站點|服务站|服務站|服务点|服務點|休息点|休息點|之家)';
/** 哪个驿站有X(吗), 驿站里有没有X */
const ASKED_OF_STATIONS = new RegExp(
  `${STATION}(?:里面|裡面|里|裡)?(?:有没有|有沒有|有冇|有)([\\p{Script=Han}A-Za-z、]{1,12}?)(?:吗|嗎|呢|啊|吧|没有|沒有)?\\s*[？?。！!]*$`,
  'u',
);
/** 有X的驿站 */
const STATIONS_WITH = new RegExp(`有([\\p{Script=Han}、]{1,12}?)的${STATION}`, 'u');
/** which station has a nursing room, a station with a nursing room */
const ENGLISH =
  /\bstations?\b[^?]*?\b(?:has|have|with|offers?)\s+(?:an?\s+|any\s+|the\s+|some\s+)?([a-z][a-z' -]{1,30}?)\s*\??\s*$/i;
/** Said after 有 but not a thing a station could list: people, room, a time, the stations' own details. */
const NOT_A_THING =
  /^(?:人|空|空位|位置|位子|地方|什么|什麼|啥|哪些|多少|几个|幾個|电话|電話|地址|开门|開門|开着|開著|营业|營業|时间|時間|服务|服務|设施|設施|东西|東西|people|room|space|time|hours|phone|address|anything|what)$/iu;

/** Where the thing asked of the stations in English stands in the text ("which station has a nursing room"), if any. */
export function englishThingSpan(text: string): { start: number; end: number } | undefined {
  const m = ENGLISH.exec(text);
  if (!m?.[1]) return undefined;
  // The thing is followed only by blanks and a question mark, so its last occurrence in the match is itself.
  const start = m.index + m[0].lastIndexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** Between two things asked for at once: 微波炉和母婴室, 热水、母婴室, a microwave and a nursing room. */
const AND = /\s*(?:和|与|與|跟|及|以及|还有|還有|或者|或|、|,|，|\band\b|\bor\b|&)\s*/iu;
const ARTICLE = /^(?:an?|any|the|some)\s+/i;

/**
 * The things asked for that no service names, in the asker's words, when the question asks stations for something
 * ("哪个驿站有微波炉和母婴室" → 母婴室, whose microwave the list answers). `namesService` says whether words name one.
 */
export function unlistedThings(text: string, namesService: (words: string) => boolean): string[] {
  const t = text.trim();
  const m = ASKED_OF_STATIONS.exec(t) ?? STATIONS_WITH.exec(t) ?? ENGLISH.exec(t);
  const thing = m?.[1]?.trim();
  if (!thing) return [];
  return thing
    .split(AND)
    .map((part) => part.replace(ARTICLE, '').trim())
    .filter((part) => part && !NOT_A_THING.test(part) && !namesService(part));
}
