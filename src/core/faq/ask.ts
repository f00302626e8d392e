/**
 * One question in, one decision out — the whole offline brain of the FAQ job, with no I/O, so the chat
 * feature, `npm run eval:faq` and `npm run bench` all run exactly the same code.
 *
 *   const asker = createAsker(pack, serviceLabels);
 *   asker.ask('骑手体检在哪预约', { now, timeZone })        // → { kind: 'faq', hit: { entry: health-check-tour … } }
 *   asker.ask('五角场附近哪里能充电', { now, timeZone })     // → { kind: 'stations', results: { hits: [合生汇…] } }
 *   asker.ask('公积金怎么提取', { now, timeZone })           // → { kind: 'weak', candidates: [...] } (not sure)
 *
 * Routing between the FAQ and station search, and the thresholds, are explained in docs/faq.md.
 */
import type { ContentPack, FaqEntry } from '../content/schema.js';
import { hasWords } from '../text.js';
import type { GeoPoint } from '../types.js';
import { isPlausible } from '../stations/geo.js';
import {
  askedServiceWords,
  StationQueryReader,
  stationAnchor,
  type Service,
  type StationQuery,
} from '../stations/query.js';
import { matches, nearestStations, type StationResults } from '../stations/search.js';
import { homeNames, otherCities } from '../stations/districts.js';
import { withoutPersonalNumbers } from '../mask.js';
import { asks, clauses, negated, STORY_CLAUSES } from './clauses.js';
import { EntryText, focusOf, FOCUS_GROUPS } from './focus.js';
import { unstatedAge } from './ages.js';
import { unnamedMatter } from './asked-topic.js';
import { unstatedDetail, unstatedProcedure } from './detail.js';
import { wholeText } from './whole-text.js';
import { givesNumbers, introducesNumbers, namedNumbers } from './numbers.js';
import { Origins } from './origin.js';
import { forSomeoneElse, ownRecord, unstatedAmount, unstatedChange, unstatedProvision } from './scope.js';
import { FaqIndex, FEW_EXAMPLES, type FaqHit, type FaqIndexParams } from './index.js';
import { fittedProbability, FITTED_SURE } from './fitted-decision.js';
import { loadLexicon } from './lexicon.js';
import { compilePattern } from './concept-patterns.js';
import { authoredExamples } from './learned.js';
import { normalize, unsupportedScript } from './normalize.js';
import { PinyinReader } from './pinyin-input.js';
import { smallTalk } from './smalltalk.js';
import type { Transfer } from './transfer.js';

export interface Thresholds {
  /**
   * The best entry is given as the answer when all of these hold (docs/faq.md, "Deciding"):
   * its ranking score is at least `confident`, its share of the question's weight at least `coverage`…
   */
  confident: number;
  coverage: number;
  /** …its share of the question's salient content (`FaqHit.content`) at least `content`… */
  content: number;
  /** …its closest example question (or title) at least this close… */
  closest: number;
  /** …and it leads the second entry's score by at least `margin`, unless its score is at least `sure`. */
  margin: number;
  sure: number;
  /** Share of `closest` required of an entry without example questions (its stand-ins are worded as answers). */
  questionless: number;
  /** Share of `content` required of such an entry (a worker's words meet its answer's, not a question's). */
  questionlessContent: number;
  /** Or: the best entry scores this many times the second's and covers at least `dominantContent`. */
  dominance: number;
  dominantContent: number;
  /** Below this score an entry is not even offered as "did you mean" (a tap away costs a worker little; chosen
   *  across six packs' dev sets: the right entry offered for 102 of 143 wrongly refused questions, 77 at 0.15). */
  suggest: number;
  /**
   * Nor is an entry holding less than this share of the question's content: it matched only how the question is
   * framed (驿站那个阿姨姓什么 → the labour-contract entry). Dev sets, 13 packs: of 231 such buttons one was right.
   */
  offerContent: number;
  /**
   * A runner-up scoring at least this share of the answer's score is offered beside it ("or did you mean"):
   * close calls are where a wrong answer hides (dev sets: the right entry for 19 of 62 wrong answers, shown
   * with 11% of right ones).
   */
  alsoOffer: number;
  /** Closeness to an example question at which a place-less "where…" question is the FAQ's. */
  nearVerbatim: number;
  /** …or the share of its salient content a confident FAQ answer covers. */
  ownTopic: number;
  /** …or this many content characters that no place, service or cue word accounts for (`StationQuery.topic`). */
  ownWords: number;
  /** A place named in a question with this many other content characters and no station word is incidental. */
  story: number;
  /** Longest question (in characters) the bot tries to answer. */
  maxChars: number;
  /** Share of what the question asks (`focusOf`: 能退吗, 找谁修) the answered entry's own text must have. */
  focus: number;
  /**
   * Or close enough: the entry's example questions together (`FaqHit.asked`) hold this share of the
   * question's weight (an entry with `FEW_EXAMPLES` or more examples).
   */
  asked: number;
  /** An entry covering less than this share of the question's salient content matched its frame only (`contentFirst`). */
  frameOnly: number;
  /** Or it leads the second entry this many times in `content` (`leads`); 0: off. */
  contentLead: number;
  /**
   * A story (`STORY_CLAUSES`+ clauses) is answered by an entry scoring `dominance` times the runner-up
   * that holds at least this share of its salient content, however far its examples are (0: off).
   */
  storyContent: number;
  /**
   * Or, for an entry with fewer than `FEW_EXAMPLES` example questions: it scores `leader` times the
   * runner-up and covers at least `leaderContent` of the salient content, however far its examples are (0: off).
   */
  leader: number;
  leaderContent: number;
  /**
   * Or, for such an entry found by both its head (title, tags, examples) and its answer (`FaqHit.head`,
   * `FaqHit.body`): it scores `clearLead` times the runner-up and covers at least `clearContent` (0: off).
   */
  clearLead: number;
  clearContent: number;
  /**
   * Share of its score with which a runner-up that matched only how the question is asked (`frameOnly`:
   * 有没有, 找谁说说 in a question-like title) counts against the best entry: it is no rival on the topic.
   */
  frameRival: number;
  /**
   * Or, for an entry with fewer than `FEW_EXAMPLES` example questions met by no character the pack lacks: the
   * fitted model (`fitted-decision.ts`) says it is right with at least this probability (above 1: off).
   */
  fitted: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  confident: 0,
  coverage: 0,
  content: 0.34,
  closest: 0.17,
  margin: 0.02,
  sure: 0.6,
  questionless: 0.5,
  questionlessContent: 1,
  dominance: 1.6,
  dominantContent: 0.28,
  suggest: 0.12,
  offerContent: 0.05,
  alsoOffer: 0.7,
  nearVerbatim: 0.8,
  ownTopic: 0.7,
  ownWords: 4,
  story: 8,
  maxChars: 500,
  focus: 0.3,
  asked: 0.4,
  frameOnly: 0.1,
  contentLead: 1.5,
  storyContent: 0.15,
  leader: 2.5,
  leaderContent: 0.2,
  clearLead: 3.5,
  clearContent: 0.12,
  frameRival: 0.3,
  fitted: FITTED_SURE,
};

