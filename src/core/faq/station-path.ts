/**
 * The station path of a question the asker has read (`StationQuery`: a station or place named, station words,
 * services, hours): a named station's card, the stations near a place or having a service, or the FAQ when the
 * place is incidental or an entry answers better (docs/faq.md, Method step 8, "Route to stations"). Apart from
 * the FAQ's decision (decide.ts), which it calls for the FAQ's side of each choice, and from the asker (ask.ts),
 * which first sets aside what is no question, small talk and what this pack cannot know.
 */
import type { ContentPack } from '../content/schema.js';
import {
  stationAnchor,
  type Service,
  type StationQuery,
  type StationQueryReader,
} from '../stations/query.js';
import { matches, nearestStations } from '../stations/search.js';
import type { GeoPoint } from '../types.js';
import type { Answer, AskOptions } from './answer.js';
import { clauses } from './clauses.js';
import { grievance } from './grievance.js';
import type { FaqDecision } from './decide.js';
import { AMENITIES, type EntryFit } from './entry-fit.js';
import type { FaqHit, FaqIndex } from './index.js';
import type { Thresholds } from './thresholds.js';

/** An entry's title or example question about setting up a station (想在我们这片儿新开个驿站). */
const SETTING_UP = /新开|新建|新设|增设|多开|多建|[建开设添加弄搞](?:一)?[个间家处]/u;

/** Times of day in an answer (8:00–20:00, 晚上10点, 24小时): an entry that says when something is open. */
const TIMES_OF_DAY = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点點](?![\d多])|24\s*小[时時]/u;

/**
 * What a station card answers, asked in so many words: where (not 哪有这样的, which is indignation), opening hours,
 * the phone or the way there.
 */
const STATION_ASKED =
  /哪(?!有这|有那|能这样|能那样)|几点|开门|关门|营业|开着|开没开|电话|地址|怎么走|咋走|\b(?:where|which|nearest|closest|open|hours|phone|address)\b/iu;

/**
 * An entry on how to find the nearest stations (怎么找离我最近的驿站: "send me your location or name a place"): its
 * title says finding or looking up where stations are, its answer asks for the worker's location. The station
 * list with a request for the location does what it says.
 */
const FINDING_TITLE = /[找查寻搜].{0,4}(?:最近|附近|离我|位置|在哪|哪里|哪儿)|(?:最近|附近)的?(?:驿站|站)/u;
const SENDS_LOCATION = /(?:发|发送|分享|共享|点).{0,10}(?:位置|定位)/u;

/**
 * How to look stations up, not where one is (附近哪有驿站 怎么查, 手机上能查吗, 要发啥给你, how do I find the closest
 * rest stop): the entry on finding them answers that.
 */
const HOW_TO_FIND = /怎么|怎样|咋|如何|啷个|点样|[查搜]|要发|发啥|发什么|\bhow\b/u;

