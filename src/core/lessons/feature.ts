/**
 * 十分钟微课堂 in the chat: `/lesson` (the group's next lesson, on demand, into the group's push topic),
 * `/schedule` (what comes next and when), `/pause` and `/resume` (organisers), `/lessonstats`, and the
 * quiz buttons under every lesson: one answer per person, private feedback, a running tally.
 *
 * Scheduled pushes are run by `scheduler.ts` through the delivery engine; this feature attributes each
 * delivery to its lesson (for the stats) when the engine reports it.
 */
import { staffChatNote } from '../groups/staff-chat.js';
import { bold, type Button, type Card, type Span } from '../card.js';
import { groupAddress, inAudience } from '../audience.js';
import type { ContentPack, Locale } from '../content/schema.js';
import type { EditThrottle } from '../edits.js';
import type { ButtonCtx, CoreDeps, Ctx, Feature, MessageCtx } from '../feature.js';
import { formatHHMM, formatLocal } from '../zoned.js';
import { nextPushes } from './due.js';
import { cronInWords } from './cron-words.js';
import { joinList } from '../words.js';
import {
  findByQuizKey,
  findLesson,
  lessonCard,
  localised,
  OPTION_LETTERS,
  optionLabel,
  placeIn,
  QUIZ_PREFIX,
  quotedSeries,
  seriesTitle,
} from './render.js';
import { applicableCandidates, resumesInMonth } from './applies.js';
import { LESSON_BROADCAST, type LessonScheduler } from './scheduler.js';
import { groupLocale } from '../locales.js';
import { chineseForEnglish, markChinese } from '../script.js';
import { lessonStats, renderLessonStats } from './stats.js';
import { chatKey, type GroupBinding } from '../ports/groups.js';
import { rememberPost } from '../posts/feature.js';
import { onPlatform } from '../platform-words.js';
import { changePaused, pauseFromPrivate, pickGroup } from './pause.js';

export interface LessonsFeatureOptions {
  deps: CoreDeps;
  scheduler: LessonScheduler;
  edits: EditThrottle;
  /** A worker may ask for a lesson on demand once per this long per group (organisers and secretaries any time). */
  cooldownMs?: number;
}

/**
 * Why lessons do not reach this chat: an unbound group is asked to /bind — but a staff chat (triage, escalation)
 * refuses /bind, so it is told what it is instead (QA4 #12).
 */
function unbound(ctx: Ctx): string {
  const staff = staffChatNote(ctx);
  return staff
    ? `${staff}\n${ctx.t('lesson-staff-chat', onPlatform(ctx))}`
    : ctx.t('lesson-unbound', onPlatform(ctx));
}

/** The quiet windows, or that there are none (an empty list read "…不推送：—"). */
function quietLine(ctx: Pick<Ctx, 't'>, windows: readonly string[]): string {
  return windows.length
    ? ctx.t('schedule-quiet', { windows: windows.join(ctx.t('schedule-quiet-separator')) })
    : ctx.t('schedule-quiet-none');
}

/** A month (1–12) as the reader says it: "6月", "June". */
const monthName = (ctx: Pick<Ctx, 't'>, month: number) => ctx.t('month-name', { month });

/** The caller's context, speaking the group's language: what is posted in a group is read by all of it. */
function inGroupLanguage(ctx: Ctx, g: GroupBinding): Ctx {
  const locale = groupLocale(g.locale);
  if (locale === ctx.locale) return ctx;
  return Object.assign(Object.create(ctx) as Ctx, {
    locale,
    t: (id: string, args?: Parameters<Ctx['t']>[1]) => ctx.deps.i18n.t(locale, id, args),
  });
}

/** The series a group follows: those of the schedules that reach it, in file order; else every series. */
export function seriesForGroup(pack: ContentPack, group: GroupBinding): string[] {
  const ids: string[] = [];
  for (const s of pack.schedules)
    if (inAudience(group, s.audience, pack)) for (const id of s.series) if (!ids.includes(id)) ids.push(id);
  return ids.length ? ids : pack.series.map((s) => s.id);
}