export type InvalidReason = 'empty' | 'no-words' | 'number' | 'language' | 'too-long';

/**
 * A bare number, perhaps with a counter (2, ３号, 第二个, 5号站): no question in it, though its digits
 * match entries' sums and dates (12 → "12 元"). Half-width and full-width digits alike.
 */
const ONLY_NUMBER =
  /^第?[0-9０-９一二三四五六七八九十两兩百]+(?:号|號|个|個|站|号站|號站|驿站|驛站|号驿站|號驛站)?[?？!！。.、，,\s]*$/u;

export type Answer =
  | { kind: 'faq'; hit: FaqHit; others: FaqHit[] }
  | { kind: 'weak'; candidates: FaqHit[] }
  | { kind: 'unknown' }
  | {
      kind: 'stations';
      query: StationQuery;
      results: StationResults;
      located: boolean;
      badLocation?: boolean;
      /** The question named this station and asked about it (its hours, a service): its card alone. */
      named?: string;
    }
  | { kind: 'invalid'; reason: InvalidReason };

/** Runner-ups an answer offers as buttons beside it: close to it in score, two at most. */
export function runnersUp(a: Extract<Answer, { kind: 'faq' }>, t: Thresholds): FaqHit[] {
  return a.others.filter((h) => h.score >= t.alsoOffer * a.hit.score).slice(0, 2);
}

/** The entries a reply puts one tap away: a "not sure" reply's guesses, an answer's close runner-ups. */
export function offeredEntries(a: Answer, t: Thresholds): FaqHit[] {
  if (a.kind === 'weak') return a.candidates;
  if (a.kind === 'faq') return runnersUp(a, t);
  return [];
}

export interface AskOptions {
  now: Date;
  timeZone: string;
  /** A shared location (Telegram location or live location). */
  location?: GeoPoint;
  /** Services carried over from an earlier question ("哪里能充电" → then a location). */
  services?: Service[];
  allDay?: boolean;
}

export interface Asker {
  readonly index: FaqIndex;
  readonly reader: StationQueryReader;
  readonly thresholds: Thresholds;
  ask(text: string, options: AskOptions): Answer;
  /** FAQ retrieval only (the model path retrieves with it). */
  retrieve(text: string, limit?: number): FaqHit[];
}

/**
 * What the bot itself answers from the pack's own words when the pack has an entry on it (`aboutTheBot`): how a
 * worker asks it, and the title of such an entry.
 * - `help` ("菜单", "你能干啥"): an entry about what the bot does (这个机器人能干啥), not about one thing done with it
 *   (怎么在机器人里反映问题).
 * - `report` ("我想私下反映个问题"): an entry on how to report (怎么私下向支部反映问题, 咋个通过机器人反映问题), not on one
 *   side of it — who sees a report, how far it has got, appealing a platform's fine after a customer's complaint.
 */
const ABOUT_THE_BOT: Record<'help' | 'report', { question: string; title: (title: string) => boolean }> = {
  help: {
    question: '这个机器人能干什么 有哪些功能 能帮我做什么',
    title: (title) =>
      /(机器人|助手|\bbot\b).{0,4}(能干|能做|能帮|会干|会做|干啥|干什么|做什么|功能|有什么用|有啥用|can do)/iu.test(
        title,
      ),
  },
  report: {
    question: '怎么私下向支部反映问题',
    title: (title) =>
      /反映|举报|急难愁盼/u.test(title) &&
      !/申诉|差评|进度|处理到|评价|匿名的吗|泄露|知道是我|晓得是我|谁能看|有没有人管/u.test(title),
  },
};
/** An entry's title or example question about setting up a station (想在我们这片儿新开个驿站). */
const SETTING_UP = /新开|新建|新设|增设|多开|多建|[建开设添加弄搞](?:一)?[个间家处]/u;

/** Distinct words a clear leader must share with the question (`FaqHit.words`): one may be a stray word. */
const CLEAR_WORDS = 2;

/**
 * Amenities of a place (有wifi吗, 能洗澡吗), as opposed to services that are also topics of entries (training,
 * counselling, charging an e-bike, rest, repair): an entry that never names one does not say a place has it.
 */