/** The station path for one pack; `onTheSpot`: services had at a station itself (lexicon.yaml `onTheSpot`). */
export function stationPath(deps: {
  pack: ContentPack;
  reader: StationQueryReader;
  index: FaqIndex;
  t: Thresholds;
  onTheSpot: ReadonlySet<Service>;
  decision: FaqDecision;
  fit: EntryFit;
}) {
  const { pack, reader, index, t, onTheSpot } = deps;
  const { faq, notHere } = deps.decision;
  const { namesServices } = deps.fit;

  /**
   * The answer to a question read for stations (`q`, read from `text` in plain words) that is neither another
   * city's nor beyond the pack: stations, a station's card, or the FAQ.
   */
  function route(text: string, q: StationQuery, o: AskOptions): Answer {
    // A grievance ("保安不让俺们网约车进，非要收二十块钱停车费，这合理不") names the service it is about, not one it
    // looks for: the FAQ, or "not sure" with the way to the branch — never a list (QA9 #4). Unless it asks where,
    // when or how to reach a station as well ("不让停 附近哪里能停车").
    if (grievance(text) && !STATION_ASKED.test(text)) return faq(text);
    const signals =
      q.services.length > 0 || q.cues.allDay || q.cues.hours || q.cues.details || q.cues.station;
    // A station asked to be set up ("歇脚的地方一个都没有，能不能在那弄一个"): the FAQ when it is sure.
    // The place is where, not what about (光谷那边…能不能在那开一个 is not the entry on 光谷).
    // Only an entry on setting one up: in a pack without one, the closest entry answers another question.
    if (q.proposal) {
      const f = faq(q.anchor?.kind === 'place' ? placeBlanked(text, q.anchor.id) : text);
      if (f.kind === 'faq' && SETTING_UP.test([f.hit.entry.title, ...f.hit.entry.questions].join(' ')))
        return f;
    }
    if (q.anchor) {
      // A long story names a street where it happened and says "打了五个电话" on the way; what it asks is
      // in its last clause, so only that clause's hours, phone or address words ask for a station card.
      const asked = q.topic >= t.story ? storyCues(text, q) : q.cues;
      const anchor =
        q.anchor.kind === 'station'
          ? stationAnchor(pack.stations.find((s) => s.id === q.anchor!.id)!)
          : q.anchor;
      // A station named with its hours, a service or nothing else ("X驿站几点开门", "X驿站有热水吗"): that
      // station first. "X驿站附近…" (where, nearest) asks for the stations around it instead.
      const storySignals =
        q.services.length > 0 || asked.allDay || asked.hours || asked.details || asked.station;
      // A venue's hours or phone ("潘家园古玩市场几点开门"), with no station word or service: the venue's, which
      // no station card answers.
      if (
        q.venue &&
        !asked.station &&
        q.services.length === 0 &&
        !q.cues.where &&
        (asked.hours || asked.details)
      )
        return notHere(faq(text));
      // A boat's or a bus's running ("鼓浪屿的船今天开不开"), with no station word or service: a timetable, which no
      // station card gives. The FAQ's closest entries are offered (a ferry's timetable is seldom an entry's answer).
      if (q.transport && !asked.station && q.services.length === 0 && !q.cues.where && asked.hours)
        return notHere(faq(text));
      if (q.anchor.kind === 'station' && !q.cues.near && (storySignals || q.rest <= 2))
        return stations(q, anchor.point, o, false, q.anchor.id);
      // A place in a story about something else, with no station word or service ("在控江路那边被车门撞了…
      // 保险怎么走"): the FAQ when it is sure.
      if (q.anchor.kind === 'place' && !q.cues.station && q.services.length === 0 && q.topic >= t.story) {
        const f = faq(text);
        if (f.kind === 'faq') return f;
      }
      // A long story that names a station or place in passing and asks nothing a station answers
      // (no service, hours or address: "我在大冲这边跑美团…让我们重新签一个合作协议…这个能签吗"): the FAQ.
      if (q.topic >= t.story && q.services.length === 0 && !asked.hours && !asked.details && !asked.allDay)
        return faq(text);
      // A place and a station word, asked something no station card answers — no where, hours, service
      // or address ("华科里面的驿站是你们管的吗"): the FAQ when it is sure.
      const cardCues = q.cues.where || q.cues.hours || q.cues.details || q.cues.allDay;
      if (q.anchor.kind === 'place' && q.rest > 2 && !cardCues && q.services.length === 0) {
        const f = faq(text);
        if (f.kind === 'faq') return f;
      }
      // A place and words of its own, with no station word, service, hours or address — only a time of night
      // (半夜肚子疼 离凤岭近的急诊): about those words, as "孩子半夜发烧去哪个医院" is without a place; the FAQ when sure
      // of them alone (an entry on the place itself, 光谷 is in 东湖, is no answer to them).
      if (
        q.anchor.kind === 'place' &&
        q.cues.allDay &&
        !q.cues.station &&
        q.services.length === 0 &&
        !q.cues.hours &&
        !q.cues.details &&
        q.topic >= t.ownWords
      ) {
        const f = faq(placeBlanked(text, q.anchor.id));
        if (f.kind === 'faq') return f;
      }
      // One of the FAQ's own examples almost word for word, naming a place ("北站能停车接人吗", "北站在哪拉活" of
      // the entry on picking up at 北站): that entry, as "where" questions without a place already have it.
      if (q.anchor.kind === 'place' && (signals || q.rest <= 2) && namedInExamples(q.anchor.id)) {
        const f = faq(text);
        if (f.kind === 'faq' && f.hit.closest >= t.nearVerbatim) return f;
      }
      // A place plus a station word, a service, hours…, or a place and little else ("五角场附近"): stations.
      if (signals || q.rest <= 2) return stations(q, anchor.point, o);
      // "五角场哪家火锅好吃": the place is incidental. A station named with words we cannot place
      // ("蛇口港服务站能借个打气筒吗"): the FAQ when it is sure, else that station's card.
      const f = faq(text);
      return f.kind !== 'faq' && q.anchor.kind === 'station'
        ? stations(q, anchor.point, o, false, q.anchor.id)
        : f;
    }
    // Stations near a place the pack does not know ("汉口那边有没有驿站"): not the pack's stations.
    if (q.unknownPlace) return notHere(faq(text));
    const spot = q.services.some((s) => onTheSpot.has(s));
    // A station word, a service had on the spot and "open now" ask which stations have it now, as "where" does
    // ("现在有开着的有热水的驿站吗", "is there a station open now with hot water"): no entry knows what is open now.
    const which = q.cues.where || (q.cues.station && spot && q.cues.hours);
    if (which && (spot || q.cues.allDay || (q.cues.station && q.services.length === 0))) {
      // "哪里能充电": the matching stations and a request for the location — unless the question is
      // one of the FAQ's own examples almost word for word ("电池没电了去哪充" is about e-bikes).
      const f = faq(text);
      // …or asks for no service and names a topic of its own the FAQ answers nearly in full
      // ("想找个家庭医生 驿站有没有"), or says more than where and what ("外卖停车点在哪 老是被贴条": the
      // words beyond the service are the FAQ's topic), or asks for a service no station of the pack
      // offers ("哪里能洗澡" where none has showers: the answer about drivers' homes beats a wrong list).
      const offered = pack.stations.some((s) => matches(s, q.services, false));
      // A question with words of its own and no service is about them, not about a place to rest
      // ("孩子半夜发烧去哪个医院"; a story about pay that mentions 站点 and asks 去哪告他): never a list.
      if (q.services.length === 0 && q.topic >= (q.cues.station ? t.story : t.ownWords)) return f;
      // "where is the nearest rest station", 最近嘅驛站喺邊度, and little else: the stations with a request for the
      // location, not the entry telling how to find them.
      if (
        f.kind === 'faq' &&
        q.topic < t.ownWords &&
        findsStations(f.hit.entry) &&
        !HOW_TO_FIND.test(index.plain(text))
      )
        return stations(q, undefined, o);
      return f.kind === 'faq' &&
        (f.hit.closest >= t.nearVerbatim ||
          (q.services.length === 0 && f.hit.content >= t.ownTopic) ||
          q.topic >= t.ownWords ||
          !offered)
        ? f
        : stations(q, undefined, o);
    }
    const amenities = q.services.length > 0 && q.services.every((s) => AMENITIES.has(s));
    if (q.cues.station && amenities && q.topic < t.ownWords) {
      // "驿站能洗澡吗", "驿站有热水不": whether stations have an amenity. An entry sure of it that names it answers
      // (what every station offers); otherwise the stations that have it, when some do.
      const f = faq(text);
      const offered = pack.stations.some((s) => matches(s, q.services, false));
      return offered && !(f.kind === 'faq' && namesServices(q.services, f.hit.entry))
        ? stations(q, undefined, o)
        : f;
    }
    if (q.cues.allDay && q.cues.station) {
      // "有没有24小时的驿站": a general question first; the list when the FAQ has no answer.
      const f = faq(text);
      return f.kind === 'faq' ? f : stations(q, undefined, o);
    }
    if (q.cues.hours && q.cues.station && q.services.length === 0) {
      // "驿站几点开门", no station named: the pack's entry on stations' hours when it has one (nearly word
      // for word, holding the question's content, or giving times of day), else the list, which shows each
      // station's hours — never an entry that only mentions opening (a health corner "open when the station is").
      const f = faq(text);
      if (q.topic >= t.ownWords) return f;
      const givesHours = (hit: FaqHit) => TIMES_OF_DAY.test(hit.entry.answer) && hit.content >= t.content;
      if (f.kind === 'faq')
        return f.hit.closest >= t.nearVerbatim || f.hit.content >= t.ownTopic || givesHours(f.hit)
          ? f
          : stations(q, undefined, o);
      // Not sure, with an entry giving times of day first: that doubt, with the entry a tap away.
      const first = f.kind === 'weak' ? f.candidates[0] : undefined;
      return first && givesHours(first) ? f : stations(q, undefined, o);
    }
    return faq(text);
  }

  function stations(
    q: StationQuery,
    from: GeoPoint | undefined,
    o: AskOptions,
    badLocation = false,
    named?: string,
  ): Answer {
    const services = [...new Set([...q.services, ...(o.services ?? [])])];
    const results = nearestStations(pack.stations, {
      ...(named ? { named } : {}),
      from,
      services,
      allDay: q.cues.allDay || !!o.allDay,
      now: o.now,
      timeZone: o.timeZone,
    });
    return {
      kind: 'stations',
      query: { ...q, services },
      results,
      located: from !== undefined,
      ...(badLocation ? { badLocation } : {}),
      ...(named ? { named } : {}),
    };
  }

  /** "宝鸡的驿站在哪", "苏州有驿站吗", "苏州哪里能充电": where stations are, somewhere this pack has none. */
  function asksWhereStationsAre(q: StationQuery): boolean {
    const where = q.cues.where || q.cues.near;
    return (where && q.services.length > 0) || (q.cues.station && (where || q.rest <= 2));
  }

  /** No station listed: the chat says it knows only the district's stations and offers their list. */
  function elsewhereStations(q: StationQuery): Answer {
    return {
      kind: 'stations',
      query: q,
      results: { hits: [], relaxed: false, outside: true },
      located: false,
    };
  }

  /** An entry on how to find the nearest stations (`FINDING_TITLE`, `SENDS_LOCATION`). */
  function findsStations(entry: FaqHit['entry']): boolean {
    return FINDING_TITLE.test(entry.title) && SENDS_LOCATION.test(entry.answer);
  }

  /** The question in plain words with a place's names (the pack's `places.yaml`) blanked out. */
  function placeBlanked(text: string, id: string): string {
    const place = pack.places.find((p) => p.id === id);
    if (!place) return text;
    const names = [place.name, ...place.aliases].map((n) => index.plain(n)).filter(Boolean);
    names.sort((a, b) => b.length - a.length);
    return names.reduce((out, n) => out.split(n).join(' '), index.plain(text));
  }

  /**
   * Whether an FAQ example question names the place: only then can a question naming it be one of the FAQ's own
   * examples, so a plain "北站附近有驿站吗" doesn't pay for a search it can't use (built on first need).
   */
  let placesInExamples: Set<string> | undefined;
  function namedInExamples(id: string): boolean {
    placesInExamples ??= new Set(
      pack.places
        .filter((p) => {
          const names = [p.name, ...p.aliases].map((n) => index.plain(n)).filter(Boolean);
          return pack.faq.some((e) =>
            e.questions.some((ex) => names.some((n) => index.plain(ex).includes(n))),
          );
        })
        .map((p) => p.id),
    );
    return placesInExamples.has(id);
  }

  /** The station cues of a story's last clause (its question); the whole question's when it has one clause. */
  function storyCues(text: string, q: StationQuery): StationQuery['cues'] {
    const parts = clauses(text);
    if (parts.length < 2) return q.cues;
    return reader.read(index.plain(parts[parts.length - 1]!)).cues;
  }

  return { route, stations, asksWhereStationsAre, elsewhereStations };
}
