/**
 * The FAQ's decision on a question: its best entries ranked (what is asked before how it is framed), then the
 * best given as the answer only when one of the tests of a sure entry holds — close and confident, dominant, a
 * name, a far or clear leader, a story's leader, the fitted model — and the entry fits what is asked
 * (entry-fit.ts); otherwise "not sure" with the closest entries, or nothing. Thresholds: thresholds.ts; method
 * and measurements: docs/faq.md ("Deciding"). Apart from the asker (ask.ts), which decides first whether a
 * question is the FAQ's at all.
 */
import type { Answer } from './answer.js';
import { clauses, STORY_CLAUSES } from './clauses.js';
import type { EntryFit } from './entry-fit.js';
import { fittedProbability } from './fitted-decision.js';
import type { FaqHit, FaqIndex } from './index.js';
import { FEW_EXAMPLES } from './postings.js';
import { authoredExamples } from './learned.js';
import { compactName } from '../content/names.js';
import { normalize } from './normalize.js';
import { givesNumbers, introducesNumbers, namedNumbers } from './numbers.js';
import type { PinyinReader } from './pinyin-input.js';
import type { PlaceTies } from './place-ties.js';
import type { QuestionContent } from './question-content.js';
import { askedSide, keepsCircumstance, STAGE_PAIRS, titledSide } from './stage.js';
import { storyClauses } from './story-clauses.js';
import type { Thresholds } from './thresholds.js';

/** Distinct words a clear leader must share with the question (`FaqHit.words`): one may be a stray word. */
const CLEAR_WORDS = 2;

/** Longest question (characters, spaces between Chinese words aside) that may be answered by naming an entry's title or tag. */
const SHORT_CHARS = 8;
/** Entries searched for one that gives a number the question names (it may rank low on the number alone). */
const NUMBER_CANDIDATES = 20;

/** Share of `suggest` a leading entry must score for its lead to count (`leadsOnSomething`). */
const LEAD_FLOOR = 0.5;

/** Content characters besides the number up to which a question is about the number itself ("是干啥的", "是什么电话"). */
const NUMBER_FRAME = 3;

/**
 * A runner-up scoring at least this share of the best entry's score, that holds what the question asks when the
 * best does not (台风天送晚了被罚 能申诉吗: the storm's entry leads, the appeals entry holds 申诉), is put first.
 */
const FOCUS_RIVAL = 0.7;
/** A runner-up scoring this share of the best entry's score or more is about level with it (`contentTie`). */
const TIE = 0.9;
/** Share of the best entry's score a runner-up titled for the stage asked must score to be put first (`stageFirst`). */
const STAGE_RIVAL = 0.4;

/** What the FAQ decides about questions to one pack's index. */
export interface FaqDecision {
  /** The question being answered was typed in pinyin (set by the asker for each question; answers are synchronous). */
  fromPinyin: boolean;
  /** The FAQ's answer to a question. */
  faq(text: string): Answer;
  decide(text: string, hits: FaqHit[]): Answer;
  notHere(a: Answer): Answer;
}

