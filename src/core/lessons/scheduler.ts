/**
 * The lesson push runner. A timer (node-cron, every minute, in BOT_TIMEZONE) calls `tick`; `tick(at)`
 * asks the pure `duePushes` what should have gone out in the last hour up to `at`, and runs each push
 * that is not done yet. Tests call `tick(at)` directly with a fixed time; no timer runs in tests.
 *
 * One push, once: across processes sharing one Redis, a push is taken with a lease (SET NX PX) keyed by
 * (schedule, send time) and marked done after its lessons are handed to the delivery engine. A process
 * that dies mid-push leaves the lease to expire; the next tick anywhere within the catch-up window takes
 * the push over and — because each chat's choice is remembered per push and the engine's enqueue is
 * idempotent per (broadcast, chat) — finishes it without a repeat.
 *
 * Each chat walks the schedule's series in order: the next lesson is the first it has not had (its
 * progress is a Redis set, so it survives restarts and lessons added to the pack later are picked up).
 *
 * Pushes older than the catch-up window are not sent late: after the bot was down for days each group simply goes on
 * with its next lesson. The organisers hear of it once (`tellMissed`): each tick records when it looked at each
 * schedule, and a tick that finds a schedule more than a day behind counts the pushes that were never run (a push
 * marked done went out, whoever ran it: an older release that does not record its looks, QA24 #6).
 */
import { randomBytes } from 'node:crypto';
import { createTicker } from '../jobs/ticker.js';
import { groupAddress, resolveAudience } from '../audience.js';
import type { ContentPack, Schedule } from '../content/schema.js';
import type { DeliveryItem } from '../delivery/engine.js';
import type { CoreDeps } from '../feature.js';
import { chatLocale } from '../groups/chat-locale.js';
import { staffChatAddress } from '../identity.js';
import { groupLocale, type Locale } from '../locales.js';
import { CHANNELS } from '../types.js';
import { joinList } from '../words.js';
import { formatLocal } from '../zoned.js';
import { createCronSource, duePushes, type CronSource, type Push, type SkippedFire } from './due.js';
import { applicableCandidates, resumesInMonth } from './applies.js';
import { findLesson, lessonCard, placeIn, quotedSeries } from './render.js';
import { markChinese } from '../script.js';

export interface LessonSchedulerOptions {
  /** How far back a tick looks for pushes not yet done (a restart, a crashed peer). */
  catchUpMs?: number;
  /** How long a process may hold a push before another may take it over. */
  leaseMs?: number;
  /** Names this process in leases (logs and debugging). */
  owner?: string;
}

export interface PushResult {
  schedule: string;
  sendAt: number;
  deferredBy?: string;
  outcome: 'queued' | 'done-before' | 'busy' | 'empty';
  /** chat → lesson id, for the chats that get a lesson in this push. */
  lessons: Record<string, string>;
}

export interface TickReport {
  at: number;
  pushes: PushResult[];
  skipped: SkippedFire[];
}

export interface LessonScheduler {
  tick(at?: number): Promise<TickReport>;
  /** Run one push now (a tick does this for every due push). */
  runPush(push: Push): Promise<PushResult>;
  cron: CronSource;
  start(): void;
  stop(): Promise<void>;
}

/** Broadcast ids of scheduled pushes: `lesson:<schedule>:<sendAt>`; the part after `lesson:` names the plan. */
export const pushKey = (scheduleId: string, sendAt: number) => `${scheduleId}:${sendAt}`;
export const LESSON_BROADCAST = 'lesson:';
/** A push whose groups had every lesson already. */
const RAN_OUT = Symbol('ran out');

/** A schedule last looked at longer ago than this: the bot was down, and the organisers are told what was missed. */
const OUTAGE_MS = 86_400_000;

/** Pushes of one schedule that were never run while the bot was down. */
interface Missed {
  schedule: Schedule;
  count: number;
}

