/**
 * FAQ state: votes, gaps (questions the bot could not answer), questions passed to a branch and their
 * answers, learned examples and drafts, and station problem reports.
 */
import type { DialogOwner } from './dialogs.js';

export type Vote = 'up' | 'down';

export type StationProblem = 'closed' | 'nowater' | 'full';

/** A worker's question, as kept for passing it on and for finding the way back with the answer. */
export interface WorkerQuestion {
  question: string;
  /** `channel:chatId` where it was asked. */
  chat: string;
  /** Forum topic / Slack thread it was asked in. */
  thread?: string;
  /** The worker's message, so the answer can reply to it. */
  messageId?: string;
  chatTitle?: string;
  /** `channel:userId` of the asker. */
  user?: string;
  /** The asker's locale when they asked. */
  locale?: string;
  /** The branch it goes to when passed on (chosen when it was asked). */
  branch?: string;
  /** The entry the bot answered with (a 👎 pass), if any. */
  entry?: string;
  /** Asked in private by a worker whose branch the bot did not know: passing it asks them which (stop 42). */
  askBranch?: boolean;
  at: number;
}

/** Who presses "pass it on" (only the asker may), and the branch they named when the bot asked them. */
export interface PassedBy {
  channel: string;
  userId: string;
  /** A branch id, or '-' for "not sure" (the district, not remembered). */
  chosen?: string;
}

export interface PassResult {
  /** `not-yours`: someone other than the asker pressed; `choose`: the asker must name their branch first. */
  result: 'ok' | 'passed' | 'missing' | 'not-yours' | 'choose';
  branch?: string;
}

/** The older name: questions passed to a branch. */
export type ForwardedQuestion = WorkerQuestion;

export interface StoredQuestion extends WorkerQuestion {
  id: string;
  status: 'pending' | 'open' | 'answered';
  passedAt?: number;
  /** The announcement in the triage chat: `channel|chatId|thread|messageId`. */
  card?: string;
  by?: string;
  byName?: string;
  answer?: string;
  answeredAt?: number;
}

export interface GapLog {
  text?: string;
  kind?: 'asked' | 'down' | 'skipped';
  entry?: string;
  /** For `skipped`: the entry the asker tapped instead, and who they are (kept only as a hash). */
  pick?: { entry: string; picker: string };
  now?: number;
}

/** One private message's place among words sent in pieces, for `logPieceGap`. */
export interface PieceGap {
  owner: DialogOwner;
  /** When the first piece was said (ms): the same for every piece read together. */
  since: number;
  /** This message was read with the pieces before it. */
  joined: boolean;
  /** A scrubbed sample of the question. */
  text: string;
  now: number;
  /** How long a piece may still be read with the next (seconds). */
  ttlSeconds: number;
}

export interface Gap {
  id: string;
  /** Normalised text (what is counted). */
  question: string;
  /** A sample as a worker wrote it (scrubbed). */
  text: string;
  count: number;
  asked: number;
  down: number;
  /** Times the asker tapped another entry offered under the answer (each asker once). */
  skipped: number;
  /** The entry that got the last 👎 or was passed over, if any. */
  entry?: string;
  /** Entries the askers picked from the "did you mean" buttons (each asker once), most picked first. */
  picks: { entry: string; count: number }[];
}

export interface LearnedExample {
  entry: string;
  text: string;
  by: string;
  at: number;
}

export interface DraftEntry {
  id: string;
  title: string;
  answer: string;
  /** The question it answers (becomes its first example question). */
  question: string;
  gap?: string;
  by: string;
  at: number;
}

/** An answer the bot sent one person: a fingerprint of its words, its message id and when (ms). */
export interface LastAnswer {
  print: string;
  messageId: string;
  at: number;
}

/**
 * How a kept question is hidden (core/faq/setup.ts): its words as the gap log keeps them now (`text`) and the
 * normalised question it is counted and learned under (`key`).
 */
export interface KeptHiding {
  text(question: string): string;
  key(question: string): string;
}

