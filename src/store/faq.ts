/**
 * FAQ and station records: 👍/👎 per entry (one vote per person, a new vote replaces the old), the log of
 * questions the bot could not answer or that got a 👎 (normalised and counted, for /gaps), workers'
 * questions kept so a button can pass them to a branch and the branch's answer can find its way back,
 * learned examples and draft entries per pack, and today's one-tap station problem reports.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Redis, Result } from 'ioredis';
import type { Keys } from './keys.js';
import type {
  Vote,
  StationProblem,
  WorkerQuestion,
  StoredQuestion,
  Gap,
  GapLog,
  PieceGap,
  LearnedExample,
  DraftEntry,
  FaqRepo,
  AskedTopic,
  LastAnswer,
  CachedModelAnswer,
  KeptHiding,
  PassedBy,
  PassResult,
} from '../core/ports/faq.js';
import { WORKER_GROUPS_KEPT_MS } from '../core/ports/people.js';
import type { DialogOwner } from '../core/ports/dialogs.js';
import { defineScripts } from './scripts.js';
import { scanKeys } from './scan.js';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    faqRepeatClaim(
      last: string,
      print: string,
      now: number,
      windowMs: number,
      claim: string,
      ttlSeconds: number,
    ): Result<string | null, Context>;
    faqVote(
      votes: string,
      voterVote: string,
      voter: string,
      vote: string,
      ttlS: number,
    ): Result<'new' | 'changed' | 'same', Context>;
    faqModelBudget(count: string, limit: number, ttlSeconds: number): Result<number, Context>;
    faqGapLog(
      gaps: string,
      gap: string,
      q: string,
      text: string,
      field: string,
      entry: string,
      now: number,
      max: number,
      ttl: number,
      picker: string,
      picked: string,
    ): Result<number, Context>;
    faqGapPiece(
      gaps: string,
      gap: string,
      pieces: string,
      q: string,
      text: string,
      now: number,
      max: number,
      ttl: number,
      since: number,
      joined: string,
      piecesTtl: number,
    ): Result<number, Context>;
    faqGapPick(gap: string, entry: string, picker: string): Result<number, Context>;
    faqPass(
      question: string,
      presserGroups: string,
      listPrefix: string,
      now: number,
      max: number,
      ttl: number,
      branches: string,
      district: string,
      presser: string,
      chosen: string,
      keptMs: number,
    ): Result<string[], Context>;
    faqAnswer(
      question: string,
      by: string,
      name: string,
      now: number,
      answer: string,
    ): Result<string[], Context>;
    faqLearn(
      gap: string,
      gaps: string,
      learned: string,
      version: string,
      entry: string,
      by: string,
      now: number,
    ): Result<string[], Context>;
    faqKeptReplace(
      hash: string,
      version: string,
      field: string,
      value: string,
      newField: string,
      newValue: string,
    ): Result<number, Context>;
    /** lua/hash-swap-1.lua: field, value read, new value — triples. */
    hashSwap(key: string, ...fieldReadNew: string[]): Result<number, Context>;
    faqGapRekey(
      gaps: string,
      gap: string,
      newGap: string,
      question: string,
      newQuestion: string,
      text: string,
      newText: string,
    ): Result<number, Context>;
    faqDraftConfirm(
      draft: string,
      drafts: string,
      gap: string,
      gaps: string,
      version: string,
      id: string,
    ): Result<string | null, Context>;
    stationReport(
      reporters: string,
      counts: string,
      problem: string,
      reporter: string,
      ttl: number,
    ): Result<[number, number], Context>;
  }
}

/** Unanswered questions kept for /gaps (the least frequent are dropped beyond this). */
const MAX_GAPS = 2000;
/** Question ids kept per branch (the questions themselves expire). */
const MAX_FORWARDED = 1000;
const DAY = 86_400;
/** A question may be passed on for a week after it was asked… */
const PENDING_TTL = 7 * DAY;
/** …and, once passed, answered for a month. */
const PASSED_TTL = 30 * DAY;
/**
 * Who voted on an entry is remembered this long, the counts for good: as long as the longest-kept question, so a
 * person can never vote twice on one answer; a vote after that (on a later answer) is a new vote.
 */