export function lessonsFeature(options: LessonsFeatureOptions): Feature {
  const { scheduler, edits } = options;
  const cooldownMs = options.cooldownMs ?? 10 * 60_000;

  // Attribute each delivered scheduled lesson to its lesson id (the push's plan says which one the chat got).
  options.deps.delivery.onDelivered(async (e) => {
    if (e.kind !== 'lesson' || !e.broadcastId.startsWith(LESSON_BROADCAST)) return;
    const push = e.broadcastId.slice(LESSON_BROADCAST.length);
    const lessonId = await options.deps.store.lessons.planned(push, e.chat);
    // Recorded where it landed: a group upgraded to a supergroup meanwhile got it under its new id.
    const landed = chatKey(e.ref.address.channel, e.ref.address.chatId);
    if (lessonId) await options.deps.store.lessons.recordDelivered(landed, lessonId);
  });
  // A pushed lesson that never reached the group (the bot was removed, the send kept failing) is given back,
  // as /lesson does: a group that has the bot back goes on with that lesson rather than skipping it.
  options.deps.delivery.onFailed(async (e) => {
    if (e.kind !== 'lesson' || !e.broadcastId.startsWith(LESSON_BROADCAST)) return;
    const push = e.broadcastId.slice(LESSON_BROADCAST.length);
    const lessonId = await options.deps.store.lessons.planned(push, e.chat);
    if (!lessonId) return;
    // The plan is kept under the chat the push chose; its progress has moved with a group upgraded since.
    const progressOf = (await options.deps.store.groups.movedTo(e.chat)) ?? e.chat;
    await options.deps.store.lessons.unpick(push, e.chat, lessonId);
    if (progressOf !== e.chat) await options.deps.store.lessons.unpick(push, progressOf, lessonId);
  });

  async function giveLesson(ctx: Ctx, say: (text: string) => Promise<unknown>): Promise<void> {
    const g = ctx.group;
    if (!g) return void (await say(unbound(ctx)));
    const repo = ctx.deps.store.lessons;
    const privileged = ctx.isOrganiser || ctx.secretaryOf.includes(g.branch);
    if (!privileged && !(await repo.cooldown(g.chat, cooldownMs))) {
      const minutes = Math.max(1, Math.ceil((await repo.cooldownLeft(g.chat)) / 60_000));
      return void (await say(ctx.t('lesson-cooldown', { minutes })));
    }
    const pack = ctx.deps.content.get();
    const push = `ondemand:${g.chat}:${ctx.in.updateId}`;
    const now = ctx.deps.now().getTime();
    const candidates = applicableCandidates(pack, seriesForGroup(pack, g), g, now, ctx.deps.timezone);
    const lessonId = await repo.pick(push, g.chat, candidates);
    const found = lessonId ? findLesson(pack, lessonId) : undefined;
    if (!lessonId || !found) {
      await repo.clearCooldown(g.chat);
      // Out of season is not done: say when the next lesson comes (QA7 #1).
      const month = resumesInMonth(
        pack,
        seriesForGroup(pack, g),
        g,
        now,
        ctx.deps.timezone,
        await repo.progress(g.chat),
      );
      return void (await say(
        month
          ? ctx.t('lesson-none-in-season', onPlatform(ctx, { month: monthName(ctx, month) }))
          : ctx.t('lesson-none-left', onPlatform(ctx)),
      ));
    }
    try {
      const ref = await ctx.deps.outbox.send(
        groupAddress(g),
        lessonCard(found, groupLocale(g.locale), ctx.deps.i18n, {
          place: await placeIn(repo, g.chat, found, 'record'),
        }),
      );
      // A reply to it is a question about it (posts/feature.ts).
      await rememberPost(ctx.deps.store.posts, g.chat, ref.messageId, {
        kind: 'lesson',
        id: lessonId,
        at: now,
      }).catch(() => undefined);
    } catch (err) {
      // Nothing reached the group: give the lesson back so it is not skipped.
      await repo.unpick(push, g.chat, lessonId);
      await repo.clearCooldown(g.chat);
      ctx.log.warn(
        { err: (err as Error).message, group: g.chat, lesson: lessonId },
        'lesson on demand not sent',
      );
      return void (await say(ctx.t('lesson-send-failed')));
    }
    await repo.recordDelivered(g.chat, lessonId);
    ctx.log.info({ group: g.chat, lesson: lessonId, by: ctx.user.id }, 'lesson on demand');
  }

  async function nextLine(
    ctx: Ctx,
    pack: ContentPack,
    g: GroupBinding,
    seriesIds: string[],
    progress: Set<string>,
  ): Promise<Span[]> {
    const now = ctx.deps.now().getTime();
    const next = applicableCandidates(pack, seriesIds, g, now, ctx.deps.timezone).find(
      (id) => !progress.has(id),
    );
    const found = next ? findLesson(pack, next) : undefined;
    if (!found) {
      // Nothing fits now: resting until its season (QA7 #1: it read "全部学完"), or truly done.
      const month = resumesInMonth(pack, seriesIds, g, now, ctx.deps.timezone, progress);
      return [
        month
          ? ctx.t('schedule-resting', { month: monthName(ctx, month) })
          : ctx.t('schedule-done', onPlatform(ctx)),
      ];
    }
    const title = localised(found.lesson, ctx.locale).title;
    const place = await placeIn(ctx.deps.store.lessons, g.chat, found, 'next');
    return [
      ctx.t('schedule-next-lesson', {
        title,
        // A title the pack wrote only in Chinese is marked for an English group, after its quotes (QA12).
        note: chineseForEnglish(ctx.locale, title) ? ` ${ctx.t('text-in-chinese')}` : '',
        series: seriesTitle(found.series, ctx.locale),
        n: place.n,
        total: place.total,
      }),
    ];
  }

  function whenLine(ctx: Ctx, pack: ContentPack, schedule: ContentPack['schedules'][number]): string {
    const tz = ctx.deps.timezone;
    const [next] = nextPushes(pack, schedule, ctx.deps.now().getTime(), tz, scheduler.cron);
    if (!next) return ctx.t('schedule-next-none');
    const when = formatLocal(next.sendAt, tz, ctx.t);
    return next.deferredBy
      ? ctx.t('schedule-next-deferred', { when, fire: formatHHMM(next.fireAt, tz) })
      : ctx.t('schedule-next-time', { when });
  }

  /**
   * A schedule's series as a list, each title quoted when there are several (“A”、“B”, “A” and “B”: `quoted`): joined
   * bare, a title holding 和 or "and" read as two (QA12 #6). `shown`: in the card's text, where one title stands
   * bare and an English reader's Chinese title is marked; else (a button, a toast, whose words quote it) quoted alone.
   */
  const seriesNames = (ctx: Ctx, pack: ContentPack, ids: readonly string[], shown = false) => {
    const titles = ids.map((id) => {
      const s = pack.series.find((x) => x.id === id);
      return s ? seriesTitle(s, ctx.locale) : id;
    });
    const mark = (text: string) => (shown ? markChinese(ctx.t, ctx.locale, text) : text);
    if (shown && titles.length === 1) return mark(titles[0]!);
    return quotedSeries(ctx.t, ctx.locale, pack, ids, mark);
  };

  /** A schedule's times in words ("工作日 10:00、15:00"), or the cron expression when it has no simple words. */
  const scheduleWords = (ctx: Ctx, s: ContentPack['schedules'][number]) =>
    cronInWords(s.cron, ctx.t, ctx.locale) ?? s.cron;

  /** The button under a paused group's /schedule that resumes it. */
  const RESUME_GROUP = 'lsn:rg';

  const pauseData = (op: 'ps' | 'rs', scheduleId: string) => {
    const data = `lsn:${op}:${scheduleId}`;
    return Buffer.byteLength(data, 'utf8') <= 64 ? data : undefined;
  };

  /** This group's schedules, and for an organiser one tap to pause or resume each series here. */
  async function groupScheduleCard(caller: Ctx, g: GroupBinding): Promise<Card> {
    // Posted in the group, so in the group's language, whoever asked (QA4 #15: a zh-TW group got zh-CN).
    const ctx = inGroupLanguage(caller, g);
    const pack = ctx.deps.content.get();
    const lines: Span[] = [bold(ctx.t('schedule-title-group', onPlatform(ctx)))];
    // The whole group paused (/pause): no series is pushed, so none has a next push, and the one thing to offer
    // is resuming (QA8 #13: each series still showed its next push and a ⏸ button).
    const groupPaused = await ctx.deps.store.lessons.isPaused(g.chat);
    if (groupPaused) lines.push('\n', ctx.t('schedule-paused', onPlatform(ctx)));
    const progress = await ctx.deps.store.lessons.progress(g.chat);
    const mine = pack.schedules.filter((s) => inAudience(g, s.audience, pack));
    const buttons: Button[][] = [];
    for (const s of mine) {
      const paused = (await ctx.deps.store.lessons.pausedFor(s.id)).has(g.chat);
      const names = seriesNames(ctx, pack, s.series);
      lines.push(
        '\n\n',
        bold(`• ${seriesNames(ctx, pack, s.series, true)}`),
        '\n',
        ctx.t('schedule-times', { times: scheduleWords(ctx, s) }),
        '\n',
        paused
          ? ctx.t('schedule-series-paused', onPlatform(ctx))
          : groupPaused
            ? ctx.t('schedule-next-paused')
            : whenLine(ctx, pack, s),
        '\n',
        ...(await nextLine(ctx, pack, g, s.series, progress)),
      );
      const data = pauseData(paused ? 'rs' : 'ps', s.id);
      if (ctx.isOrganiser && data && !groupPaused)
        buttons.push([
          { label: ctx.t(paused ? 'schedule-btn-resume' : 'schedule-btn-pause', { series: names }), data },
        ]);
    }
    if (!mine.length)
      lines.push(
        '\n\n',
        ctx.t('schedule-none-group', onPlatform(ctx)),
        '\n',
        ...(await nextLine(ctx, pack, g, seriesForGroup(pack, g), progress)),
      );
    lines.push('\n\n', quietLine(ctx, pack.settings.quietWindows));
    if (groupPaused && ctx.isOrganiser)
      buttons.push([{ label: ctx.t('schedule-btn-resume-group', onPlatform(ctx)), data: RESUME_GROUP }]);
    return { text: lines, ...(buttons.length ? { buttons } : {}) };
  }

  /** An organiser's tap on "resume this group's lessons" under /schedule: /resume, then the card again. */
  async function resumeGroup(ctx: ButtonCtx): Promise<void> {
    const g = ctx.group;
    if (!ctx.isOrganiser) return ctx.answer(ctx.t('error-not-allowed'), true);
    if (!g) return ctx.answer(ctx.t('error-button-expired'), true);
    await ctx.answer(ctx.t(await changePaused(ctx, g, false), onPlatform(ctx)));
    await ctx.show(await groupScheduleCard(ctx, g));
  }

  /** An organiser's tap on "pause/resume this series here" — re-checked: organiser, bound group, a schedule of it. */
  async function pauseSeries(ctx: ButtonCtx, op: string, scheduleId: string): Promise<void> {
    const g = ctx.group;
    const pack = ctx.deps.content.get();
    const s = pack.schedules.find((x) => x.id === scheduleId);
    if (!ctx.isOrganiser) return ctx.answer(ctx.t('error-not-allowed'), true);
    if (!g || !s || !inAudience(g, s.audience, pack)) return ctx.answer(ctx.t('error-button-expired'), true);
    const paused = op === 'ps';
    await ctx.deps.store.lessons.setSchedulePaused(g.chat, s.id, paused);
    ctx.log.info({ group: g.chat, schedule: s.id, paused, by: ctx.user.id }, 'lesson series paused/resumed');
    const names = seriesNames(ctx, pack, s.series);
    await ctx.answer(
      ctx.t(
        paused ? 'schedule-series-paused-toast' : 'schedule-series-resumed-toast',
        onPlatform(ctx, { series: names }),
      ),
    );
    await ctx.show(await groupScheduleCard(ctx, g));
  }

  async function schedule(ctx: MessageCtx): Promise<void> {
    const pack = ctx.deps.content.get();
    const quiet = quietLine(ctx, pack.settings.quietWindows);
    if (ctx.in.chat.kind !== 'private') {
      const g = ctx.group;
      if (!g) return void (await ctx.reply({ text: [unbound(ctx)] }));
      return void (await ctx.reply(await groupScheduleCard(ctx, g)));
    }
    if (!ctx.isOrganiser)
      return void (await ctx.reply({ text: [ctx.t('schedule-private-hint', onPlatform(ctx))] }));
    const groups = (await ctx.deps.store.groups.list()).filter((g) => g.active);
    const paused = await ctx.deps.store.lessons.paused();
    const lines: Span[] = [bold(ctx.t('schedule-title-all'))];
    if (!pack.schedules.length) lines.push('\n', ctx.t('schedule-none-all'));
    const named = (list: readonly GroupBinding[]) =>
      joinList(
        ctx.locale,
        list.map((g) => g.title ?? g.chat),
      );
    for (const s of pack.schedules) {
      // A group whose series was paused with ⏸ on its /schedule is not reached either, and is named here: the
      // overview counted it and said nothing, and the organiser could not find which group it was (orgmonth).
      const pausedHere = await ctx.deps.store.lessons.pausedFor(s.id);
      const inIt = groups.filter((g) => inAudience(g, s.audience, pack) && !paused.has(g.chat));
      const stopped = inIt.filter((g) => pausedHere.has(g.chat));
      lines.push(
        '\n\n',
        bold(`• ${s.id}`),
        ` ${scheduleWords(ctx, s)}`,
        '\n',
        ctx.t(
          'schedule-overview',
          onPlatform(ctx, {
            series: seriesNames(ctx, pack, s.series, true),
            groups: inIt.length - stopped.length,
          }),
        ),
        ...(stopped.length
          ? [
              ctx.t(
                'schedule-overview-paused',
                onPlatform(ctx, { count: stopped.length, groups: named(stopped) }),
              ),
            ]
          : []),
        '\n',
        whenLine(ctx, pack, s),
      );
    }
    const pausedGroups = groups.filter((g) => paused.has(g.chat));
    if (pausedGroups.length)
      lines.push(
        '\n\n',
        ctx.t(
          'schedule-paused-groups',
          onPlatform(ctx, { count: pausedGroups.length, groups: named(pausedGroups) }),
        ),
      );
    lines.push('\n\n', quiet);
    await ctx.reply({ text: lines });
  }

  async function setPaused(ctx: MessageCtx, paused: boolean): Promise<void> {
    const g = ctx.group;
    if (!g) return void (await ctx.reply({ text: [unbound(ctx)] }));
    const id = await changePaused(ctx, g, paused);
    await ctx.reply({ text: [ctx.t(id, onPlatform(ctx))] });
  }

  async function stats(ctx: MessageCtx): Promise<void> {
    let scope: { branches?: string[]; chats?: string[] } = {};
    if (ctx.in.chat.kind !== 'private') {
      if (!ctx.group) return void (await ctx.reply({ text: [unbound(ctx)] }));
      if (!ctx.isOrganiser && !ctx.secretaryOf.includes(ctx.group.branch))
        return void (await ctx.reply({ text: [ctx.t('error-not-allowed')] }));
      scope = { chats: [ctx.group.chat] };
    } else if (!ctx.isOrganiser) scope = { branches: ctx.secretaryOf };
    const s = await lessonStats(ctx.deps, scope);
    await ctx.reply({ text: renderLessonStats(ctx.deps, ctx.locale, s, ctx.in.chat.address.channel) });
  }

  async function onQuiz(ctx: ButtonCtx, payload: string): Promise<void> {
    const m = /^(.+):(\d)$/.exec(payload);
    if (!m) return ctx.answer(ctx.t('lesson-quiz-bad'), true);
    const pack = ctx.deps.content.get();
    const found = findByQuizKey(pack, m[1]!);
    const address = ctx.in.chat.address;
    const chat = chatKey(address.channel, address.chatId);
    const shownLocale: Locale = ctx.group ? groupLocale(ctx.group.locale) : ctx.locale;
    const shown = found ? localised(found.lesson, shownLocale).quiz : undefined;
    if (!found || !shown) {
      ctx.log.info({ key: m[1], chat }, 'quiz answer for a lesson no longer in the pack');
      return ctx.answer(ctx.t('lesson-quiz-gone'), true);
    }
    const option = Number(m[2]);
    if (option >= shown.options.length) return ctx.answer(ctx.t('lesson-quiz-bad'), true);
    const right = option === shown.answer;
    const res = await ctx.deps.store.lessons.answer(chat, found.lesson.id, ctx.user.id, option, right);
    // Explain in the presser's language when that version of the quiz has the same answer.
    const mine = localised(found.lesson, ctx.locale).quiz;
    const written = (
      mine && mine.answer === shown.answer && mine.options.length === shown.options.length ? mine : shown
    ).explanation;
    // An English presser of a quiz the pack wrote only in Chinese is told so — first, as a toast is cut at 200 (QA12).
    const explanation = chineseForEnglish(ctx.locale, written)
      ? `${ctx.t('text-in-chinese')} ${written}`
      : written;
    if (!res.first) {
      await ctx.answer(
        ctx.t('lesson-quiz-again', {
          option: OPTION_LETTERS[res.option] ?? String(res.option + 1),
          explanation,
        }),
        true,
      );
      return;
    }
    await ctx.answer(
      right
        ? ctx.t('lesson-quiz-right', { explanation })
        : ctx.t('lesson-quiz-wrong', { answer: optionLabel(shown, shown.answer), explanation }),
      true,
    );
    const ref = ctx.in.message;
    if (!ref) return;
    const lessonId = found.lesson.id;
    await edits.request(ref, async () => {
      const now = findLesson(ctx.deps.content.get(), lessonId);
      const quiz = now ? localised(now.lesson, shownLocale).quiz : undefined;
      if (!now || !quiz) return undefined;
      const tally = await ctx.deps.store.lessons.tally(chat, lessonId, quiz.options.length);
      const place = await placeIn(ctx.deps.store.lessons, chat, now, 'shown');
      return lessonCard(now, shownLocale, ctx.deps.i18n, { tally, forEdit: true, place });
    });
  }

  return {
    name: 'lessons',
    commands: [
      {
        name: 'lesson',
        description: 'cmd-lesson',
        scope: 'group',
        run: (ctx) => giveLesson(ctx, (text) => ctx.reply({ text: [text] })),
      },
      { name: 'schedule', description: 'cmd-schedule', scope: 'all', run: schedule },
      {
        name: 'pause',
        description: 'cmd-pause',
        scope: 'all',
        roles: ['organiser'],
        refused: 'optout-pause-refused',
        run: (ctx, args) =>
          ctx.in.chat.kind === 'private' ? pauseFromPrivate(ctx, true, args) : setPaused(ctx, true),
      },
      {
        name: 'resume',
        description: 'cmd-resume',
        scope: 'all',
        roles: ['organiser'],
        refused: 'optout-pause-refused',
        run: (ctx, args) =>
          ctx.in.chat.kind === 'private' ? pauseFromPrivate(ctx, false, args) : setPaused(ctx, false),
      },
      { name: 'lessonstats', description: 'cmd-lessonstats', scope: 'all', roles: ['secretary'], run: stats },
    ],
    buttons: [
      { prefix: QUIZ_PREFIX, run: onQuiz },
      {
        prefix: 'lsn',
        // The "next lesson" button under /help in a group: the same as /lesson, answered with a toast.
        run: (ctx, payload) => {
          const [op = '', id = ''] = [payload.slice(0, 2), payload.slice(3)];
          if (payload === 'next')
            return giveLesson(ctx, (text) => ctx.answer(text, true)).then(() => ctx.answer());
          if ((op === 'ps' || op === 'rs') && payload[2] === ':') return pauseSeries(ctx, op, id);
          if ((op === 'pg' || op === 'ug' || op === 'pl') && payload[2] === ':')
            return pickGroup(ctx, op, id);
          if (`lsn:${payload}` === RESUME_GROUP) return resumeGroup(ctx);
          return ctx.answer(ctx.t('error-button-expired'), true);
        },
      },
    ],
    helpButtons: (ctx): Button[] =>
      ctx.group && ctx.in.chat.kind !== 'private'
        ? [{ label: ctx.t('lesson-help-button'), data: 'lsn:next' }]
        : [],
  };
}