export interface FaqRepo {
  /** Record a vote; says whether it is new, replaces an earlier one, or repeats it. */
  vote(entryId: string, voter: string, vote: Vote): Promise<'new' | 'changed' | 'same'>;
  votes(entryId: string): Promise<{
    up: number;
    down: number;
  }>;
  /**
   * Count one more asking of a question the bot could not answer (`asked`), whose answer got a 👎
   * (`down`, with the entry) or whose asker passed the answer over for another entry (`skipped`, with
   * the entry answered and the pick; counted once per asker, 0 returned for a repeat). `question` is
   * the normalised form; `text` a scrubbed sample.
   */
  logGap(question: string, options?: GapLog): Promise<number>;
  /**
   * A private message of words sent in pieces (core/fragments.ts): its own gap (`question`; '' when it is none) is
   * counted and noted as its run's, so the next piece read with it withdraws it; when it was read with the pieces
   * before it, the gaps they logged are withdrawn in the same step — the pieces of a number never sit in /gaps
   * beside the whole (QA31 #1). Returns the gap's count (0: none).
   */
  logPieceGap(question: string, piece: PieceGap): Promise<number>;
  /**
   * A private message read with the pieces before it (core/fragments.ts), as it is read: the gaps those pieces
   * logged (same person, chat and run, `since`) are withdrawn, all in one step, whatever then answers the whole —
   * the FAQ, the emergency numbers, a report offer, a station card. The whole's own gap, if it is one, is counted
   * after by `logPieceGap`.
   */
  withdrawPieceGaps(owner: DialogOwner, since: number, ttlSeconds: number): Promise<void>;
  /**
   * The asker of a /gaps question picked `entry` from the "did you mean" buttons: counted once per
   * picker, and only while the gap exists. True when counted.
   */
  notePick(question: string, entry: string, picker: string): Promise<boolean>;
  /**
   * The stop 41 upgrade, once per pack (a marker in Redis): every question kept before stop 40 hid runs of six
   * digits or more — learned examples, confirmed drafts and drafts awaiting confirmation, /gaps lines (their
   * sample, and the normalised question they are counted under) — rewritten as `hide` keeps them now, each in one
   * script that writes only if it still holds what was read. Returns how many were rewritten.
   */
  hideKeptNumbers(district: string, hide: KeptHiding): Promise<number>;
  /**
   * Questions kept for passing (`{p}:faq:q:{id}`: the question and the group's name) rewritten with `mask`, each in one
   * step that writes only if they still hold what was read. Returns how many were rewritten.
   */
  maskKeptQuestions(mask: (text: string) => string): Promise<number>;
  /** The masking the pack's kept text was last rewritten with (the stop that brought it: 0 never, 1 for stop 41's). */
  keptMasking(district: string): Promise<number>;
  /** Kept text is rewritten with the masking of `stop`: later starts skip it. */
  setKeptMasking(district: string, stop: number): Promise<void>;
  /** The most frequent gaps, with their details; `offset` skips that many of the most frequent (a page). */
  topGaps(limit?: number, offset?: number): Promise<Gap[]>;
  /** How many gaps are listed (what topGaps pages through). */
  gapCount(): Promise<number>;
  /** An open gap; undefined when it is gone or already handled (learned, drafted). */
  gap(id: string): Promise<Gap | undefined>;
  /**
   * Keep a worker's question (answered or not) for a week, so a button can pass it on (callback data
   * cannot hold the text). `answer` maps the bot's answer message to it, for a 👎 on that answer.
   */
  savePending(
    question: WorkerQuestion,
    answer?: {
      chat: string;
      messageId: string;
    },
  ): Promise<string>;
  /** The question behind an answer the bot sent (for a 👎 on it). */
  questionOfAnswer(chat: string, messageId: string): Promise<string | undefined>;
  question(id: string): Promise<StoredQuestion | undefined>;
  /**
   * Pass a kept question to its branch (a branch not in `branches` falls back to `district`), once, for its asker
   * (`by`, when given). A question kept with `askBranch` goes where `by.chosen` says, which the worker's groups keep
   * (`chose`) for their next question; without a choice it stays as it is (`choose`). One script (faq-pass-2.lua).
   */
  pass(
    id: string,
    now: number,
    branches: readonly string[],
    district: string,
    by?: PassedBy,
  ): Promise<PassResult>;
  /** Where the question's announcement is in the triage chat (to edit it once answered). */
  setCard(id: string, card: string): Promise<void>;
  /** Record a branch's answer, once; says who answered first otherwise. */
  answer(
    id: string,
    by: string,
    name: string,
    now: number,
    text: string,
  ): Promise<
    | {
        result: 'ok';
      }
    | {
        result: 'answered';
        byName: string;
        by: string;
      }
    | {
        result: 'missing';
      }
  >;
  /** Questions passed to a branch, newest first (records from before answers existed included). */
  forwarded(branch: string, limit?: number): Promise<StoredQuestion[]>;
  /** Make a /gaps question a learned example of `entry` (and close the gap); the new version, or undefined. */
  learn(
    district: string,
    gap: string,
    entry: string,
    by: string,
    now: number,
  ): Promise<
    | {
        text: string;
        version: number;
      }
    | undefined
  >;
  learnedVersion(district: string): Promise<number>;
  /** A pack's learned examples and their version, read together. */
  learned(district: string): Promise<{
    version: number;
    examples: LearnedExample[];
  }>;
  /** Keep a written draft until the organiser confirms it. */
  saveDraft(draft: Omit<DraftEntry, 'id'>): Promise<DraftEntry>;
  /**
   * Confirm a written draft (once): it joins the pack's answers at once (the learned-examples version is
   * bumped, so every asker rebuilds), waits for export into the pack, and its gap closes.
   */
  confirmDraft(district: string, id: string, gap: string | undefined): Promise<DraftEntry | undefined>;
  dropDraft(id: string): Promise<boolean>;
  /** The pack's confirmed drafts, oldest first: answering already, not yet in the pack. */
  drafts(district: string): Promise<DraftEntry[]>;
  /** Retire confirmed drafts the pack now carries; how many were removed. */
  retireDrafts(district: string, ids: readonly string[]): Promise<number>;
  /**
   * One report of a problem at a station on a (local) date. A person counts once per problem per day;
   * returns whether this report counted and today's count for that problem.
   */
  reportStation(
    stationId: string,
    date: string,
    problem: StationProblem,
    reporter: string,
  ): Promise<{
    counted: boolean;
    count: number;
  }>;
  /** Today's reports for several stations: station id → problem → count. */
  stationReports(
    stationIds: readonly string[],
    date: string,
  ): Promise<Map<string, Partial<Record<StationProblem, number>>>>;
  /**
   * The numbered stations a reply just showed one person in one chat, in order, kept `ttlSeconds` (one
   * SET … EX, replacing the last list), so "2" can mean the second of them.
   */
  keepStationList(
    channel: string,
    chatId: string,
    user: string,
    stationIds: readonly string[],
    ttlSeconds: number,
  ): Promise<void>;
  /** That person's last list in that chat, while it is kept. */
  stationList(channel: string, chatId: string, user: string): Promise<string[] | undefined>;
  /**
   * The last question one person asked in one chat that named its topic (phone and ID numbers masked) and when
   * (ms), kept `ttlSeconds` (one SET … EX, replacing the last), so a follow-up that names none ("那要钱吗") is
   * asked of it.
   */
  keepTopic(
    channel: string,
    chatId: string,
    user: string,
    topic: AskedTopic,
    ttlSeconds: number,
  ): Promise<void>;
  /** That question, while it is kept. */
  topic(channel: string, chatId: string, user: string): Promise<AskedTopic | undefined>;
  /**
   * The answer one person gets next in one chat (`chat`: the chat, and its topic where it has one), decided and
   * recorded in one step: when the last full answer they got there is the same (`claim.print`) and was sent within
   * `windowMs` before `claim.at`, returns it (point at it; nothing changes). Otherwise keeps the claim (no message
   * yet: never pointed at) for `ttlSeconds` and returns undefined: send it in full, then `keepLastAnswer`.
   */
  claimAnswer(
    channel: string,
    chat: string,
    user: string,
    claim: Pick<LastAnswer, 'print' | 'at'>,
    windowMs: number,
    ttlSeconds: number,
  ): Promise<LastAnswer | undefined>;
  /**
   * The full answer claimed, once sent: its message, kept `ttlSeconds` (one SET … EX), so the same answer asked for
   * again shortly after is pointed at rather than sent again (faq/repeats.ts).
   */
  keepLastAnswer(
    channel: string,
    chat: string,
    user: string,
    last: LastAnswer,
    ttlSeconds: number,
  ): Promise<void>;
  /**
   * Take one model answer from a person's budget for one minute (`minute`: epoch minutes, the app's clock), when
   * fewer than `limit` were taken: atomic, so replicas share it. True when taken.
   */
  takeModelAnswer(person: string, minute: number, limit: number): Promise<boolean>;
  /** A vetted model answer kept under `hash` (what the model was asked), while it is kept. */
  modelAnswer(hash: string): Promise<CachedModelAnswer | undefined>;
  /** Keep a vetted model answer `ttlSeconds` (one SET … EX). */
  keepModelAnswer(hash: string, answer: CachedModelAnswer, ttlSeconds: number): Promise<void>;
}

/** A model answer that passed every check: its text as shown and the ids of the entries it cites. */
export interface CachedModelAnswer {
  answer: string;
  used: string[];
}

/** A question that named its topic, and when it was asked (epoch ms). */
export interface AskedTopic {
  question: string;
  at: number;
}
