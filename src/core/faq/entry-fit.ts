/**
 * Whether the entry the decision is sure of answers what the question asks, beyond sharing its words: a phone
 * number it does not give, a focus (能退吗, 找谁修) its own text lacks, a person, sum, age, detail or amenity it
 * never names (`scope.ts`, `ages.ts`, `detail.ts`, `asked-topic.ts`). Such an entry is offered, not given. Apart
 * from the decision (decide.ts), which asks these of its one chosen entry after ranking.
 */
import type { ContentPack, FaqEntry } from '../content/schema.js';
import { askedServiceWords, type Service, type StationQuery } from '../stations/query.js';
import { unstatedAge } from './ages.js';
import { unnamedMatter } from './asked-topic.js';
import { unstatedDetail, unstatedProcedure } from './detail.js';
import { EntryText, focusOf, FOCUS_GROUPS } from './focus.js';
import type { FaqHit, FaqIndex } from './index.js';
import type { Lexicon } from './lexicon.js';
import { normalize } from './normalize.js';
import type { QuestionContent } from './question-content.js';
import { forSomeoneElse, ownRecord, unstatedAmount, unstatedChange, unstatedProvision } from './scope.js';
import type { Thresholds } from './thresholds.js';
import { wholeText } from './whole-text.js';

/**
 * Amenities of a place (有wifi吗, 能洗澡吗), as opposed to services that are also topics of entries (training,
 * counselling, charging an e-bike, rest, repair): an entry that never names one does not say a place has it.
 */
export const AMENITIES = new Set<Service>([
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

/** A question asking for a phone number. */
const CONTACT =
  /(电话|号码|热线)(是)?(多少|几号)|电话号码|联系方式|phone number|contact number|hotline number/;

/** The asker's own phone number, which a question about privacy names. */
const OWN_NUMBER = /\bmy (?:mobile |cell )?phone(?: number)?\b|我的?(?:电话|手机)(?:号码|号)?/g;

/** The checks for one pack's entries; `readQuestion` is the asker's station reading of a question (plain words). */
export function entryFit(deps: {
  pack: ContentPack;
  serviceLabels: Record<Service, string[]>;
  index: FaqIndex;
  t: Thresholds;
  lex: Lexicon;
  content: QuestionContent;
  readQuestion: (plain: string) => StationQuery;
}) {
  const { pack, serviceLabels, index, t, lex, readQuestion } = deps;
  const { skip, context } = deps.content;

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

  /**
   * The entry is about the question's topic but not about what it asks: a focus ("爱心餐能送到家里吗",
   * "驿站的充电宝能借走用一天吗") the entry's own text mostly lacks. It is offered, not given as the answer.
   */
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

  return { lacksContact, offTarget, focusShare, outOfScope, namesServices };
}

export type EntryFit = ReturnType<typeof entryFit>;
