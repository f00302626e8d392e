/**
 * One question in, one decision out — the whole offline brain of the FAQ job, with no I/O, so the chat
 * feature, `npm run eval:faq` and `npm run bench` all run exactly the same code.
 *
 *   const asker = createAsker(pack, serviceLabels);
 *   asker.ask('骑手体检在哪预约', { now, timeZone })        // → { kind: 'faq', hit: { entry: health-check-tour … } }
 *   asker.ask('五角场附近哪里能充电', { now, timeZone })     // → { kind: 'stations', results: { hits: [合生汇…] } }
 *   asker.ask('公积金怎么提取', { now, timeZone })           // → { kind: 'weak', candidates: [...] } (not sure)
 *
 * Routing between the FAQ and station search, and the thresholds, are explained in docs/faq.md. The asker
 * sets aside what is no question, small talk and what this pack cannot know, then hands the question to the
 * station path (station-path.ts) or the FAQ's decision (decide.ts); what it answers is in answer.ts.
 */
import type { ContentPack, FaqEntry } from '../content/schema.js';
import { hasWords } from '../text.js';
import { isPlausible } from '../stations/geo.js';
import { StationQueryReader, type Service, type StationQuery } from '../stations/query.js';
import { homeNames, otherCities } from '../stations/districts.js';
import { withoutPersonalNumbers } from '../mask.js';
import type { Answer, AskOptions } from './answer.js';
import { clauses, STORY_CLAUSES } from './clauses.js';
import { faqDecision } from './decide.js';
import { entryFit } from './entry-fit.js';
import { Origins } from './origin.js';
import { FaqIndex, type FaqHit, type FaqIndexParams } from './index.js';
import { loadLexicon } from './lexicon.js';
import { compilePattern } from './concept-patterns.js';
import { normalize, unsupportedScript } from './normalize.js';
import { everydayPinyinWords, faqPinyinTexts } from './pinyin-words.js';
import { PinyinReader } from './pinyin-input.js';
import { placeTies } from './place-ties.js';
import { questionContent } from './question-content.js';
import { detailsOnly, detailsRest } from './details.js';
import { smallTalk } from './smalltalk.js';
import { SoundSlips } from './sound-slips.js';
import { stationPath } from './station-path.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';
import type { Transfer } from './transfer.js';

/** How many entries the words of a line of details are looked up among, to find its answer again. */
const DETAILS_RECHECK = 10;
/**
 * A bare number, perhaps with a counter (2, ３号, 第二个, 5号站): no question in it, though its digits
 * match entries' sums and dates (12 → "12 元"). Half-width and full-width digits alike.
 */
