/**
 * The bot without its transports: content, locales, Redis store, metrics and the core with its features.
 * main.ts adds the adapters and the HTTP server; tests build the same app against a throw-away Redis.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { createContentHolder } from './core/content/holder.js';
import { loadContentPack } from './core/content/loader.js';
import type { ContentPack } from './core/content/schema.js';
import { createCore, type Core } from './core/dispatcher.js';
import type { FloodLimits } from './core/flood.js';
import type { CoreDeps, Feature } from './core/feature.js';
import { loadI18n } from './core/i18n.js';
import type { Logger } from './core/logger.js';
import { createMetrics } from './core/metrics.js';

import { createOutboxRouter, type Outbox } from './core/outbox.js';
import type { Channel } from './core/types.js';
import { createDeliveryEngine } from './core/delivery/engine.js';
import { escalationNotifier, topicLostNotifier } from './core/delivery/organisers.js';
import { budgetedOutbox } from './core/delivery/budget.js';
import { resolveLimits, type LimitsInput } from './core/delivery/limits.js';
import { groupsFeature } from './core/groups/feature.js';
import { createChatMoves, followMoves, type ChatMoves } from './core/groups/moves.js';
import { chatLocale } from './core/groups/chat-locale.js';
import { startFeature } from './core/start/feature.js';
import { hideKeptNumbers } from './core/faq/upgrade.js';
import { watchContent } from './core/content/watch.js';
import { checkLeftBehind, nameFormer } from './core/content/left-behind.js';
import { ownPack } from './core/content/own-pack.js';
import { reloadNotice } from './core/content/reload-notice.js';
import { createEditThrottle } from './core/edits.js';
import { lessonsFeature } from './core/lessons/feature.js';
import { createLessonScheduler, type LessonScheduler } from './core/lessons/scheduler.js';
import { noticesFeature } from './core/notices/feature.js';
import { createNoticeScheduler, type NoticeScheduler } from './core/notices/release.js';
import { faqFeature } from './core/faq/feature.js';
import { forwardedFeature } from './core/faq/forwarded.js';
import { strayReplyFeature } from './core/reports/stray-reply.js';
import { optOutFeature } from './core/lessons/opt-out.js';
import { postsFeature, rememberDeliveredPosts } from './core/posts/feature.js';
import { createReports } from './core/reports/feature.js';
import { redrawWhenStandingChanges } from './core/reports/owner-gone.js';
import { loadReportClassifyPrompt, modelClassify } from './core/reports/llm-classify.js';
import { createLlmClient } from './core/llm/client.js';
import { createTranscriber } from './core/llm/transcribe.js';
import type { ReportsKit } from './core/reports/kit.js';
import { createReportJobs, type ReportJobs } from './core/reports/schedule.js';
import { statsFeature } from './core/reports/stats.js';
import { exportFeature } from './core/reports/export-command.js';
import { boardFeature } from './core/board/feature.js';
import { createSpool } from './core/spool.js';
import type { OpenAIConfig } from './config/index.js';
import { evictingPolicy, type RedisTarget } from './store/redis.js';
import { portOf, type Store } from './store/index.js';
import { openAppBase, type AppBase } from './app-base.js';
import type { HealthReport } from './http/server.js';
import { rootPath } from './paths.js';

export interface AppOptions {
  contentDir: string;
  /**
   * The pack of `contentDir`, already loaded (tests build many apps of one pack in a process and share it, and with
   * it what is built from a pack and kept per pack: the FAQ's asker, the readers). The app never writes it: it
   * takes its own pack on it, with `former` names of its own (core/content/own-pack.ts); absent = loaded here. A
   * reload (watchContent) loads from `contentDir` as ever.
   */
  pack?: ContentPack;
  /** A redis:// URL, or the sentinels of a Redis Sentinel deployment. */
  redisUrl: RedisTarget;
  logger: Logger;
  timezone: string;
  /** Key prefix in Redis (tests give each file its own). */
  redisPrefix?: string;
  localesDir?: string;
  now?: () => Date;
  defaultMetrics?: boolean;
  /** Reload the content pack when its files change (default true). */
  watchContent?: boolean;
  /** OpenAI-compatible endpoint for model-written answers; absent = offline only. */
  openai?: OpenAIConfig;
  /** The web board's public address, for the /board sign-in links (config BOARD_URL). */
  boardUrl?: string;
  /** File that keeps updates while Redis is unreachable (core/spool.ts); absent = no spool. */
  spoolFile?: string;
  /** Platform limits for every send (replies and bulk); defaults to Telegram's and Slack's documented ones. */
  limits?: LimitsInput;
  /** false: replies take no send slots (tests); 429s are still honoured. Default true. */
  pacing?: boolean;
  /** How long an update being handled stays this process's before another may handle it again (ms). */
  updateLeaseMs?: number;
  /** Messages one person may send the bot per chat per minute (config MESSAGES_PER_MINUTE_*; default 30 / 10). */
  flood?: FloodLimits;
  /**
   * false once this replica stepped aside for a newer release (core/release.ts): no update is handled or recovered,
   * no effect finished; main.ts then calls `stepAside()`. Absent: always working.
   */
  working?: () => boolean;
}