export function faqDecision(deps: {
  index: FaqIndex;
  t: Thresholds;
  pinyin: PinyinReader;
  content: QuestionContent;
  fit: EntryFit;
  places: PlaceTies;
}): FaqDecision {
  const { index, t, pinyin } = deps;
  const { contentChars, contentSet, unseenChars } = deps.content;
  const { lacksContact, offTarget, focusShare, outOfScope } = deps.fit;
  const { fromClauses, pastCircumstance } = storyClauses({
    index,
    t,
    confident,
    rival,
    contentFirst,
    contentChars,
  });
  const self: FaqDecision = { fromPinyin: false, faq, decide, notHere };

  /**
   * Close enough to an example question, or, worded as answers are, to the answer's sentences (an entry
   * without example questions, or with only one or two: `FaqHit.standIn`) at `questionless` of that.
   */
  function close(top: FaqHit): boolean {
    if (authoredExamples(top.entry) === 0) return top.closest >= t.closest * t.questionless;
    // Not for a question read from pinyin: the reading is made of the pack's own words.
    if (!self.fromPinyin && authoredExamples(top.entry) >= FEW_EXAMPLES && top.asked >= t.asked) return true;
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
   * The fitted decision (`fitted-decision.ts`): an answer-worded entry the cascade declines, when the model is
   * `fitted` sure of it. The content characters the pack lacks (a topic beyond it, 尿酸 or 首套, nearly always brings
   * one) weigh as features, no longer as a veto (stop 41). Never an entry too weak to be offered as "did you mean"
   * (`suggest`): a remark of a few words (嫑问额 中不中) can hold all of its little content in one stray character.
   */
  function fittedLeader(text: string, top: FaqHit, second: FaqHit | undefined): boolean {
    const examples = authoredExamples(top.entry);
    if (t.fitted > 1 || top.score < t.suggest || examples >= FEW_EXAMPLES) return false;
    const unseen = unseenChars(text);
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

  function faq(raw: string): Answer {
    // English naming places in pinyin ("does guanggu belong to hongshan"): the pack's names in Chinese, for
    // the FAQ only (the station reader has its own pinyin forms of names).
    const text = self.fromPinyin ? raw : (pinyin.names(raw) ?? raw);
    const numbers = namedNumbers(normalize(text));
    if (numbers.length) return numbered(text, numbers);
    const ranked = focusFirst(text, contentTie(text, contentFirst(index.search(text, 5))));
    return decide(text, hereFirst(text, stageFirst(text, ranked)));
  }

  /**
   * The best entry titled for the other stage of what is asked (stage.ts: 超时被扣了二十 against 眼看要超时，怎么提前报备;
   * 不想打电话 想找个真人说说 against 心理咨询热线), and a runner-up scoring `STAGE_RIVAL` of it titled for the stage
   * asked: the runner-up first, the best last — it answers another question about the same thing, so it is no rival.
   */
  function stageFirst(text: string, hits: FaqHit[]): FaqHit[] {
    const top = hits[0];
    if (!top) return hits;
    // Each title read once, and the question only when the best entry's title names a stage (most do not).
    const titles = new Map(hits.map((h) => [h, index.plain(h.entry.title)]));
    const topTitle = titles.get(top)!;
    let plain: string | undefined;
    for (const pair of STAGE_PAIRS) {
      const answers = titledSide(pair, topTitle);
      if (answers === undefined) continue;
      plain ??= index.translated(text);
      const asked = askedSide(pair, plain);
      if (asked === undefined || answers === asked) continue;
      const other = hits.find(
        (h, i) => i > 0 && h.score >= STAGE_RIVAL * top.score && titledSide(pair, titles.get(h)!) === asked,
      );
      if (other && !keepsCircumstance(plain, topTitle, titles.get(other)!))
        return [other, ...hits.filter((h) => h !== top && h !== other), top];
    }
    return hits;
  }

  /**
   * A question naming a place or station of the pack (北站蓄车场晚上可以停多久), and an entry about that place (大连北站
   * 出租车和网约车在哪上客) ranked below one about another place of the pack (周水子机场网约车怎么排队接客), however many
   * words the latter shares with the question (蓄车场, 网约车): the entries about other places go last, so they neither
   * answer nor stand as runner-up (a "not sure" reply may still offer them). Only where an entry about the named
   * place is found: an entry about a stretch of road (环岛路能骑电动车吗) still answers for a beach along it (白城那段…),
   * which the pack's places do not say is part of it (place-ties.ts).
   */
  function hereFirst(text: string, hits: FaqHit[]): FaqHit[] {
    const asked = deps.places.named(text);
    if (!asked.size) return hits;
    const about = (h: FaqHit) => deps.places.tiedTo(h.entry);
    const here = hits.findIndex((h) => [...about(h)].some((id) => asked.has(id)));
    if (here <= 0) return hits;
    const away = hits.slice(0, here).filter((h) => about(h).size > 0);
    if (!away.length) return hits;
    return [...hits.filter((h) => !away.includes(h)), ...away];
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
    const rest = compactName(text).replace(new RegExp(numbers.join('|'), 'g'), '');
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
   * A short question that is an entry's own title, a tag or a part of either ("体检", "法律援助"): the
   * worker named the topic, so the best entry that carries that name is the answer.
   */
  function named(text: string, top: FaqHit): boolean {
    const q = compactName(text);
    if (!q || [...q].length > SHORT_CHARS) return false;
    const e = top.entry;
    const names = [e.title, ...e.tags, e.variants?.en?.title ?? ''].map(compactName).filter(Boolean);
    return names.some((n) => n.includes(q));
  }

  /** Never a confident answer: at most "not sure" with the closest entries. */
  function notHere(a: Answer): Answer {
    if (a.kind !== 'faq') return a;
    return { kind: 'weak', candidates: offered([a.hit, ...a.others]) };
  }

  /** The entries a "not sure" reply offers: up to three that score enough and hold some of the question's content. */
  function offered(hits: FaqHit[]): FaqHit[] {
    return hits.filter((h) => h.score >= t.suggest && h.content >= t.offerContent).slice(0, 3);
  }

  return self;
}