const VOTER_KEPT_S = PASSED_TTL;
/** A /gaps line not asked again for this long is forgotten. */
const GAP_TTL = 90 * DAY;
/** A written draft waits this long for its confirmation. */
const DRAFT_TTL = DAY;

/** Short, stable id of a /gaps line (callback data cannot hold the text). */
export const gapId = (normalised: string): string =>
  createHash('sha1').update(normalised).digest('hex').slice(0, 12);

const QUESTION_FIELDS = [
  'question',
  'chat',
  'thread',
  'messageId',
  'chatTitle',
  'user',
  'locale',
  'branch',
  'entry',
] as const;
/** Flags kept on a question as 'true' (askBranch: asked in private, the worker's branch unknown). */
const QUESTION_FLAGS = ['askBranch'] as const;

function toQuestion(id: string, h: Record<string, string>): StoredQuestion | undefined {
  if (!h.status || !h.question) return undefined;
  const q: StoredQuestion = {
    id,
    question: h.question,
    chat: h.chat ?? '',
    at: Number(h.at ?? 0),
    status: h.status as StoredQuestion['status'],
  };
  for (const f of QUESTION_FIELDS) if (h[f] !== undefined && f !== 'question' && f !== 'chat') q[f] = h[f];
  for (const f of ['card', 'by', 'byName', 'answer'] as const) if (h[f] !== undefined) q[f] = h[f];
  for (const f of QUESTION_FLAGS) if (h[f] === 'true') q[f] = true;
  if (h.passedAt) q.passedAt = Number(h.passedAt);
  if (h.answeredAt) q.answeredAt = Number(h.answeredAt);
  return q;
}

/** A /gaps line from its details hash; `count` as the ranking counts it, `asked` when the hash has none. */
function toGap(question: string, h: Record<string, string>, count: number, asked = count): Gap {
  return {
    id: gapId(question),
    question,
    text: h.text ?? question,
    count,
    asked: Number(h.asked ?? asked),
    down: Number(h.down ?? 0),
    skipped: Number(h.skipped ?? 0),
    ...(h.entry ? { entry: h.entry } : {}),
    picks: picksOf(h),
  };
}

/** A worker's id as a gap keeps it: enough to count each picker once, nothing to find them by. */
const pickerHash = (picker: string): string => createHash('sha1').update(picker).digest('hex').slice(0, 12);

/** The entries the askers of a gap picked, most picked first. */
function picksOf(h: Record<string, string>): { entry: string; count: number }[] {
  return Object.entries(h)
    .filter(([f]) => f.startsWith('pick:'))
    .map(([f, n]) => ({ entry: f.slice('pick:'.length), count: Number(n) }))
    .sort((a, b) => b.count - a.count || a.entry.localeCompare(b.entry));
}