const ONLY_NUMBER =
  /^第?[0-9０-９一二三四五六七八九十两兩百]+(?:号|號|个|個|站|号站|號站|驿站|驛站|号驿站|號驛站)?[?？!！。.、，,\s]*$/u;

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
    [...faqPinyinTexts(pack), ...placeNames, ...pack.synonyms.flat()],
    // Everyday words beyond the pack, and the station services' labels (微波炉, 热水: "you weibolu ma" where no
    // entry says 微波炉).
    [...everydayPinyinWords(lex), ...Object.values(serviceLabels).flat()],
    placeNames,
  );
  // A word typed with a sound-alike slip (提检, 亿站) read as the pack's or the lexicon's word it sounds like.
  const slips = new SoundSlips(
    index,
    // Only the words naming stations and their services: a slip read as another cue (嘅门 → 开门, 电化 → 电话)
    // would turn a question into a station's hours or phone number.
    () => [...lex.cues.station, ...Object.values(serviceLabels).flat()].map((w) => normalize(w)),
    () => [
      ...lexiconTexts(lex),
      ...[pack.stations, pack.places, pack.branches, pack.categories, pack.synonyms]
        .flatMap(textsOf)
        .map((w) => normalize(w)),
    ],
    lex.fillers,
  );
  const onTheSpot = new Set<Service>(lex.onTheSpot);
  const district = pack.settings.district.name;
  const origins = new Origins(
    [...lex.elsewhere, ...otherCities(district)].map((n) => normalize(n)),
    // "Here" is the district, its city, or any place of the pack (娃在贵州老家…想接到仓前来读).
    [...homeNames(district), ...pack.places.flatMap((p) => [p.name, ...p.aliases])].map((n) => normalize(n)),
  );

  /**
   * The station reading of a question in plain words, kept for the last one read: the question being
   * answered is read once at the start and again by the amenity check (reading is a tenth of an answer's time).
   */
  let lastRead: { plain: string; q: StationQuery } | undefined;
  function readQuestion(plain: string): StationQuery {
    if (lastRead?.plain !== plain) lastRead = { plain, q: reader.read(plain) };
    return lastRead.q;
  }

  const content = questionContent(index, options.entries ?? pack.faq, lex);
  const fit = entryFit({ pack, serviceLabels, index, t, lex, content, readQuestion });
  const places = placeTies(pack, (text) => index.plain(text));
  const decision = faqDecision({ index, t, pinyin, content, fit, places });
  const { faq, decide, notHere } = decision;
  const path = stationPath({ pack, reader, index, t, onTheSpot, decision, fit });
  const { stations, asksWhereStationsAre, elsewhereStations } = path;

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

  /** The lexicon's beyond phrases this pack never mentions, English ones apart (matched as whole words). */
  let beyond: { latin: string[]; han: string[] } | undefined;
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
      const words = lex.beyond
        .map((w) => index.plain(w))
        .filter((w) => !said(w) && !saidInEnglish(w) && !groups.some((g) => g.includes(w) && g.some(said)));
      const latin = (w: string) => /^[a-z ]+$/.test(w);
      return { latin: words.filter(latin), han: words.filter((w) => !latin(w)) };
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
      beyond.han.some((w) => norm.includes(w)) ||
      beyond.latin.some((w) => spaced.includes(` ${w} `)) ||
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
    // Asking after one's own report is answered with the worker's reports in the chat (reply.ts); the pack's own
    // entry on following a report, if any, is what the words ask of the pack.
    if (talk && talk !== 'mine') return { kind: 'unknown' };
    // Typed in pinyin ("tijian baogao zenme kan"): read back into the pack's Chinese words.
    const read = pinyin.read(text);
    decision.fromPinyin = read !== undefined;
    text = read ?? text;
    const typed = answerRead(text, o);
    const slip = slips.read(text);
    return slip ? meantOrTyped(typed, answerRead(slip.text, o), slip.meant) : typed;
  }

  /**
   * A question with a sound-alike slip (提检, 亿站) is answered as meant when that finds what the question as typed did
   * not: an answer or stations where the typed words found neither, or an entry that writes the word meant where the
   * typed words' entry never does (提检怎么报名: 体检 over 想提升学历怎么报名, matched by the stray 提). Otherwise the
   * question as typed: a word the pack lacks but the worker meant (后胎, 法援) is not turned into another (后台, 法院)
   * when the question already found its answer.
   */
  function meantOrTyped(typed: Answer, meant: Answer, words: readonly string[]): Answer {
    const found = (a: Answer) => a.kind === 'faq' || a.kind === 'stations';
    if (!found(meant)) return typed;
    if (!found(typed)) return meant;
    if (typed.kind !== 'faq' || meant.kind !== 'faq' || typed.hit.entry.id === meant.hit.entry.id)
      return typed;
    return writes(meant.hit.entry, words) && !writes(typed.hit.entry, words) ? meant : typed;
  }

  /** The rest of `ask`, for the question as read (typed, or with its slips read as meant). */
  function answerRead(text: string, o: AskOptions): Answer {
    const q = readQuestion(index.plain(text));
    // "3号" alone asks nothing — unless the pack has a station of that name (q.anchor).
    if (ONLY_NUMBER.test(text.replace(/\s+/g, '')) && !q.anchor) return { kind: 'invalid', reason: 'number' };
    // A date, a time, an order number, a sum and fillers ("是12月5号中午，订单尾号3321") ask the pack nothing, whatever
    // entry shares the 中午 or the number (stop 42: a sure answer about the 收到 button) — unless it names a station.
    if (detailsOnly(text) && !q.anchor) return { kind: 'unknown' };
    // Another city: nothing in this pack is about it (the closest entries are still offered) — unless it
    // is only where the teller comes from ("我去年从湖南过来…想问骑手公寓怎么申请", "老家是周口的 娃想在郑州念小学").
    if (q.elsewhere && asksElsewhere(text))
      return asksWhereStationsAre(q) ? elsewhereStations(q) : notHere(faq(text));
    // Regional words read too (index.plain): "明儿个下雨不" is the weather forecast (明天下雨).
    // …and English read through the glossary ("unemployment pay" → 失业金).
    if (isBeyond(index.plain(text)) || isBeyond(index.translated(text))) return notHere(faq(text));
    return sureBeyondDetails(text, path.route(text, q, o));
  }

  /**
   * A line that asks nothing and tells a date, a time, a sum or an order number ("中午那单", "是12月5号中午，在万达门口")
   * is answered surely only when its words without them still hold some of the entry's content: an entry that shares
   * only the 中午 ("为什么中午不发通知") or the number is at most a "not sure" (stop 42). Questions keep their dates and
   * times ("中午开门吗" asks them); a story keeps its answer when the rest of its words are about it.
   */
  function sureBeyondDetails(text: string, answer: Answer): Answer {
    if (answer.kind !== 'faq') return answer;
    const rest = detailsRest(text);
    if (rest === undefined || rest === text.normalize('NFKC').toLowerCase()) return answer;
    const id = answer.hit.entry.id;
    const found = hasWords(rest)
      ? index.search(rest, DETAILS_RECHECK).find((h) => h.entry.id === id)
      : undefined;
    return found && found.content >= t.frameOnly ? answer : notHere(answer);
  }

  return {
    index,
    reader,
    thresholds: t,
    ask,
    retrieve: (text, limit = 4) => index.search(text, limit),
  };
}

/** Whether an entry writes every one of these words (title, example questions, tags or answer). */
function writes(entry: FaqEntry, words: readonly string[]): boolean {
  const text = [entry.title, ...entry.questions, ...entry.tags, entry.answer].join(' ');
  return words.every((w) => text.includes(w));
}

/** The lexicon's texts, normalised: read once per process (the lexicon is the same for every pack). */
let lexiconRead: { lex: object; texts: string[] } | undefined;
function lexiconTexts(lex: object): string[] {
  if (lexiconRead?.lex !== lex) lexiconRead = { lex, texts: textsOf(lex).map((w) => normalize(w)) };
  return lexiconRead.texts;
}

/** Every string inside a value (the lexicon, a pack's stations or branches), for the words they write. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...textsOf(v)]);
  return [];
}