const AMENITIES = new Set<Service>([
  'wifi',
  'shower',
  'washing',
  'toilet',
  'microwave',
  'umbrella',
  'lockers',
  'hot-water',
  'drinking-water',
  'cooling',
  'warming',
]);

/** Longest question (characters, spaces between Chinese words aside) that may be answered by naming an entry's title or tag. */
const SHORT_CHARS = 8;
/** Characters of each answer whose words a pinyin question may use (the lead says what the entry is about). */
const PINYIN_ANSWER_CHARS = 300;
/** Entries searched for one that gives a number the question names (it may rank low on the number alone). */
const NUMBER_CANDIDATES = 20;

/** Share of `suggest` a leading entry must score for its lead to count (`leadsOnSomething`). */
const LEAD_FLOOR = 0.5;

/** Times of day in an answer (8:00–20:00, 晚上10点, 24小时): an entry that says when something is open. */
const TIMES_OF_DAY = /\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点點](?![\d多])|24\s*小[时時]/u;

/** Content characters besides the number up to which a question is about the number itself ("是干啥的", "是什么电话"). */
const NUMBER_FRAME = 3;

/** At most this many clause searches for one question (keeps p99 low on a large pack). */
const MAX_CLAUSE_SEARCHES = 8;

/** How many of a whole story's best entries its last clause may choose from. */
const STORY_CANDIDATES = 3;

/** Content characters a clause needs to answer for the whole question ("有补贴吗" is a frame and one word). */
const CLAUSE_CONTENT = 3;
/** Content characters the rest of a question needs once a told circumstance is set aside (进工会). */
const REST_CONTENT = 2;
/** Entries searched for the rest of such a question, to see how far behind the whole question's entry is. */
const REST_CANDIDATES = 10;
/** …the share of the whole question's best content its entry must hold. */
const REST_NEAR = 0.6;
/** …when the whole question's best entry holds less than this share of its salient content. */
const THIN_CONTENT = 0.15;

/** Content characters a story's last clause needs to be read as its question on its own. */
const STORY_QUESTION = 4;
/**
 * A runner-up scoring at least this share of the best entry's score, that holds what the question asks when the
 * best does not (台风天送晚了被罚 能申诉吗: the storm's entry leads, the appeals entry holds 申诉), is put first.
 */
const FOCUS_RIVAL = 0.7;
/** A runner-up scoring this share of the best entry's score or more is about level with it (`contentTie`). */
const TIE = 0.9;

/** A question asking for a phone number. */
const CONTACT =
  /(电话|号码|热线)(是)?(多少|几号)|电话号码|联系方式|phone number|contact number|hotline number/;

/** The asker's own phone number, which a question about privacy names. */
const OWN_NUMBER = /\bmy (?:mobile |cell )?phone(?: number)?\b|我的?(?:电话|手机)(?:号码|号)?/g;

/** Normalised text without the spaces between Chinese words. */
function compact(text: string): string {
  return normalize(text).replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '');
}