export function createFaqRepo(redis: Redis, keys: Keys): FaqRepo {
  defineScripts(redis, [
    'faq-vote-2',
    'faq-model-budget-1',
    'faq-gap-log-2',
    'faq-gap-piece-3',
    'faq-gap-pick-1',
    'faq-pass-2',
    'faq-answer-1',
    'faq-learn-4',
    'faq-draft-confirm-5',
    'faq-repeat-claim-1',
    'faq-kept-replace-2',
    'faq-gap-rekey-3',
    'hash-swap-1',
    // valueReplace (its signature is declared in dialogs.ts, which shares the script).
    'value-replace-1',
    'station-report-2',
  ]);

  /** A draft's JSON with its question hidden; undefined when nothing changes (or it is not a draft). */
  function hiddenDraft(raw: string, hide: KeptHiding): string | undefined {
    try {
      const d = JSON.parse(raw) as Partial<DraftEntry>;
      if (typeof d.question !== 'string' || hide.text(d.question) === d.question) return undefined;
      return JSON.stringify({ ...d, question: hide.text(d.question) });
    } catch {
      return undefined;
    }
  }

  /** A learned example's new field and JSON with its words hidden; undefined when nothing changes. */
  function hiddenLearned(
    field: string,
    raw: string,
    hide: KeptHiding,
  ): { to: string; value: string } | undefined {
    try {
      const x = JSON.parse(raw) as Partial<LearnedExample>;
      if (typeof x.text !== 'string' || hide.text(x.text) === x.text) return undefined;
      return { to: hide.key(x.text) || field, value: JSON.stringify({ ...x, text: hide.text(x.text) }) };
    } catch {
      return undefined;
    }
  }

  /**
   * The upgrade's pass over one kept hash: each field `hidden` rewrites is replaced (compare-and-set, the pack's
   * version bumped), moved to its new field when the field itself held the number.
   */
  async function hideKept(
    hash: string,
    district: string,
    hidden: (field: string, raw: string) => { to: string; value: string } | undefined,
  ): Promise<number> {
    let n = 0;
    for (const [field, raw] of Object.entries(await redis.hgetall(hash))) {
      const to = hidden(field, raw);
      if (to)
        n += await redis.faqKeptReplace(hash, keys.faqLearnedVersion(district), field, raw, to.to, to.value);
    }
    return n;
  }

  /** The upgrade's learned examples: each moved to its hidden question (the pack's version bumped). */
  async function hideLearnedExamples(district: string, hide: KeptHiding): Promise<number> {
    return hideKept(keys.faqLearned(district), district, (field, raw) => hiddenLearned(field, raw, hide));
  }

  /** The upgrade's confirmed drafts, answering until the pack carries them. */
  async function hideConfirmedDrafts(district: string, hide: KeptHiding): Promise<number> {
    return hideKept(keys.faqDrafts(district), district, (id, raw) => {
      const value = hiddenDraft(raw, hide);
      return value ? { to: id, value } : undefined;
    });
  }

  /** The upgrade's drafts written and not yet confirmed (their TTL kept). */
  async function hideWaitingDrafts(hide: KeptHiding): Promise<number> {
    let n = 0;
    for (const key of await scanKeys(redis, keys.faqDraftPattern())) {
      const raw = await redis.get(key).catch(() => null);
      const value = raw ? hiddenDraft(raw, hide) : undefined;
      if (raw && value) n += await redis.valueReplace(key, raw, value, 'keep');
    }
    return n;
  }

  /** The upgrade's /gaps lines: every gap's details (open, learned or drafted), then those listed whose details expired. */
  async function hideGaps(hide: KeptHiding): Promise<number> {
    let n = 0;
    for (const key of await scanKeys(redis, keys.faqGapPattern())) {
      const [q, text] = await redis.hmget(key, 'q', 'text');
      if (q && key === keys.faqGap(gapId(q))) n += await hideGap(q, text ?? '', hide);
    }
    const listed = await redis.zrange(keys.faqGaps(), 0, -1);
    const details = await Promise.all(listed.map((q) => redis.exists(keys.faqGap(gapId(q)))));
    for (const [i, q] of listed.entries()) if (!details[i]) n += await hideGap(q, '', hide);
    return n;
  }

  /** One gap moved to its question with the numbers hidden, when its sample (or question) held any. */
  async function hideGap(q: string, text: string, hide: KeptHiding): Promise<number> {
    const sample = text || q;
    const shown = hide.text(sample);
    if (shown === sample) return 0;
    const to = hide.key(sample) || q;
    return redis.faqGapRekey(
      keys.faqGaps(),
      keys.faqGap(gapId(q)),
      keys.faqGap(gapId(to)),
      q,
      to,
      text,
      shown,
    );
  }

  return {
    /** Record a vote; says whether it is new, replaces an earlier one, or repeats it. */
    async vote(entryId: string, voter: string, vote: Vote): Promise<'new' | 'changed' | 'same'> {
      return redis.faqVote(keys.faqVotes(entryId), keys.faqVoter(entryId, voter), voter, vote, VOTER_KEPT_S);
    },

    async votes(entryId: string): Promise<{ up: number; down: number }> {
      const h = await redis.hgetall(keys.faqVotes(entryId));
      // Counts (#up, #down), plus any voter → vote field written before stop 39 and not yet moved into them.
      const count = (vote: Vote) =>
        Number(h[`#${vote}`] ?? 0) +
        Object.entries(h).filter(([k, v]) => !k.startsWith('#') && v === vote).length;
      return { up: count('up'), down: count('down') };
    },

    /**
     * Count one more asking of a question the bot could not answer (`asked`), whose answer got a 👎
     * (`down`, with the entry) or was passed over by its asker for another entry (`skipped`, with the
     * entry answered and `pick`; once per asker). `question` is the normalised form; `text` a scrubbed sample.
     */
    async logGap(question: string, options: GapLog = {}): Promise<number> {
      const pick = options.kind === 'skipped' ? options.pick : undefined;
      return Number(
        await redis.faqGapLog(
          keys.faqGaps(),
          keys.faqGap(gapId(question)),
          question,
          options.text ?? question,
          options.kind ?? 'asked',
          options.entry ?? '',
          options.now ?? Date.now(),
          MAX_GAPS,
          GAP_TTL,
          pick ? pickerHash(pick.picker) : '',
          pick?.entry ?? '',
        ),
      );
    },

    async logPieceGap(question: string, piece: PieceGap): Promise<number> {
      const { channel, chatId, userId } = piece.owner;
      return Number(
        await redis.faqGapPiece(
          keys.faqGaps(),
          keys.faqGap(gapId(question)),
          keys.pieceGaps(channel, chatId, userId),
          question,
          piece.text,
          piece.now,
          MAX_GAPS,
          GAP_TTL,
          piece.since,
          piece.joined ? '1' : '0',
          piece.ttlSeconds,
        ),
      );
    },

    async withdrawPieceGaps(owner: DialogOwner, since: number, ttlSeconds: number): Promise<void> {
      const { channel, chatId, userId } = owner;
      // No question of its own (''): the script withdraws the run's gaps and keeps the run's start.
      await redis.faqGapPiece(
        keys.faqGaps(),
        keys.faqGap(gapId('')),
        keys.pieceGaps(channel, chatId, userId),
        '',
        '',
        since,
        MAX_GAPS,
        GAP_TTL,
        since,
        '1',
        ttlSeconds,
      );
    },

    async hideKeptNumbers(district: string, hide: KeptHiding): Promise<number> {
      return (
        (await hideLearnedExamples(district, hide)) +
        (await hideConfirmedDrafts(district, hide)) +
        (await hideWaitingDrafts(hide)) +
        (await hideGaps(hide))
      );
    },

    async maskKeptQuestions(mask: (text: string) => string): Promise<number> {
      let n = 0;
      for (const key of await scanKeys(redis, keys.faqQuestionPattern())) {
        const h = await redis.hgetall(key).catch(() => ({}) as Record<string, string>);
        const swaps = (['question', 'chatTitle'] as const).flatMap((f) => {
          const read = h[f];
          return read !== undefined && mask(read) !== read ? [f, read, mask(read)] : [];
        });
        if (swaps.length) n += await redis.hashSwap(key, ...swaps);
      }
      return n;
    },

    async keptMasking(district: string): Promise<number> {
      return Number(await redis.get(keys.faqNumbersHidden(district))) || 0;
    },

    async setKeptMasking(district: string, stop: number): Promise<void> {
      await redis.set(keys.faqNumbersHidden(district), String(stop));
    },

    /** The most frequent gaps, with their details; `offset` skips the first ones (the board's pages). */
    async topGaps(limit = 10, offset = 0): Promise<Gap[]> {
      const flat = await redis.zrevrange(keys.faqGaps(), offset, offset + limit - 1, 'WITHSCORES');
      const rows: { question: string; count: number }[] = [];
      for (let i = 0; i + 1 < flat.length; i += 2)
        rows.push({ question: flat[i]!, count: Number(flat[i + 1]) });
      const pipe = redis.pipeline();
      for (const r of rows) pipe.hgetall(keys.faqGap(gapId(r.question)));
      const details = ((await pipe.exec()) ?? []).map((r) => (r?.[1] ?? {}) as Record<string, string>);
      return rows.map((r, i) => toGap(r.question, details[i] ?? {}, r.count));
    },

    async gapCount(): Promise<number> {
      return redis.zcard(keys.faqGaps());
    },

    async gap(id: string): Promise<Gap | undefined> {
      const h = await redis.hgetall(keys.faqGap(id));
      // Handled gaps (learned, drafted) keep their hash for a while; they are no longer to act on.
      if (!h.q || h.status !== 'open') return undefined;
      const count = Number(h.asked ?? 0) + Number(h.down ?? 0) + Number(h.skipped ?? 0);
      return toGap(h.q, h, count, 0);
    },

    async notePick(question: string, entry: string, picker: string): Promise<boolean> {
      return (await redis.faqGapPick(keys.faqGap(gapId(question)), entry, pickerHash(picker))) === 1;
    },

    /**
     * Keep a worker's question (answered or not) for a week, so a button can pass it on (callback data
     * cannot hold the text). `answer` maps the bot's answer message to it, for a 👎 on that answer.
     */
    async savePending(
      question: WorkerQuestion,
      answer?: { chat: string; messageId: string },
    ): Promise<string> {
      const id = randomBytes(6).toString('hex');
      const fields: Record<string, string> = { status: 'pending', at: String(question.at) };
      for (const f of QUESTION_FIELDS) if (question[f] !== undefined) fields[f] = String(question[f]);
      for (const f of QUESTION_FLAGS) if (question[f]) fields[f] = 'true';
      const m = redis.multi().hset(keys.faqQuestion(id), fields).expire(keys.faqQuestion(id), PENDING_TTL);
      if (answer) m.set(keys.faqAnswered(answer.chat, answer.messageId), id, 'EX', PENDING_TTL);
      await m.exec();
      return id;
    },

    /** The question behind an answer the bot sent (for a 👎 on it). */
    async questionOfAnswer(chat: string, messageId: string): Promise<string | undefined> {
      return (await redis.get(keys.faqAnswered(chat, messageId))) ?? undefined;
    },

    async question(id: string): Promise<StoredQuestion | undefined> {
      return toQuestion(id, await redis.hgetall(keys.faqQuestion(id)));
    },

    /**
     * Pass a kept question to its branch (a branch not in `branches` falls back to `district`), once.
     */
    async pass(
      id: string,
      now: number,
      branches: readonly string[],
      district: string,
      by?: PassedBy,
    ): Promise<PassResult> {
      const [result, branch] = await redis.faqPass(
        keys.faqQuestion(id),
        by ? keys.workerGroups(by.channel, by.userId) : keys.faqQuestion(id),
        keys.faqForwardedPrefix(),
        now,
        MAX_FORWARDED,
        PASSED_TTL,
        branches.join(' '),
        district,
        by ? `${by.channel}:${by.userId}` : '',
        by?.chosen ?? '',
        WORKER_GROUPS_KEPT_MS,
      );
      return { result: result as PassResult['result'], ...(branch ? { branch } : {}) };
    },

    /** Where the question's announcement is in the triage chat (to edit it once answered). */
    async setCard(id: string, card: string): Promise<void> {
      await redis.hset(keys.faqQuestion(id), 'card', card);
    },

    async answer(id, by, name, now, text) {
      const [result, byName = '', who = ''] = await redis.faqAnswer(
        keys.faqQuestion(id),
        by,
        name,
        now,
        text,
      );
      if (result === 'answered') return { result, byName, by: who };
      return { result: result === 'ok' ? 'ok' : 'missing' };
    },

    /** Questions passed to a branch, newest first (records from before answers existed included). */
    async forwarded(branch: string, limit = 50): Promise<StoredQuestion[]> {
      const rows = await redis.lrange(keys.faqForwarded(branch), 0, limit - 1);
      const pipe = redis.pipeline();
      for (const r of rows) if (!r.startsWith('{')) pipe.hgetall(keys.faqQuestion(r));
      const hashes = ((await pipe.exec()) ?? []).map((x) => (x?.[1] ?? {}) as Record<string, string>);
      const out: StoredQuestion[] = [];
      let i = 0;
      for (const r of rows) {
        // Records from before answers existed were JSON in the list itself.
        if (r.startsWith('{')) out.push({ id: '', status: 'open', ...(JSON.parse(r) as WorkerQuestion) });
        else {
          const q = toQuestion(r, hashes[i++] ?? {});
          if (q) out.push(q);
        }
      }
      return out;
    },

    /** Make a /gaps question a learned example of `entry` (and close the gap); the new version, or undefined. */
    async learn(
      district: string,
      gap: string,
      entry: string,
      by: string,
      now: number,
    ): Promise<{ text: string; version: number } | undefined> {
      const [result, text = '', version = '0'] = await redis.faqLearn(
        keys.faqGap(gap),
        keys.faqGaps(),
        keys.faqLearned(district),
        keys.faqLearnedVersion(district),
        entry,
        by,
        now,
      );
      return result === 'ok' ? { text, version: Number(version) } : undefined;
    },

    async learnedVersion(district: string): Promise<number> {
      return Number((await redis.get(keys.faqLearnedVersion(district))) ?? 0);
    },

    /** A pack's learned examples and their version, read together. */
    async learned(district: string): Promise<{ version: number; examples: LearnedExample[] }> {
      const [[, version], [, all]] = (await redis
        .multi()
        .get(keys.faqLearnedVersion(district))
        .hgetall(keys.faqLearned(district))
        .exec()) as [[unknown, string | null], [unknown, Record<string, string>]];
      const examples: LearnedExample[] = [];
      for (const raw of Object.values(all ?? {})) {
        try {
          examples.push(JSON.parse(raw) as LearnedExample);
        } catch {
          // A hand-edited value: skip it rather than stop the bot.
        }
      }
      examples.sort((a, b) => a.at - b.at);
      return { version: Number(version ?? 0), examples };
    },

    /** Keep a written draft until the organiser confirms it. */
    async saveDraft(draft: Omit<DraftEntry, 'id'>): Promise<DraftEntry> {
      const full: DraftEntry = { id: `draft-${randomBytes(4).toString('hex')}`, ...draft };
      await redis.set(keys.faqDraft(full.id), JSON.stringify(full), 'EX', DRAFT_TTL);
      return full;
    },

    /** Confirm a written draft (once): it answers at once (the version is bumped), waits for export, its gap closed. */
    async confirmDraft(
      district: string,
      id: string,
      gap: string | undefined,
    ): Promise<DraftEntry | undefined> {
      const raw = await redis.faqDraftConfirm(
        keys.faqDraft(id),
        keys.faqDrafts(district),
        keys.faqGap(gap ?? 'none'),
        keys.faqGaps(),
        keys.faqLearnedVersion(district),
        id,
      );
      return raw ? (JSON.parse(raw) as DraftEntry) : undefined;
    },

    async dropDraft(id: string): Promise<boolean> {
      return (await redis.del(keys.faqDraft(id))) > 0;
    },

    async drafts(district: string): Promise<DraftEntry[]> {
      const all = await redis.hvals(keys.faqDrafts(district));
      const out: DraftEntry[] = [];
      for (const raw of all) {
        try {
          out.push(JSON.parse(raw) as DraftEntry);
        } catch {
          // A hand-edited value: skip it rather than stop the bot.
        }
      }
      return out.sort((a, b) => a.at - b.at);
    },

    /**
     * Retire confirmed drafts the pack now carries (exported and pasted in): one HDEL. The version is left
     * alone — every process on the new pack leaves such a draft out anyway.
     */
    async retireDrafts(district: string, ids: readonly string[]): Promise<number> {
      if (!ids.length) return 0;
      return redis.hdel(keys.faqDrafts(district), ...ids);
    },

    /**
     * One report of a problem at a station on a (local) date. A person counts once per problem per day;
     * returns whether this report counted and today's count for that problem.
     */
    async reportStation(
      stationId: string,
      date: string,
      problem: StationProblem,
      reporter: string,
    ): Promise<{ counted: boolean; count: number }> {
      const [counted, count] = await redis.stationReport(
        keys.stationReporters(stationId, date),
        keys.stationReports(stationId, date),
        problem,
        reporter,
        2 * DAY,
      );
      return { counted: counted === 1, count: Number(count) };
    },

    /** Today's reports for several stations: station id → problem → count. */
    async stationReports(
      stationIds: readonly string[],
      date: string,
    ): Promise<Map<string, Partial<Record<StationProblem, number>>>> {
      const out = new Map<string, Partial<Record<StationProblem, number>>>();
      if (!stationIds.length) return out;
      const pipe = redis.pipeline();
      for (const id of stationIds) pipe.hgetall(keys.stationReports(id, date));
      const rows = (await pipe.exec()) ?? [];
      stationIds.forEach((id, i) => {
        const h = (rows[i]?.[1] ?? {}) as Record<string, string>;
        const counts: Partial<Record<StationProblem, number>> = {};
        for (const [k, v] of Object.entries(h)) counts[k as StationProblem] = Number(v);
        if (Object.keys(counts).length) out.set(id, counts);
      });
      return out;
    },

    async keepStationList(
      channel: string,
      chatId: string,
      user: string,
      stationIds: readonly string[],
      ttlSeconds: number,
    ): Promise<void> {
      await redis.set(keys.stationList(channel, chatId, user), JSON.stringify(stationIds), 'EX', ttlSeconds);
    },

    async stationList(channel: string, chatId: string, user: string): Promise<string[] | undefined> {
      const raw = await redis.get(keys.stationList(channel, chatId, user));
      let ids: unknown;
      try {
        ids = raw ? JSON.parse(raw) : undefined;
      } catch {
        return undefined;
      }
      return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : undefined;
    },

    async keepTopic(
      channel: string,
      chatId: string,
      user: string,
      topic: AskedTopic,
      ttlSeconds: number,
    ): Promise<void> {
      await redis.set(keys.faqTopic(channel, chatId, user), JSON.stringify(topic), 'EX', ttlSeconds);
    },

    async topic(channel: string, chatId: string, user: string): Promise<AskedTopic | undefined> {
      const raw = await redis.get(keys.faqTopic(channel, chatId, user));
      try {
        const t: unknown = raw ? JSON.parse(raw) : undefined;
        const { question, at } = (t ?? {}) as Partial<AskedTopic>;
        return typeof question === 'string' && typeof at === 'number' ? { question, at } : undefined;
      } catch {
        return undefined;
      }
    },

    async keepLastAnswer(
      channel: string,
      chat: string,
      user: string,
      last: LastAnswer,
      ttlSeconds: number,
    ): Promise<void> {
      await redis.set(keys.faqLastAnswer(channel, chat, user), JSON.stringify(last), 'EX', ttlSeconds);
    },

    async claimAnswer(channel, chat, user, claim, windowMs, ttlSeconds) {
      const raw = await redis.faqRepeatClaim(
        keys.faqLastAnswer(channel, chat, user),
        claim.print,
        claim.at,
        windowMs,
        JSON.stringify(claim),
        ttlSeconds,
      );
      try {
        const l: unknown = raw ? JSON.parse(raw) : undefined;
        const { print, messageId, at } = (l ?? {}) as Partial<LastAnswer>;
        return typeof print === 'string' && typeof messageId === 'string' && typeof at === 'number'
          ? { print, messageId, at }
          : undefined;
      } catch {
        return undefined;
      }
    },

    async takeModelAnswer(person: string, minute: number, limit: number): Promise<boolean> {
      // Kept two minutes: the window, and a margin for clocks of replicas a little apart.
      return (await redis.faqModelBudget(keys.faqModelBudget(person, minute), limit, 120)) === 1;
    },

    async modelAnswer(hash: string): Promise<CachedModelAnswer | undefined> {
      const raw = await redis.get(keys.faqModelAnswer(hash));
      try {
        const a: unknown = raw ? JSON.parse(raw) : undefined;
        const { answer, used } = (a ?? {}) as Partial<CachedModelAnswer>;
        return typeof answer === 'string' && Array.isArray(used) && used.every((id) => typeof id === 'string')
          ? { answer, used }
          : undefined;
      } catch {
        return undefined;
      }
    },

    async keepModelAnswer(hash: string, answer: CachedModelAnswer, ttlSeconds: number): Promise<void> {
      await redis.set(keys.faqModelAnswer(hash), JSON.stringify(answer), 'EX', ttlSeconds);
    },
  };
}
