/**
 * What the parts of the station question reader share: the question read (`StationQuery`), the places and stations it
 * may name (`Anchor`), the phrases the reader looks for and their hits, and the index built once from the pack
 * (`ReaderIndex`), which every part reads.
 */
import type { STATION_SERVICES, ContentPack, Station } from '../../content/schema.js';
import type { Cue } from '../../faq/lexicon.js';
import type { PhraseMatcher } from '../../faq/phrases.js';
import type { GeoPoint } from '../../types.js';
import type { AskedDay } from '../asked-day.js';
import type { SpokenForm } from '../sound-alike.js';

export type Service = (typeof STATION_SERVICES)[number];

export interface Anchor {
  kind: 'place' | 'station';
  id: string;
  /** The name as the pack writes it. */
  name: string;
  point: GeoPoint;
}

export interface StationQuery {
  anchor?: Anchor;
  services: Service[];
  cues: Record<Cue, boolean>;
  /** The question names another city or province (outside the pack's district). */
  elsewhere: boolean;
  /** Letters and digits in the question that no name, service or cue accounts for. */
  rest: number;
  /** The same without function characters and fillers (lexicon.yaml `fillers`): what else it is about. */
  topic: number;
  /**
   * "Near" follows words that are no name of the pack ("汉口那边有没有驿站"): a place the pack does not
   * know, so listing its stations would answer another question.
   */
  unknownPlace?: boolean;
  /**
   * A name that is, or comes just before, a venue's (潘家园古玩市场, 国贸商城, 同济医院): the question may be about
   * that venue, whose opening hours or phone no station card gives.
   */
  venue?: boolean;
  /**
   * A boat, bus or train is named (鼓浪屿的船今天开不开, 几点有班车): its hours are a timetable, which no station card
   * gives.
   */
  transport?: boolean;
  /**
   * A station asked to be set up, not found (外事学院那一片…歇脚的地方一个都没有，能不能在那弄一个): the FAQ's
   * entry on suggesting one answers, not the stations nearest.
   */
  proposal?: boolean;
  /** The day asked about (周日, 明天, 晚上, on Sunday): a named station's card gives its hours that day. */
  day?: AskedDay;
  /** Whether it costs is asked (要钱吗, 免费吗, is it free). */
  fee?: boolean;
}

export type Phrase =
  /** `weak`: a two-character part of a station's name, which names it only beside a station word (南头那个接力站). */
  | { type: 'anchor'; anchor: Anchor; weak?: boolean }
  /** `withStation`: asks for the service only beside a station word (车胎扎了…哪个驿站). */
  | { type: 'service'; service: Service; withStation?: boolean }
  | { type: 'cue'; cue: Cue }
  | { type: 'elsewhere' }
  /** A well-known place of another district of this city (中关村 for 朝阳区): elsewhere for a station question. */
  | { type: 'otherDistrict' }
  /**
   * Another district of the city that the pack's entries name, but no place or station: elsewhere when a station
   * word, hours or a service is asked for there.
   */
  | { type: 'stationless' }
  /**
   * Read to stop a cue or a service, then set aside: a station word naming the worker's employer (站点不给结账),
   * 休息 as a day off (我休息想带孩子去…), not a rest asked for.
   */
  | { type: 'aside' }
  /** The district's, city's or province's own name (石家庄, 裕华区): here, all of it — a name, but no anchor. */
  | { type: 'home' };

export type PhraseHitAt = { start: number; end: number; value: Phrase };
/** A hit a question is read by: the employer's site words and a day off set aside. */
export type ReadHit = PhraseHitAt & { value: Exclude<Phrase, { type: 'aside' }> };

export function stationAnchor(s: Station): Anchor {
  return { kind: 'station', id: s.id, name: s.name, point: { lat: s.lat, lon: s.lon } };
}

/** The pack as the reader needs it: its places, stations, synonyms and district; its entries, where given. */
export type ReaderPack = Pick<ContentPack, 'places' | 'stations' | 'synonyms' | 'settings'> &
  Partial<Pick<ContentPack, 'faq'>>;

/** The district's own name (normalised, with its province), its pinyin, and its name compacted. */
export interface HomeNames {
  home: string;
  homePinyin: string;
  district: string;
}

/** What the reader knows of the pack, built once (reader-index.ts). */
export interface ReaderIndex {
  readonly matcher: PhraseMatcher<Phrase>;
  readonly stations: readonly Station[];
  readonly stop: ReadonlySet<string>;
  /** `where` words that ask for what is around a place (lexicon.yaml `near`). */
  readonly near: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  /** Station words (lexicon.yaml cues.station, and 之家). */
  readonly kinds: string[];
  /** Each station's name, aliases and address, compacted (`own`: without the district's name, 洪山区). */
  readonly described: { station: Station; text: string; own: string }[];
  /** Chinese station names and forms of three characters or more, for a name typed with one homophone. */
  readonly spoken: { form: string; anchor: Anchor }[];
  /** Latin station names without their spaces (dianzizhengjie), undefined where two stations share one. */
  readonly joined: Map<string, Anchor | undefined>;
  /** Station names and aliases as the pack writes them, compacted. */
  readonly written: ReadonlySet<string>;
  /** Chinese station words of three characters or more (接力站, 服务站), for one typed with a homophone. */
  readonly spokenKinds: SpokenForm<object>[];
  /** The pack's places, stations and entries' titles, questions and tags, compacted: a zone it names is its own. */
  readonly packNames: string;
}