export interface App {
  deps: CoreDeps;
  /** The Redis store behind `deps.store` (the core sees only its port): the client and keys, for wiring and tests. */
  store: Store;
  core: Core;
  /**
   * Adapters register their raw outbox here; every call made through it takes its slots from the one
   * send budget in Redis (core/delivery/budget.ts) as interactive traffic.
   */
  outbox: ReturnType<typeof createOutboxRouter>;
  /** The delivery engine's outbox (it paces itself): falls back to the raw outbox an adapter registered. */
  bulkOutbox: ReturnType<typeof createOutboxRouter>;
  /** Scheduled lesson pushes: main.ts calls `lessons.start()` (a timer); tests call `lessons.tick(at)`. */
  lessons: LessonScheduler;
  /** Scheduled notices released at their send time to the groups bound then: main.ts calls `notices.start()`; tests call `notices.tick(at)`. */
  notices: NoticeScheduler;
  /** The tickets' scheduled jobs (deadline sweep, morning digest, retention): main.ts calls `jobs.start()`; tests call `jobs.tick(at)`. */
  jobs: ReportJobs;
  /** Updates left unfinished by a process that died: main.ts calls `updates.start()` once adapters are registered. */
  updates: { start(): void; recover(): Promise<unknown> };
  /** Reports' background work (spool replay, unfinished effects): main.ts calls `reports.start()` once adapters are registered. */
  reports: {
    start(): Promise<void>;
    recover(): Promise<void>;
    /** Classifier and effects, shared with Slack's report form. */
    kit: ReportsKit;
  };
  health(): Promise<HealthReport>;
  /**
   * Take no more work (this replica stepped aside for a newer release, core/release.ts): the schedules, the delivery
   * engine and every recovery stop, what is in hand finishes; Redis stays connected for /healthz until `close()`.
   */
  stepAside(): Promise<void>;
  close(): Promise<void>;
}

/** A router whose every registered outbox follows chats that moved (core/groups/moves.ts). */
function followingRegistry<R extends ReturnType<typeof createOutboxRouter>>(
  router: R,
  moves: ChatMoves,
  logger: Logger,
): R {
  const register = router.register;
  router.register = (channel, outbox) => register(channel, followMoves(outbox, moves, logger));
  return router;
}