export function createAsker(
  pack: ContentPack,
  serviceLabels: Record<Service, string[]>,
  options: {
    params?: Partial<FaqIndexParams>;
    thresholds?: Partial<Thresholds>;
    /** The entries to index instead of the pack's (e.g. with learned example questions added). */
    entries?: readonly FaqEntry[];
    /** Word bridges other than the shipped ones (transfer.ts; measurement). */
    transfer?: Transfer;
  } = {},
): Asker {
  const index = new FaqIndex(
    options.entries ?? pack.faq,
    pack.synonyms,
    options.params,
    {},
    options.transfer,
  );
  const reader = new StationQueryReader(pack, serviceLabels);
  const t: Thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  const lex = loadLexicon();
  /** Every name of the pack's stations and places. */
  const placeNames = [
    ...pack.stations.flatMap((s) => [s.name, ...s.aliases]),
    ...pack.places.flatMap((p) => [p.name, ...p.aliases]),
  ];
  const pinyin = new PinyinReader(
    [
      ...pack.faq.flatMap((e) => [
        e.title,
        ...e.questions,
        ...e.tags,
        e.answer.slice(0, PINYIN_ANSWER_CHARS),
      ]),
      ...placeNames,
      ...pack.synonyms.flat(),
    ],
    // Words beyond the pack (失业金, 公积金, other cities) and workers' words for its topics.
    // …and the station services' labels (微波炉, 热水: "you weibolu ma" where no entry says 微波炉).
    [
      ...lex.beyond,
      ...lex.elsewhere,
      ...lex.concepts.flat(),
      ...Object.values(lex.colloquial),
      ...Object.values(serviceLabels).flat(),
    ],
    placeNames,
  );
  const onTheSpot = new Set<Service>(lex.onTheSpot);
  const district = pack.settings.district.name;
  const origins = new Origins(
    [...lex.elsewhere, ...otherCities(district)].map((n) => normalize(n)),
    // "Here" is the district, its city, or any place of the pack (娃在贵州老家…想接到仓前来读).
    [...homeNames(district), ...pack.places.flatMap((p) => [p.name, ...p.aliases])].map((n) => normalize(n)),
  );

  /**
   * Close enough to an example question, or, worded as answers are, to the answer's sentences (an entry
   * without example questions, or with only one or two: `FaqHit.standIn`) at `questionless` of that.
   */
  /** The question being answered was typed in pinyin (set by `ask`; answers are synchronous). */
  let readFromPinyin = false;

  function close(top: FaqHit): boolean {
    if (authoredExamples(top.entry) === 0) return top.closest >= t.closest * t.questionless;
    // Not for a question read from pinyin: the reading is made of the pack's own words.
    if (!readFromPinyin && authoredExamples(top.entry) >= FEW_EXAMPLES && top.asked >= t.asked) return true;
    return top.closest >= t.closest || top.standIn >= t.closest * t.questionless;
  }

  function confident(top: FaqHit, second: FaqHit | undefined): boolean {
    if (dominant(top, second)) return true;
    return (
      top.score >= t.confident &&
      top.coverage >= t.coverage &&
      top.content >= (authoredExamples(top.entry) > 0 ? t.content : t.content * t.questionlessContent) &&
      // An entry without example questions is compared with its answer's sentences, which are worded
      // like answers, not questions: half the closeness is as telling.
      close(top) &&
      (top.score >= t.sure || top.score - (second?.score ?? 0) >= t.margin || leads(top, second))
    );
  }

  /**
   * Scores about equal, but the best entry holds far more of what the question is about: the runner-up
   * matched mostly how it is asked, or mentions the topic in passing (a list of benefits naming 清凉包).
   */
  function leads(top: FaqHit, second: FaqHit | undefined): boolean {
    return t.contentLead > 0 && second !== undefined && top.content >= t.contentLead * second.content;
  }

  /**
   * A clear winner: it scores `dominance` times the runner-up and covers at least `dominantContent` of the
   * question's salient content (answer-only entries often rank right below the content threshold).
   */
  function dominant(top: FaqHit, second: FaqHit | undefined): boolean {
    return top.content >= t.dominantContent && close(top) && top.score >= t.dominance * (second?.score ?? 0);
  }

  /**
   * A lead over the runner-up says something only when the leader scores something itself: a lone entry
   * sharing one stray character (师 of 律师 in 谢谢你啊师傅, 0.03) leads an empty field. Half the score at which an
   * entry is offered as "did you mean" (no dev line is answered at less).
   */
  function leadsOnSomething(top: FaqHit): boolean {
    return top.score >= t.suggest * LEAD_FLOOR;
  }

  /**
   * An entry written as an answer (none, one or two example questions) that no worker's wording comes
   * close to — its words are the answer's (拖欠工资, 做任务返佣金), the question's are the worker's
   * (老板没发钱, 有人加我微信) — yet far ahead of every other entry. An entry with many examples must come
   * close to one of them: there a far lead on a few words is as often a topic the pack lacks (购置补贴).
   * Whole questions only: a clause alone (怎么弄回来) leads on its frame.
   */
  function farLeader(top: FaqHit, second: FaqHit | undefined): boolean {
    return (
      t.leader > 0 &&
      leadsOnSomething(top) &&
      authoredExamples(top.entry) < FEW_EXAMPLES &&
      top.content >= t.leaderContent &&
      top.score >= t.leader * (second?.score ?? 0)
    );
  }

  /**
   * An answer-worded entry (fewer than `FEW_EXAMPLES` examples) far ahead of the rest, whose head and answer
   * both hold words of the question: a worker's words (晕乎乎直想吐, 手指头没知觉) meet few of its own, so
   * its share of the content stays low, but two fields agreeing say the topic matched, not a stray word
   * (驾照 in one sentence of an answer, 找人 in a title).
   */
  function clearLeader(top: FaqHit, second: FaqHit | undefined): boolean {
    return (
      t.clearLead > 0 &&
      leadsOnSomething(top) &&
      authoredExamples(top.entry) < FEW_EXAMPLES &&
      top.words >= CLEAR_WORDS &&
      top.content >= t.clearContent &&
      top.score >= t.clearLead * (second?.score ?? 0)
    );
  }

  /**
   * The fitted decision (`fitted-decision.ts`): an answer-worded entry the cascade declines, whose question has
   * no content character the pack lacks (a topic beyond it, 尿酸 or 首套, nearly always brings one), when the
   * model is `fitted` sure of it. Never an entry too weak to be offered as "did you mean" (`suggest`): a
   * remark of a few words (嫑问额 中不中) can hold all of its little content in one stray character.
   */
  function fittedLeader(text: string, top: FaqHit, second: FaqHit | undefined): boolean {
    const examples = authoredExamples(top.entry);
    if (t.fitted > 1 || top.score < t.suggest || examples >= FEW_EXAMPLES) return false;
    const unseen = unseenChars(text);
    if (unseen > 0) return false;
    const p = fittedProbability({
      ...top,
      secondScore: second?.score ?? 0,
      secondContent: second?.content ?? 0,
      examples,
      clauses: clauses(text).length,
      length: [...text.replace(/\s/g, '')].length,
      chars: contentSet(text).length,
      unseenChars: unseen,
    });
    return p >= t.fitted;
  }

  /** Every character of the pack's entries (normalised), built on first need. */
  let packChars: Set<string> | undefined;
  /** Distinct content characters of a question that no entry of the pack has. */
  function unseenChars(text: string): number {
    packChars ??= new Set((options.entries ?? pack.faq).flatMap((e) => [...normalize(wholeText(e))]));
    return contentSet(text).filter((c) => !packChars!.has(c)).length;
  }

  /**
   * Asks for a phone number ("保险公司电话多少") the entry does not give: the entry is about the topic,
   * not the contact, so it is offered, not given as the answer.
   */
  function lacksContact(text: string, hit: FaqHit): boolean {
    // The worker's own number ("will my phone number be shown", "我的手机号会泄露吗") asks for no contact.
    const asked = index.plain(text).replace(OWN_NUMBER, ' ');
    return CONTACT.test(asked) && !/\d{3,}/.test(hit.entry.answer.replace(/[\s-]/g, ''));
  }

  const entryText = new EntryText(
    [...lex.concepts, ...pack.synonyms, ...FOCUS_GROUPS].map((g) =>
      g.map((w) => normalize(w)).filter(Boolean),
    ),
  );
  const skip = new Set(lex.fillers.flatMap((w) => [...normalize(w)]));
  const context = lex.context.map((w) => normalize(w)).sort((a, b) => b.length - a.length);

  /**
   * The entry is about the question's topic but not about what it asks: a focus ("爱心餐能送到家里吗",
   * "驿站的充电宝能借走用一天吗") the entry's own text mostly lacks. It is offered, not given as the answer.
   */
  /** Chinese content characters of a text: no fillers, no context words (跑单, 想问…). */
  function contentChars(text: string): number {
    return contentCharacters(text).length;
  }

  function contentCharacters(text: string): string[] {
    let q = index.plain(text);
    for (const w of context) q = q.split(w).join('');
    return [...q].filter((c) => /\p{Script=Han}/u.test(c) && !skip.has(c));
  }

  /** The distinct content characters of a text. */
  function contentSet(text: string): string[] {
    return [...new Set(contentCharacters(text))];
  }

  function offTarget(text: string, hit: FaqHit): boolean {
    const share = focusShare(text, hit);
    if (share !== undefined && share < t.focus) return true;
    // A change asked of what the entry gives (能不能换成鸡汤面) that it never names (round 39).
    return t.focus > 0 && unstatedChange(index.plain(text), hit.entry);
  }

  /** Share of the question's focus (what it asks) the entry's own text holds; undefined when there is none. */
  function focusShare(text: string, hit: FaqHit): number | undefined {
    if (t.focus <= 0) return undefined;
    let q = index.questionText(text);
    for (const w of context) q = q.split(w).join('');
    const focus = focusOf(q);
    return focus ? entryText.covered(hit.entry, focus, skip) : undefined;
  }

  /**
   * Two entries on one topic, the best lacking what the question asks and a close runner-up named for it — its
   * title or tags hold all of it (台风天送晚了被罚 能申诉吗: the storm's entry on late orders, the appeals entry
   * 罚款和差评怎么申诉): what is asked decides, so the runner-up is put first and judged as the best. An example
   * question or an answer that mentions it in passing does not count (站长天天骂人 能换个站吗: the wages entry's
   * 离职了工资一直不结).
   */
  function focusFirst(text: string, hits: FaqHit[]): FaqHit[] {
    const [top, second] = hits;
    if (!top || !second || second.score < FOCUS_RIVAL * top.score) return hits;
    const head = { ...second, entry: { ...second.entry, questions: [], answer: '' } };
    if (!offTarget(text, top) || focusShare(text, head) !== 1) return hits;
    return [second, top, ...hits.slice(2)];
  }

  /**
   * The entry covers the topic but not the person asked for, not the sum asked about, or the question asks
   * for the worker's own record (`scope.ts`).
   */
  function outOfScope(text: string, hit: FaqHit): boolean {
    const q = index.plain(text);
    return (
      unstatedAmenity(q, hit.entry) ||
      forSomeoneElse(q, hit.entry) ||
      unstatedAmount(q, hit.entry) ||
      ownRecord(q) ||
      unstatedAge(q, hit.entry) ||
      unstatedDetail(q, hit.entry, skip) ||
      unstatedProcedure(q, hit.entry, skip) ||
      unstatedProvision(q, hit.entry) ||
      unnamedMatter(q, plainEntry(hit.entry), matterGroups, skip) !== undefined
    );
  }

  /** Synonym groups in plain words (the built-in concepts and the pack's), for the asked-matter check. */
  const matterGroups = [...lex.concepts, ...pack.synonyms].map((g) =>
    g.map((w) => index.plain(w)).filter(Boolean),
  );
  /** Entries' whole text in plain words, made when first asked of (a few entries per question). */
  const plainEntries = new Map<string, string>();
  function plainEntry(entry: FaqEntry): string {
    let text = plainEntries.get(entry.id);
    if (text === undefined) plainEntries.set(entry.id, (text = index.plain(wholeText(entry))));
    return text;
  }

  /**
   * The station reading of a question in plain words, kept for the last one read: the question being
   * answered is read once at the start and again by the amenity check (reading is a tenth of an answer's time).
   */
  let lastRead: { plain: string; q: StationQuery } | undefined;
  function readQuestion(plain: string): StationQuery {
    if (lastRead?.plain !== plain) lastRead = { plain, q: reader.read(plain) };
    return lastRead.q;
  }

  /** Each service's words as questions are read (normalised once). */
  const servicesSaid = Object.fromEntries(
    Object.entries(askedServiceWords(serviceLabels, pack.synonyms)).map(([s, ws]) => [
      s,
      ws.map((w) => normalize(w)),
    ]),
  ) as Record<Service, string[]>;
  /** The entry's text names every one of these services (in any of the words a question would use). */
  function namesServices(services: Service[], entry: FaqEntry): boolean {
    const text = normalize(wholeText(entry));
    return services.every((s) => servicesSaid[s].some((w) => text.includes(w)));
  }

  /** Asks whether a place has an amenity (有wifi吗, 能洗澡吗) that the entry's text never names. */
  function unstatedAmenity(plain: string, entry: FaqEntry): boolean {
    const asked = readQuestion(plain).services.filter((s) => AMENITIES.has(s));
    return asked.length > 0 && !namesServices(asked, entry);
  }

  function faq(raw: string): Answer {
    // English naming places in pinyin ("does guanggu belong to hongshan"): the pack's names in Chinese, for
    // the FAQ only (the station reader has its own pinyin forms of names).
    const text = readFromPinyin ? raw : (pinyin.names(raw) ?? raw);
    const numbers = namedNumbers(normalize(text));
    if (numbers.length) return numbered(text, numbers);
    return decide(text, focusFirst(text, contentTie(text, contentFirst(index.search(text, 5)))));
  }

  /**
   * Two entries scoring about the same (the runner-up at `TIE` of the best or more) for a question of two or
   * three clauses, one holding `contentLead` times the other's share of what the question is about: that one first.
   * The other matched mostly how the question is told (電梯壞了要爬樓 怎麼跟平台說不算遲到: the appeals entry's
   * 超时 and 平台 against the entry on reporting a broken lift ahead).
   */
  function contentTie(text: string, hits: FaqHit[]): FaqHit[] {
    const [top, second] = hits;
    if (!top || !second || t.contentLead <= 0 || second.score < TIE * top.score) return hits;
    if (second.content < t.contentLead * top.content) return hits;
    // Told, then asked: a question of one clause (积分入学, 工会会费一个月多少) has no telling to match instead; a
    // story of `STORY_CLAUSES` or more is decided on its last clauses (`fromClauses`), whose entry the swap would hide.
    const n = clauses(text).length;
    return n < 2 || n >= STORY_CLAUSES ? hits : [second, top, ...hits.slice(2)];
  }

  /**
   * The runner-up the best entry is measured against. One that matched only how the question is asked
   * (`contentFirst` ranked it last) counts with `frameRival` of its score: in a pack whose titles are
   * questions (有没有…, …找谁说说), such a title scores on a worker's frame words alone and would otherwise
   * hold back the one entry that has the topic.
   */
  function rival(hits: FaqHit[]): FaqHit | undefined {
    const second = hits[1];
    if (!second || t.frameOnly <= 0 || second.content >= t.frameOnly) return second;
    return { ...second, score: second.score * t.frameRival };
  }

  /** The answer to a question from its best entries (ranked). */
  function decide(text: string, hits: FaqHit[]): Answer {
    const top = hits[0];
    if (top && lacksContact(text, top)) return notHere({ kind: 'faq', hit: top, others: hits.slice(1) });
    const second = rival(hits);
    const sure =
      (top && pastCircumstance(text, hits)) ??
      (top &&
      (confident(top, second) ||
        named(text, top) ||
        storyLeader(text, top, second) ||
        farLeader(top, second) ||
        clearLeader(top, second) ||
        fittedLeader(text, top, second))
        ? top
        : top && fromClauses(text, hits));
    if (sure) {
      const answer: Answer = {
        kind: 'faq',
        hit: sure,
        others: hits.filter((h) => h.entry.id !== sure.entry.id),
      };
      return offTarget(text, sure) || outOfScope(text, sure) ? notHere(answer) : answer;
    }
    const candidates = offered(hits);
    return candidates.length ? { kind: 'weak', candidates } : { kind: 'unknown' };
  }

  /**
   * A question naming a hotline or emergency number (`numbers.ts`): only entries that give it may answer.
   * The one entry that introduces it is the answer when the question says little else ("12348是干啥的");
   * otherwise the usual decision among the entries that give it.
   */
  function numbered(text: string, numbers: string[]): Answer {
    const all = index.search(text, NUMBER_CANDIDATES);
    const giving = all.filter((h) => givesNumbers(h.entry, numbers));
    if (!giving.length) return notHere(decide(text, contentFirst(all.slice(0, 5))));
    const introducing = giving.filter((h) => introducesNumbers(h.entry, numbers));
    const rest = compact(text).replace(new RegExp(numbers.join('|'), 'g'), '');
    if (introducing.length === 1 && contentChars(rest) <= NUMBER_FRAME) {
      const hit = introducing[0]!;
      return { kind: 'faq', hit, others: giving.filter((h) => h !== hit) };
    }
    return decide(text, contentFirst(giving.slice(0, 5)));
  }

  /**
   * A long story whose topic sits among words of its own (城中村, 房东, 涨房租…): no example question is
   * close and the content share is diluted, yet one entry scores far above every other. It is the answer
   * when it leads the runner-up `dominance` times and still holds `storyContent` of the content.
   */
  function storyLeader(text: string, top: FaqHit, second: FaqHit | undefined): boolean {
    if (t.storyContent <= 0 || !leadsOnSomething(top) || clauses(text).length < STORY_CLAUSES) return false;
    return top.content >= t.storyContent && top.score >= t.dominance * (second?.score ?? 0);
  }

  /**
   * An entry that matched only how the question is asked ("…在哪里找" against "体检报告在哪里看": fillers
   * and frame words, under `frameOnly` of the question's salient content) can be no answer, so it neither
   * stands in the way of one that matched what is asked nor counts as its runner-up: it is ranked last.
   */
  function contentFirst(hits: FaqHit[]): FaqHit[] {
    if (t.frameOnly <= 0) return hits;
    return [...hits.filter((h) => h.content >= t.frameOnly), ...hits.filter((h) => h.content < t.frameOnly)];
  }

  /**
   * A long, story-like question ("…我前天送单被车刮了… 要先找平台还是保险公司 要哪些单子"): its core is
   * usually one or two clauses. A clause (or two neighbouring ones) that is confidently answered by an
   * entry the whole question also ranks among its best is taken as the answer.
   */
  function fromClauses(text: string, hits: FaqHit[]): FaqHit | undefined {
    const parts = clauses(text);
    if (parts.length < 2) return undefined;
    // In a long story, the last clause (where its question usually is) may pick any of the whole
    // question's best few when it says enough on its own ("我想问扣的钱能申诉要回来吗", not "去哪约"):
    // the story's other words can rank a neighbouring entry first.
    const last = parts[parts.length - 1]!;
    if (parts.length >= STORY_CLAUSES && contentChars(last) >= STORY_QUESTION) {
      const sub = index.search(last, 2);
      const best = sub[0];
      const near = hits.slice(0, STORY_CANDIDATES).find((h) => h.entry.id === best?.entry.id);
      // Not an entry the whole question's best outranks on content by `contentLead`: the last clause then
      // names a detail (要租房合同吗) of a question about another topic (办居住证).
      const held =
        near !== undefined && !(t.contentLead > 0 && hits[0]!.content >= t.contentLead * near.content);
      if (best && held && confident(best, sub[1])) return best;
    }
    const whole = hits[0]!.entry.id;
    // A short question whose best entry holds little of it: a clause of a frame and one word ("有补贴吗")
    // does not speak for the rest ("我想学做热干面开店"), which is a topic the pack lacks.
    const thin = parts.length < STORY_CLAUSES && hits[0]!.content < THIN_CONTENT;
    // Single clauses, then pairs of neighbours; the last ones first (the question usually ends a story).
    const windows: string[] = [];
    // A negated circumstance that asks nothing and does not end the question (我冇签合同，…摔断了手，有冇得人赔)
    // is background, not what the worker wants to know: it may not answer for the whole question when
    // another of its best entries holds more of the whole question's content (the entry on its topic).
    const outranked = hits.slice(1, STORY_CANDIDATES).some((h) => h.content > hits[0]!.content);
    const background = parts.map((p, i) => {
      const q = index.plain(p);
      return outranked && i < parts.length - 1 && negated(q) && !asks(q);
    });
    for (let n = 1; n <= Math.min(2, parts.length - 1); n++)
      for (let i = parts.length - n; i >= 0; i--)
        if (!background.slice(i, i + n).every(Boolean)) windows.push(parts.slice(i, i + n).join(' '));
    for (const w of windows.slice(0, MAX_CLAUSE_SEARCHES)) {
      if (thin && contentChars(w) < CLAUSE_CONTENT) continue;
      const sub = index.search(w, 2);
      const best = sub[0];
      if (best && best.entry.id === whole && confident(best, sub[1])) return best;
    }
    return undefined;
  }

  /**
   * A circumstance told before the question that asks nothing (送快递的冇签合同，能进工会不): the question is
   * about what follows, not about the contract. When the question without such clauses is confidently
   * answered by another of the whole question's best few, that entry is the answer.
   */
  function pastCircumstance(text: string, hits: FaqHit[]): FaqHit | undefined {
    const parts = clauses(text);
    if (parts.length < 2) return undefined;
    const kept = parts.filter((p, i) => {
      const q = index.plain(p);
      return i === parts.length - 1 || !negated(q) || asks(q);
    });
    if (kept.length === parts.length) return undefined;
    const rest = kept.join(' ');
    if (contentChars(rest) < REST_CONTENT) return undefined;
    const sub = contentFirst(index.search(rest, REST_CANDIDATES));
    const best = sub[0];
    const whole = hits[0]?.entry.id;
    if (!best || best.entry.id === whole) return undefined;
    // A runner-up of the whole question holding nearly as much of its content, on whose rest the whole question's
    // entry is far behind: a rest that says little of its own (有补助不, 人也联系不上, 还能翻出来不) leaves that
    // entry with far less of the question than the circumstance's (上学没钱, 两个月没发钱, 课没来得及看).
    const near = hits
      .slice(0, STORY_CANDIDATES)
      .find((h) => h.entry.id === best.entry.id && h.content >= REST_NEAR * hits[0]!.content);
    const before = sub.find((h) => h.entry.id === whole)?.score ?? 0;
    return near && best.score >= t.leader * before && confident(best, rival(sub)) ? best : undefined;
  }

  /**
   * A short question that is an entry's own title, a tag or a part of either ("体检", "法律援助"): the
   * worker named the topic, so the best entry that carries that name is the answer.
   */
  function named(text: string, top: FaqHit): boolean {
    const q = compact(text);
    if (!q || [...q].length > SHORT_CHARS) return false;
    const e = top.entry;
    const names = [e.title, ...e.tags, e.variants?.en?.title ?? ''].map(compact).filter(Boolean);
    return names.some((n) => n.includes(q));
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

  /**
   * Another city the question is about, not only where the teller comes from: in a story of `STORY_CLAUSES`
   * clauses or more whose last two clauses (where its question is) name no other city, or named as an origin
   * (户口在开封; 老家是周口的 / 我是甘肃的 with a question about here: `origin.ts`), the city is the teller's.
   */
  function asksElsewhere(text: string): boolean {
    const parts = clauses(text);
    if (parts.length >= STORY_CLAUSES && !reader.read(index.plain(parts.slice(-2).join(' '))).elsewhere)
      return false;
    return Boolean(reader.read(origins.strip(index.plain(text))).elsewhere);
  }

  let beyond: string[] | undefined;
  let beyondPatterns: RegExp[] | undefined;
  /** A topic outside any benefits pack (lexicon.yaml `beyond`) that this pack's entries never mention. */
  function isBeyond(norm: string): boolean {
    beyond ??= (() => {
      const packText = pack.faq.map((e) =>
        index.plain([e.title, ...e.questions, ...e.tags, e.answer].join(' ')),
      );
      // A phrase the pack uses, or a synonym of it (公租房 where an entry speaks of 保障性租赁住房), is the pack's.
      const groups = [...lex.concepts, ...pack.synonyms].map((g) => g.map((w) => index.plain(w)));
      const said = (w: string) => packText.some((x) => x.includes(w));
      // An English phrase is the pack's when an entry is about the glossary's terms for the whole phrase
      // (title, tags or example questions: "heat allowance" where an entry is on 高温津贴 — not "heating
      // subsidy" for an entry on 高温, word by word, nor "cholesterol" where 血脂 is one item of a check-up).
      const topics = pack.faq.map((e) => index.plain([e.title, ...e.questions, ...e.tags].join(' ')));
      const saidInEnglish = (w: string) =>
        index
          .translation(w)
          ?.split(' ')
          .some((x) => topics.some((t) => t.includes(x))) === true;
      return lex.beyond
        .map((w) => index.plain(w))
        .filter((w) => !said(w) && !saidInEnglish(w) && !groups.some((g) => g.includes(w) && g.some(said)));
    })();
    beyondPatterns ??= (() => {
      const packText = pack.faq.map((e) =>
        index.plain([e.title, ...e.questions, ...e.tags, e.answer].join(' ')),
      );
      return lex.beyondPatterns
        .map((raw) => compilePattern(raw))
        .filter((re): re is RegExp => re !== undefined)
        .map((re) => new RegExp(re.source, 'u'))
        .filter((re) => !packText.some((x) => re.test(x)));
    })();
    // English words whole ("cat" is not in "certificate"); Chinese phrases anywhere.
    const spaced = ` ${norm} `;
    return (
      beyond.some((w) => (/^[a-z ]+$/.test(w) ? spaced.includes(` ${w} `) : norm.includes(w))) ||
      beyondPatterns.some((re) => re.test(norm))
    );
  }

  /**
   * "help" or "我想反映个问题": the pack's entry on that side of the bot, when it has one, found by a question of
   * that kind among the entries whose titles say so; otherwise unknown, and the chat shows the built-in way
   * (/help, the way to /report). The worker's own words say too little to rank entries by.
   */
  function aboutTheBot(topic: keyof typeof ABOUT_THE_BOT): Answer {
    let found = botEntries.get(topic);
    if (!found) {
      const { question, title } = ABOUT_THE_BOT[topic];
      const a = decide(
        question,
        index.search(question, 10).filter((h) => title(h.entry.title)),
      );
      found = a.kind === 'faq' ? a : { kind: 'unknown' };
      botEntries.set(topic, found);
    }
    return found;
  }
  /** The same for every such request to this asker: found on the first. */
  const botEntries = new Map<keyof typeof ABOUT_THE_BOT, Answer>();

  /** Never a confident answer: at most "not sure" with the closest entries. */
  function notHere(a: Answer): Answer {
    if (a.kind !== 'faq') return a;
    return { kind: 'weak', candidates: offered([a.hit, ...a.others]) };
  }

  /** The entries a "not sure" reply offers: up to three that score enough and hold some of the question's content. */
  function offered(hits: FaqHit[]): FaqHit[] {
    return hits.filter((h) => h.score >= t.suggest && h.content >= t.offerContent).slice(0, 3);
  }

  /** The question in plain words with a place's names (the pack's `places.yaml`) blanked out. */
  function placeBlanked(text: string, id: string): string {
    const place = pack.places.find((p) => p.id === id);
    if (!place) return text;
    const names = [place.name, ...place.aliases].map((n) => index.plain(n)).filter(Boolean);
    names.sort((a, b) => b.length - a.length);
    return names.reduce((out, n) => out.split(n).join(' '), index.plain(text));
  }

  /** The station cues of a story's last clause (its question); the whole question's when it has one clause. */
  function storyCues(text: string, q: StationQuery): StationQuery['cues'] {
    const parts = clauses(text);
    if (parts.length < 2) return q.cues;
    return reader.read(index.plain(parts[parts.length - 1]!)).cues;
  }

  function ask(raw: string, o: AskOptions): Answer {
    let text = raw.trim();
    if (o.location) {
      const q = reader.read(index.plain(text));
      if (!isPlausible(o.location)) return stations(q, undefined, o, true);
      return stations(q, o.location, o);
    }
    if (!text) return { kind: 'invalid', reason: 'empty' };
    // A worker's own phone or ID number in the question says nothing of its topic (a number alone is still read as one).
    const told = withoutPersonalNumbers(text).trim();
    if (hasWords(told)) text = told;
    if (!hasWords(text)) return { kind: 'invalid', reason: 'no-words' };
    if (unsupportedScript(text)) return { kind: 'invalid', reason: 'language' };
    if ([...text].length > t.maxChars) return { kind: 'invalid', reason: 'too-long' };
    // A greeting or thanks and nothing else (你吃了吗, 得嘞) asks the pack nothing, whatever words it shares
    // with an entry (吃了差评); the chat feature greets back before it asks.
    const talk = smallTalk(text);
    if (talk === 'help' || talk === 'report') return aboutTheBot(talk);
    if (talk) return { kind: 'unknown' };
    // Typed in pinyin ("tijian baogao zenme kan"): read back into the pack's Chinese words.
    const read = pinyin.read(text);
    readFromPinyin = read !== undefined;
    text = read ?? text;

    const q = readQuestion(index.plain(text));
    // "3号" alone asks nothing — unless the pack has a station of that name (q.anchor).
    if (ONLY_NUMBER.test(text.replace(/\s+/g, '')) && !q.anchor) return { kind: 'invalid', reason: 'number' };
    // Another city: nothing in this pack is about it (the closest entries are still offered) — unless it
    // is only where the teller comes from ("我去年从湖南过来…想问骑手公寓怎么申请", "老家是周口的 娃想在郑州念小学").
    if (q.elsewhere && asksElsewhere(text))
      return asksWhereStationsAre(q) ? elsewhereStations(q) : notHere(faq(text));
    // Regional words read too (index.plain): "明儿个下雨不" is the weather forecast (明天下雨).
    // …and English read through the glossary ("unemployment pay" → 失业金).
    if (isBeyond(index.plain(text)) || isBeyond(index.translated(text))) return notHere(faq(text));
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
      if (q.anchor.kind === 'place' && (signals || q.rest <= 2)) {
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

  return { index, reader, thresholds: t, ask, retrieve: (text, limit = 4) => index.search(text, limit) };
}
