/**
 * What the phrases found in a question say: the cue words, the services asked, whether it is somewhere else, and the
 * names met — the longest, the longest station's and place's, every station's, a short part of one — each read in its
 * place (a name before a job word is the asker's trade, a service before "beside" is where).
 */
import type { Cue } from '../../faq/lexicon.js';
import { soundAlike } from '../sound-alike.js';
import { JOB_WORDS } from './station-forms.js';
import type { Anchor, PhraseHitAt, ReadHit, ReaderIndex, Service } from './types.js';

/** A name met in the question: what it names, how long it is as typed, and the text. */
export type NameMet = { anchor: Anchor; length: number; text: string };

/** What a question's phrases say, before the anchor is settled. */
export interface HitsRead {
  hits: ReadHit[];
  cues: Record<Cue, boolean>;
  services: Set<Service>;
  elsewhere: boolean;
  anchor?: NameMet;
  station?: NameMet;
  place?: NameMet;
  weak?: Anchor;
  named: NameMet[];
  /** Characters the hits cover. */
  covered: number;
}

/** A city's name before these is a street or a park of this city (大连路, 中山公园, 开封路那个驿站), not that city. */
const NAMES_A_STREET =
  /^(?:中路|东路|西路|南路|北路|路|街|大街|大道|道|巷|弄|桥|里|村|新村|小区|公园|广场|大厦|花园)/u;

/** How a station's own name ends when it says what kind of site it is (休息室, 服务站, 之家, 中心…). */
const SITE_END = /(?:站|室|之家|中心|小屋|港湾)$/u;
/** A site named for a trade, right after its job word (司机休息室, 骑手休息区). */
const SITE_AFTER_JOB = /^(?:休息室|休息区|休息间|休息处|活动室|小屋|港湾)/u;

/** "Beside" right after a service word, or after the place its word names (停车场旁边, 厕所对面). */
const BESIDE = /^[场处位点室间房]?(?:旁边|附近|周边|对面|边上|隔壁|那边)/u;

/** A parked vehicle ticketed, towed or chased off. */
const PARKING_TROUBLE =
  /贴条|贴单|罚单|抄牌|被罚|罚款|拖走|被拖|拖车|赶走|老是赶|总是赶|天天赶|ticket|towed/u;

/**
 * A job word at `at` (after an optional 的) that does not start a station word (骑手, not 骑手之家) or a site for
 * that trade (司机休息室, 骑手休息区: who the site is for, not who asks).
 */
function trade(ix: ReaderIndex, text: string, at: number): boolean {
  if (text.startsWith('的', at)) at++;
  const w = JOB_WORDS.find((j) => text.startsWith(j, at));
  if (!w) return false;
  const next = at + w.length;
  if (SITE_AFTER_JOB.test(text.slice(next))) return false;
  return !ix.kinds.some((k) => text.startsWith(k, next) || text.startsWith(k, at));
}