/** Builds the app; on a bad content pack it throws before connecting to Redis (unless given a `base`). */
export async function createApp(options: AppOptions, base?: AppBase): Promise<App> {
  // A pack loaded for several apps is never written: the app takes its own on it (own-pack.ts).
  const pack = options.pack ? ownPack(options.pack) : await loadContentPack(resolve(options.contentDir));
  const i18n = loadI18n(options.localesDir ?? rootPath('locales'));
  const { store } = base ?? (await openAppBase(options));
  // Here, not in the base: prom-client loads after the first poll (early updates wait for the app anyway).
  const metrics = createMetrics({ defaults: options.defaultMetrics });
  const redis = store.redis;
  // Each failed connect or reconnect attempt: an operator can alert on Redis flapping.
  redis.on('error', () => metrics.redisErrors.inc());
  const evicting = await evictingPolicy(redis);
  if (evicting)
    options.logger.warn(
      { policy: evicting },
      `redis maxmemory-policy is ${evicting}: when full it drops keys without a word; set it to noeviction (README, "Redis memory")`,
    );
  // The core gets the repositories only: no Redis client is reachable from a feature.
  const port = portOf(store);
  // The kept-text upgrade: what was kept masked with an older stop's masking (kept questions, tickets' words, learned
  // examples, drafts, gaps) rewritten with today's, once per masking (core/faq/upgrade.ts).
  await hideKeptNumbers(port, pack.settings.district.id).then(
    (n) => n && options.logger.info({ rewritten: n }, 'numbers masked anew in text kept before this release'),
    (err: unknown) => options.logger.warn({ err: (err as Error).message }, 'masking kept text anew failed'),
  );
  // Open and overdue tickets per branch, read when Prometheus scrapes (a few ZCOUNTs per branch).
  metrics.watchTickets(() => {
    const now = deps.now().getTime();
    return Promise.all(
      deps.content
        .get()
        .branches.map(async (b) => ({ branch: b.id, ...(await store.tickets.queueCounts(b.id, now)) })),
    );
  });
  const limits = resolveLimits(options.limits);
  const content = createContentHolder(pack);
  // A chat that moved to a new id (a Telegram group upgraded to a supergroup) is followed by every send.
  const moves = createChatMoves({
    store: port,
    content,
    i18n,
    logger: options.logger,
    enqueue: (req) => delivery.enqueue(req),
  });
  // The platforms an adapter was registered for (`outbox.register` below), as the core reads them (`CoreDeps.served`).
  const served: Channel[] = [];
  const rawOutbox = followingRegistry(createOutboxRouter(), moves, options.logger);
  const bulkOutbox = followingRegistry(createOutboxRouter(rawOutbox), moves, options.logger);
  // Replies, edits and pins share the engine's windows as interactive traffic (one budget per token);
  // a reply that cannot go within the wait becomes a job of the delivery queue, ahead of broadcasts.
  const outbox = Object.assign(
    budgetedOutbox(rawOutbox, {
      repo: store.delivery,
      limits,
      logger: options.logger,
      metrics,
      pacing: options.pacing ?? true,
      retry: async (to, card) => {
        await delivery.enqueue({
          id: `reply:${randomUUID()}`,
          kind: 'reply',
          items: [{ to, card }],
        });
      },
    }),
    {
      register: (channel: Channel, adapter: Outbox) => {
        rawOutbox.register(channel, adapter);
        if (!served.includes(channel)) served.push(channel);
      },
      channels: rawOutbox.channels,
    },
  );

  // Started by main.ts once the adapters are registered; stopped by close(), before Redis.
  const delivery = createDeliveryEngine({
    store: port,
    outbox: bulkOutbox,
    logger: options.logger,
    metrics,
    i18n,
    chatLocale: (to) => chatLocale({ content, store: port }, to),
    limits: options.limits ?? {},
    now: () => deps.now().getTime(),
    notifyOrganisers: escalationNotifier({
      pack: () => deps.content.get(),
      i18n,
      logger: options.logger,
      enqueue: (req) => delivery.enqueue(req),
    }),
    notifyTopicLost: topicLostNotifier({
      pack: () => deps.content.get(),
      i18n,
      logger: options.logger,
      enqueue: (req) => delivery.enqueue(req),
    }),
  });
  const deps: CoreDeps = {
    content,
    i18n,
    store: port,
    outbox,
    delivery,
    moves,
    served,
    logger: options.logger,
    metrics,
    timezone: options.timezone,
    ...(options.spoolFile ? { spool: createSpool(resolve(options.spoolFile)) } : {}),
    now: options.now ?? (() => new Date()),
  };
  // Names for the branches and categories a new pack dropped, before anything reads the pack (left-behind.ts).
  nameFormer(deps, pack);
  let lastPack = pack;
  content.onReplace((next) => {
    nameFormer(deps, next, lastPack);
    lastPack = next;
  });
  /** What the loaded pack leaves behind in Redis: logged, and the organisers' text if they are to be told. */
  const leftBehind = () =>
    checkLeftBehind(deps).catch((err: unknown) => {
      options.logger.warn(
        { err: (err as Error).message },
        'checking what the content pack leaves behind failed',
      );
      return undefined;
    });
  const lessons = createLessonScheduler(deps);
  rememberDeliveredPosts(deps);
  const notices = createNoticeScheduler(deps);
  const edits = createEditThrottle({ outbox, store: port, logger: options.logger });
  const contentDir = resolve(options.contentDir);
  // An edit that does not load is told to the organisers, and its fix once it does (escalation chats of the
  // channels this process has an adapter for).
  const reloads = reloadNotice(deps, { dir: contentDir, channels: () => rawOutbox.channels() });
  const watcher =
    options.watchContent === false
      ? undefined
      : watchContent({
          dir: contentDir,
          holder: deps.content,
          logger: options.logger,
          onInvalid: (problems) => reloads.invalid(problems),
          onValid: async () => reloads.valid(await leftBehind()),
        });
  // With an endpoint configured the model proposes category, urgency and summary (the rules are the
  // fallback), and voice notes are transcribed (kept as evidence either way). A question asked mid-report
  // is answered by the FAQ (made below; only called once messages arrive).
  // One client for the FAQ and classification: a pause one of them learned (429, failures in a row) holds for both.
  const llm = options.openai ? createLlmClient(options.openai, { metrics }) : undefined;
  const reports = createReports({
    ...(options.working ? { working: options.working } : {}),
    aside: (ctx, text) => faq.answerAside(ctx, text),
    ...(options.openai
      ? {
          classify: modelClassify({
            ...(llm ? { llm } : {}),
            prompt: loadReportClassifyPrompt(),
            metrics,
            logger: options.logger,
          }),
          // The same client: its pause, limit and metrics hold for voice notes too.
          ...(llm ? { transcriber: createTranscriber(options.openai, llm) } : {}),
        }
      : {}),
  });
  // Commands, buttons, deep links and dialogs are routed by name; free text not in a dialog goes to each
  // feature's onMessage in this order (today only the FAQ, which answers any question — an emergency
  // told as one gets the emergency numbers first, from the reports job).
  const start = startFeature(() => features);
  const faq = faqFeature({
    openai: options.openai,
    ...(llm ? { llm } : {}),
    urgent: reports.emergencyFirst,
    help: start.showHelp,
    report: reports.offerReport,
    mine: reports.myReports,
    reportWords: reports.reportWords,
    keepForReport: reports.keepForReport,
    openReports: reports.openReports,
    addToReport: reports.addToReport,
  });
  const features: Feature[] = [
    // First: a voice note's words (with an endpoint) are read by every feature after it as if typed.
    reports.heard,
    start,
    groupsFeature(),
    // Before everything that reads words: a forwarded notice that asks nothing is not the sender's question (QA15).
    forwardedFeature({ emergency: reports.isEmergency }),
    // Before the FAQ: a photo sent after filing a report is offered to that report, not read as a question.
    reports.followUps,
    // Before the FAQ, which stays silent on replies in staff chats: a reply under /queue in a triage chat reaches nobody.
    strayReplyFeature(),
    // Before the FAQ and the posts: "退订", "别再给我推课了" ask for the pushes to stop (QA4 #9).
    optOutFeature(),
    // Before the FAQ: a reply to a notice or a lesson asks about it, not about whatever FAQ entry shares its words.
    postsFeature({ emergency: reports.isEmergency, answers: (ctx, text) => faq.answers(ctx, text) }),
    // Before the FAQ: "…我想反映一下" said outright in private starts the report, not an answer with a button under it.
    reports.reportSaid,
    faq,
    lessonsFeature({ deps, scheduler: lessons, edits }),
    noticesFeature({ deps, edits }),
    reports.feature,
    statsFeature(),
    exportFeature(),
    boardFeature({ url: options.boardUrl ?? 'http://localhost:8080' }),
  ];
  const jobs = createReportJobs(deps, { effects: reports.kit.effects(deps) });
  // A reload that takes a claimer off a branch's list (or puts one back) draws their tickets' cards again.
  redrawWhenStandingChanges(deps, reports.kit.effects(deps));
  const updateLeaseMs = options.updateLeaseMs ?? 60_000;
  const core = createCore(deps, features, {
    updateLeaseMs,
    urgent: reports.isEmergency,
    ...(options.flood ? { flood: options.flood } : {}),
    ...(options.working ? { working: options.working } : {}),
  });
  // Updates whose handler died (SIGKILL, a crash, a hang) are taken over once their lease runs out.
  let recovering: NodeJS.Timeout | undefined;
  let recoverRun: Promise<unknown> = Promise.resolve();
  const recoverUpdates = () => {
    recoverRun = core
      .recoverUpdates()
      .catch((err: unknown) =>
        options.logger.warn({ err: (err as Error).message }, 'recovering unfinished updates failed'),
      );
    return recoverRun;
  };

  return {
    deps,
    store,
    core,
    outbox,
    bulkOutbox,
    lessons,
    notices,
    jobs,
    updates: {
      start() {
        if (recovering || options.working?.() === false) return;
        void recoverUpdates();
        recovering = setInterval(() => void recoverUpdates(), Math.max(200, updateLeaseMs / 2));
        recovering.unref();
      },
      recover: recoverUpdates,
    },
    reports: {
      async start() {
        await reports.start(deps, () => core.drainSpool());
        // Once the adapters are registered (the escalation chats of the channels served here).
        const text = await leftBehind();
        if (text)
          await reloads
            .leftBehind(text)
            .catch((err: unknown) =>
              options.logger.warn(
                { err: (err as Error).message },
                'telling what the pack leaves behind failed',
              ),
            );
      },
      recover: () => reports.recover(deps, () => core.drainSpool()),
      kit: reports.kit,
    },
    async health() {
      const checks: Record<string, string> = {};
      let ok = true;
      try {
        const ms = await Promise.race([
          store.ping(),
          new Promise<number>((_, rej) => setTimeout(() => rej(new Error('timeout')), 1000)),
        ]);
        metrics.redisLatency.observe(ms / 1000);
        checks.redis = `ok ${ms.toFixed(1)}ms`;
      } catch (err) {
        ok = false;
        checks.redis = `unreachable: ${(err as Error).message}`;
      }
      const c = deps.content.get();
      checks.content = `ok ${c.branches.length} branches, ${c.faq.length} faq, ${c.stations.length} stations`;
      return { ok, checks };
    },
    async stepAside() {
      clearInterval(recovering);
      await recoverRun;
      await Promise.all([lessons.stop(), notices.stop(), jobs.stop(), reports.stop(), delivery.stop()]);
    },
    async close() {
      clearInterval(recovering);
      await recoverRun;
      watcher?.close();
      edits.dispose();
      await lessons.stop();
      await notices.stop();
      await jobs.stop();
      await reports.stop();
      await delivery.stop();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