export function createLessonScheduler(deps: CoreDeps, options: LessonSchedulerOptions = {}): LessonScheduler {
  const catchUpMs = options.catchUpMs ?? 60 * 60_000;
  const leaseMs = options.leaseMs ?? 2 * 60_000;
  const owner = options.owner ?? `${process.pid}-${randomBytes(3).toString('hex')}`;
  const log = deps.logger.child({ job: 'lessons' });
  const source = createCronSource(deps.timezone);
  const repo = deps.store.lessons;
  let lastTick: number | undefined;

  async function runPush(push: Push): Promise<PushResult> {
    const { schedule, sendAt } = push;
    const base = {
      schedule: schedule.id,
      sendAt,
      ...(push.deferredBy ? { deferredBy: push.deferredBy } : {}),
      lessons: {},
    };
    if (await repo.isDone(schedule.id, sendAt)) return { ...base, outcome: 'done-before' };
    if (!(await repo.lease(schedule.id, sendAt, owner, leaseMs))) return { ...base, outcome: 'busy' };
    try {
      const result = await deliver(schedule, sendAt);
      // Before the push is marked done: a crash in between retries the push, and the telling with it.
      if (result === RAN_OUT) await toldRanOut(schedule, sendAt);
      else if (Object.keys(result).length) await repo.clearRanOut(schedule.id);
      await repo.markDone(schedule.id, sendAt);
      if (push.deferredBy)
        log.info(
          { schedule: schedule.id, fireAt: new Date(push.fireAt).toISOString(), window: push.deferredBy },
          'lesson push deferred past a quiet window',
        );
      log.info(
        {
          schedule: schedule.id,
          sendAt: new Date(sendAt).toISOString(),
          groups: result === RAN_OUT ? 0 : Object.keys(result).length,
        },
        'lesson push queued',
      );
      const lessons = result === RAN_OUT ? {} : result;
      return { ...base, outcome: Object.keys(lessons).length ? 'queued' : 'empty', lessons };
    } catch (err) {
      // Let the next tick (here or in another process) retry at once rather than after the lease.
      await repo.releaseLease(schedule.id, sendAt, owner).catch(() => undefined);
      throw err;
    }
  }

  /**
   * QA19: when every group has had every lesson, the push is empty — logged at info, and the organisers never
   * learnt that the schedule now sends nothing. The first such push is told in the escalation chat of each channel
   * served here, in that chat's language; once per run-out (across replicas: `ranOut` is SET NX, and a retry of the
   * same push re-enqueues the same broadcast id), again only after a push found lessons.
   */
  async function toldRanOut(schedule: Schedule, sendAt: number): Promise<void> {
    if ((await repo.ranOut(schedule.id, sendAt)) !== sendAt) return;
    const pack = deps.content.get();
    const served = CHANNELS.filter((c) => deps.outbox.serves?.(c) ?? true);
    const to = served.flatMap((c) => staffChatAddress(c, pack.organisers.escalation[c]) ?? []);
    if (!to.length) {
      log.warn({ schedule: schedule.id }, 'schedule ran out of lessons; no escalation chat to tell');
      return;
    }
    const items = await Promise.all(
      to.map(async (a) => {
        const locale = await chatLocale(deps, a);
        const t = (id: string, args?: Record<string, string>) => deps.i18n.t(locale, id, args);
        const series = quotedSeries(t, locale, pack, schedule.series, (title) =>
          markChinese(t, locale, title),
        );
        const text = deps.i18n.t(locale, 'lessons-ran-out', {
          platform: a.channel,
          schedule: schedule.id,
          series,
        });
        return { to: a, card: { text: [text] } };
      }),
    );
    await deps.delivery.enqueue({ id: `lessons-ran-out:${schedule.id}:${sendAt}`, kind: 'system', items });
    log.info({ schedule: schedule.id }, 'schedule ran out of lessons: organisers told');
  }

  async function deliver(
    schedule: Schedule,
    sendAt: number,
  ): Promise<Record<string, string> | typeof RAN_OUT> {
    const pack = deps.content.get();
    const key = pushKey(schedule.id, sendAt);
    const paused = await repo.paused();
    const pausedHere = await repo.pausedFor(schedule.id);
    const groups = (await resolveAudience(deps.store, pack, schedule.audience)).filter(
      (g) => !paused.has(g.chat) && !pausedHere.has(g.chat),
    );
    const items: DeliveryItem[] = [];
    const chosen: Record<string, string> = {};
    for (const g of groups) {
      // Out-of-season lessons and lessons for another kind of group are passed over, not marked as had.
      const candidates = applicableCandidates(pack, schedule.series, g, sendAt, deps.timezone);
      const lessonId = await repo.pick(key, g.chat, candidates);
      if (!lessonId) continue; // this group has had every lesson of these series that fits it now
      const found = findLesson(pack, lessonId);
      if (!found) continue; // planned before a reload that removed it: nothing to send
      const place = await placeIn(repo, g.chat, found, 'record');
      items.push({
        to: groupAddress(g),
        card: lessonCard(found, groupLocale(g.locale), deps.i18n, { place }),
      });
      chosen[g.chat] = lessonId;
    }
    if (items.length) await deps.delivery.enqueue({ id: `${LESSON_BROADCAST}${key}`, kind: 'lesson', items });
    // Groups to push to, and none has a lesson left, now or in a later season: the series has run out (a push to
    // nobody has not, nor one whose groups wait for lessons out of season).
    if (!groups.length || items.length) return chosen;
    for (const g of groups)
      if (resumesInMonth(pack, schedule.series, g, sendAt, deps.timezone, await repo.progress(g.chat)))
        return chosen;
    return RAN_OUT;
  }

  /**
   * Count, per schedule more than a day behind, the pushes no tick ever looked at — those before this tick's
   * catch-up window, and not marked done — tell the organisers, then record this tick. Never costs the tick its pushes.
   */
  async function noteOutage(pack: ContentPack, at: number): Promise<void> {
    try {
      const ticked = await repo.ticked();
      const missed: Missed[] = [];
      let since = Infinity;
      // A push marked done was sent, by a release that does not move `ticked` (QA24 #6: an older one run in
      // between, after a rollback). The bot ran then: it is not counted, and the gap told starts after the last
      // such push before the first one missed.
      let firstMissed = Infinity;
      const done: number[] = [];
      for (const schedule of pack.schedules) {
        const last = ticked[schedule.id];
        if (last === undefined || at - last <= OUTAGE_MS) continue;
        const { due } = duePushes(
          { schedules: [schedule], settings: pack.settings },
          { from: last, to: at - catchUpMs },
          deps.timezone,
          source,
        );
        let count = 0;
        for (const push of due) {
          if (await repo.isDone(schedule.id, push.sendAt)) done.push(push.sendAt);
          else {
            count++;
            firstMissed = Math.min(firstMissed, push.sendAt);
          }
        }
        if (!count) continue;
        missed.push({ schedule, count });
        since = Math.min(since, last);
      }
      since = Math.max(since, ...done.filter((d) => d < firstMissed));
      if (missed.length) await tellMissed(pack, since, at, missed);
      // Only forward: a tick for an earlier time (a test, a slow peer) must not open a gap that was not there.
      await repo.setTicked(
        pack.schedules.map((s) => s.id).filter((id) => !((ticked[id] ?? -Infinity) >= at)),
        at,
      );
    } catch (err) {
      log.warn({ err }, 'checking for lesson pushes missed while down failed');
    }
  }

  /**
   * One message in each escalation chat: how many pushes of which series were not sent between `since` and `at`, and
   * that the groups carry on with their next lesson. Its id names the outage, so the replicas that all come back
   * and find the same gap send it once.
   */
  async function tellMissed(pack: ContentPack, since: number, at: number, missed: Missed[]): Promise<void> {
    const total = missed.reduce((n, m) => n + m.count, 0);
    log.warn(
      { since: new Date(since).toISOString(), pushes: total, schedules: missed.map((m) => m.schedule.id) },
      'lesson pushes missed while the bot was down; the groups go on with their next lessons',
    );
    for (const channel of CHANNELS) {
      const to = staffChatAddress(channel, pack.organisers.escalation[channel]);
      if (!to || deps.outbox.serves?.(channel) === false) continue;
      const locale = await chatLocale(deps, to);
      const t = (id: string, args?: Record<string, string | number>) => deps.i18n.t(locale, id, args);
      const item = (m: Missed) =>
        t('lessons-missed-item', { series: seriesNames(pack, m.schedule, locale), count: m.count });
      const text = t('lessons-missed', {
        platform: channel,
        from: formatLocal(since, deps.timezone, t),
        to: formatLocal(at, deps.timezone, t),
        count: total,
        list: locale === 'en' ? joinList(locale, missed.map(item)) : missed.map(item).join('；'),
      });
      await deps.delivery.enqueue({
        id: `lessons-missed:${since}`,
        kind: 'system',
        items: [{ to, card: { text: [text] } }],
      });
    }
  }

  /** A schedule's series by title, each quoted (“安全”、“平台规则”). */
  function seriesNames(pack: ContentPack, schedule: Schedule, locale: Locale): string {
    return quotedSeries((id, args) => deps.i18n.t(locale, id, args), locale, pack, schedule.series);
  }

  async function tickOnce(at: number): Promise<TickReport> {
    const pack = deps.content.get();
    await noteOutage(pack, at);
    const { due, skipped } = duePushes(pack, { from: at - catchUpMs, to: at }, deps.timezone, source);
    // A holiday skip is logged once, when its fire time first comes into view.
    for (const s of skipped)
      if (lastTick === undefined || s.fireAt > lastTick)
        log.info({ schedule: s.schedule.id, date: s.date }, 'lesson push skipped: holiday');
    lastTick = at;
    const pushes: PushResult[] = [];
    for (const push of due) {
      try {
        pushes.push(await runPush(push));
      } catch (err) {
        log.error(
          { err, schedule: push.schedule.id, sendAt: push.sendAt },
          'lesson push failed; the next tick retries it',
        );
      }
    }
    return { at, pushes, skipped };
  }

  const ticker = createTicker({
    cron: '* * * * *',
    timezone: deps.timezone,
    name: `lessons-${owner}`,
    now: () => deps.now().getTime(),
    log,
    run: tickOnce,
  });

  return {
    cron: source,
    runPush,
    tick: (at?: number) => ticker.tick(at),
    start() {
      ticker.start();
      deps.content.onReplace((pack) => log.info({ schedules: pack.schedules.length }, 'schedules reloaded'));
      log.info({ owner }, 'lesson scheduler started');
    },
    async stop() {
      await ticker.stop();
      source.dispose();
    },
  };
}