/** Read the phrases of an already normalised question. */
export function readHits(ix: ReaderIndex, text: string): HitsRead {
  // The employer's site is what the question is about, not a station: its words stay the question's own
  // (and a day off is when, not a rest asked for).
  const found = ix.matcher.find(text);
  // The district's name standing alone, not the start of a name the pack lacks (天津站, 海口火车站: somewhere else).
  const alone = (h: PhraseHitAt) =>
    h.end >= text.length ||
    !/\p{Script=Han}/u.test(text[h.end]!) ||
    ix.fillers.has(text[h.end]!) ||
    found.some((g) => g.start === h.end);
  const hits = found.filter(
    (h): h is ReadHit => h.value.type !== 'aside' && (h.value.type !== 'home' || alone(h)),
  );
  const cues: Record<Cue, boolean> = {
    where: false,
    near: false,
    hours: false,
    allDay: false,
    details: false,
    station: false,
  };
  const services = new Set<Service>();
  /** Services asked for only if a station word is met too. */
  const withStation = new Set<Service>();
  let elsewhere = false;
  let otherDistrict = false;
  let stationless = false;
  let anchor: { anchor: Anchor; length: number; text: string } | undefined;
  /** The longest station name: it beats a place (新江湾城农行: the bank's station, not the area). */
  let station: { anchor: Anchor; length: number; text: string } | undefined;
  let place: { anchor: Anchor; length: number; text: string } | undefined;
  let weak: Anchor | undefined;
  /** Every station name met: two stations' names may be where one of them is (长安南路电视塔那个驿站). */
  const named: { anchor: Anchor; length: number; text: string }[] = [];
  let covered = 0;
  for (const h of hits) {
    covered += h.end - h.start;
    const v = h.value;
    if (v.type === 'cue') {
      cues[v.cue] = true;
      if (v.cue === 'where' && ix.near.has(text.slice(h.start, h.end))) cues.near = true;
    } else if (v.type === 'elsewhere') elsewhere ||= !NAMES_A_STREET.test(text.slice(h.end));
    // 北京站 is not 北京站点.
    else if (v.type === 'otherDistrict') otherDistrict ||= !text.startsWith('点', h.end);
    else if (v.type === 'stationless') stationless ||= !NAMES_A_STREET.test(text.slice(h.end));
    else if (v.type === 'home') continue;
    // A service's place before "beside" (停车场旁边那个服务站) says where the station is, not what it should offer.
    else if (v.type === 'service') {
      if (!BESIDE.test(text.slice(h.end))) (v.withStation ? withStation : services).add(v.service);
    }
    // A name right before a job word is the asker's employer or trade (美团骑手, 顺丰快递员, 货车司机),
    // unless a station word follows (大冲骑手之家, 国定路小哥驿站).
    // …but not a station's own name that says what kind of site it is (盘旋路环卫休息室骑手能进去吗: who may use it).
    else if (
      trade(ix, text, h.end) &&
      !(v.anchor.kind === 'station' && SITE_END.test(text.slice(h.start, h.end)))
    )
      continue;
    // A short part of a name after a verb of the trade is the trade too (开货车的, 跑美团的).
    else if (v.weak && /[开跑干做]$/u.test(text.slice(0, h.start))) continue;
    else if (v.weak) weak ??= v.anchor;
    else {
      const found = { anchor: v.anchor, length: h.end - h.start, text: text.slice(h.start, h.end) };
      if (!anchor || found.length > anchor.length) anchor = found;
      if (v.anchor.kind === 'station') named.push(found);
      if (v.anchor.kind === 'station' && (!station || found.length > station.length)) station = found;
      if (v.anchor.kind === 'place' && (!place || found.length > place.length)) place = found;
    }
  }
  // A station word typed with a homophone (接立站 for 接力站) is a station word.
  if (!cues.station && soundAlike(text, ix.spokenKinds)) cues.station = true;
  if (cues.station) for (const s of withStation) services.add(s);
  // Parking with a ticket or being chased off (万象城门口一停车就被贴条, 保安老是赶): where riders may park in the
  // street, which the FAQ answers, not a station's car park.
  if (services.has('parking') && PARKING_TROUBLE.test(text)) services.delete('parking');
  // Another district's landmark asked about as a station's place (中关村那个暖心驿站几点开门): somewhere the pack
  // has no station. Told in a benefits question (在五一广场送餐摔了) it is only where something happened.
  // Where something is there (花果园哪里可以换电, 机场网约车在哪接客) asks about that district too — in the same
  // clause: 在花果园送餐摔了 去哪报销 asks where to claim.
  const whereThere = hits.some(
    (w) =>
      w.value.type === 'cue' &&
      w.value.cue === 'where' &&
      hits.some((l) => l.value.type === 'otherDistrict' && sameClause(text, l, w)),
  );
  const stationAsked =
    cues.station || cues.hours || cues.allDay || whereThere || services.size > 0 || named.length > 0;
  if (otherDistrict && stationAsked) elsewhere = true;
  if (stationless && (cues.station || cues.hours || cues.allDay || services.size > 0)) elsewhere = true;

  return { hits, cues, services, elsewhere, anchor, station, place, weak, named, covered };
}

/** Two matches with no clause break (a space: punctuation is one after normalising) between them. */
function sameClause(
  text: string,
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  return !/\s/u.test(text.slice(first.end, second.start));
}
