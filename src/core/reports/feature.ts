/**
 * 急难愁盼 — the closed loop for workers' urgent problems: /report (intake), the triage cards and their
 * actions, the worker's follow-ups, /mytickets, /queue and /ticket. Classification and routing live in
 * classify.ts and route.ts; tickets live in Redis (store/tickets.ts), every change one Lua script.
 *
 *   const reports = createReports();
 *   features.push(reports.feature);
 *   await reports.start(deps, () => core.drainSpool());   // once the adapters are registered
 */
import { ALBUM_STEP, onAlbumRest } from './album-rest.js';
import type { Button } from '../card.js';
import { hasWords } from '../text.js';
import type { ButtonCtx, CoreDeps, Ctx, Feature, MessageCtx } from '../feature.js';
import {
  emergencyFirst,
  keepOpenDraft,
  offerPrivateLink,
  offerReport,
  reportButton,
  keepWordsForReport,
  reportKeptWords,
  reportWords,
  startFromLink,
  startIntake,
} from './intake.js';
import { INTAKE_STEPS, signalsOf } from './intake-draft.js';
import { onIntakeMessage } from './intake-messages.js';
import { pressedByNumber } from './intake-numbers.js';
import { reportSaidFeature } from './wants-to-report.js';
import { voiceHeardFeature } from './heard.js';
import { onIntakePress } from './intake-presses.js';
import { addWordsTo, followUpFeature, offerFollowUp, openReportChoices } from './followup.js';
import { createReportsKit, type ReportsKit, type ReportsKitOptions } from './kit.js';
import { onQueuePress, queueCommand, ticketCommand } from './queue.js';
import { explainStaleHandover, onHandoverPress } from './handover.js';
import { explainStalePress } from './triage/stale-presses.js';
import { onTriageDialog, TRIAGE_STEPS } from './triage/prompts.js';
import { onTriagePress } from './triage.js';
import { onAside, takesAside } from './triage/aside.js';
import {
  confirmActions,
  keepWorkerReply,
  myReports,
  myTickets,
  onWorkerDialog,
  onWorkerPress,
} from './worker.js';
import { onConfirmDialog } from './confirm.js';

const WORKER_STEPS = new Set(['answer', 'reopen']);
/** Typed answers to "问题解决了吗？" and the rating ('confirm' is the intake's last step): a command ends the wait. */
const CONFIRM_STEPS = new Set(['solved', 'rating']);

/** How often pending effects (a failed send, a crash) are retried, and the spool checked. */
const RECOVER_EVERY_MS = 30_000;

export interface Reports {
  feature: Feature;
  /** An emergency told as a question gets the numbers first: the FAQ asks this before answering. */
  emergencyFirst: (ctx: MessageCtx, text: string) => Promise<boolean>;
  /** Whether words tell of danger to a person now (what `emergencyFirst` answers), without replying. */
  isEmergency: (text: string) => boolean;
  /** "我想反映个问题" in words (the FAQ asks this when the pack has no entry on reporting): the way to /report. */
  offerReport: (ctx: MessageCtx, lead?: string) => Promise<void>;
  /** "我反映的事怎么样了" in words: the worker's reports as /mytickets shows them (in a group, the way to see them). */
  myReports: (ctx: MessageCtx) => Promise<void>;
  /** A problem told to the FAQ, reported with its words (the FAQ's "report this" button). */
  reportWords: (ctx: Ctx, text: string) => Promise<void>;
  /** Words too long for the FAQ kept for a report: the button that starts it with them (`rs:kept`). */
  keepForReport: (ctx: Ctx, text: string) => Promise<Button | undefined>;
  /** The worker's open reports as "📎 补充到" choices, newest first (the FAQ's "not sure" reply offers them). */
  openReports: (ctx: Ctx) => Promise<{ id: string; label: string }[]>;
  /** The words of a question the FAQ was not sure of added to the asker's open report (📎 补充到 under it). */
  addToReport: (ctx: ButtonCtx, ticket: string, text: string, messageId?: string) => Promise<void>;
  /** More for a report already filed (a photo sent later): placed before the FAQ in the app's features. */
  followUps: Feature;
  /** "…我想反映一下", "我要投诉" in private: the report started (or offered) at once; placed before the FAQ. */
  reportSaid: Feature;
  /** A voice note outside a report transcribed (with an endpoint) and read as typed: first of the app's features. */
  heard: Feature;
  kit: ReportsKit;
  /**
   * Background work once the adapters can send: replay the spool, finish effects a crash left pending,
   * and keep doing both on a timer and whenever Redis reconnects.
   */
  start(deps: CoreDeps, drainSpool?: () => Promise<number>): Promise<void>;
  stop(): Promise<void>;
  /** One recovery pass (what the timer runs): spool first, then pending effects. */
  recover(deps: CoreDeps, drainSpool?: () => Promise<number>): Promise<void>;
}

export function createReports(
  options: ReportsKitOptions & {
    recoverEveryMs?: number;
    /** false once this replica stepped aside for a newer release (core/release.ts): nothing is recovered here. */
    working?: () => boolean;
  } = {},
): Reports {
  const kit = createReportsKit(options);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopListening: (() => void) | undefined;

  const feature: Feature = {
    name: 'reports',
    commands: [
      {
        name: 'report',
        description: 'cmd-report',
        scope: 'all',
        // A half-written report is not dropped unsaid: startIntake asks whether to carry on with it.
        keepsDialog: () => true,
        // Words said with it ("/report 站点扣了我500块…") start the report, in private at once, from a group
        // through the link (kept server-side meanwhile).
        run: (ctx, args) =>
          ctx.in.chat.kind !== 'private'
            ? offerPrivateLink(ctx, args)
            : hasWords(args)
              ? reportWords(ctx, args, kit)
              : startIntake(ctx),
      },
      { name: 'mytickets', description: 'cmd-mytickets', scope: 'private', run: myTickets },
      { name: 'queue', description: 'cmd-queue', scope: 'all', roles: ['secretary'], run: queueCommand },
      {
        name: 'ticket',
        description: 'cmd-ticket',
        scope: 'all',
        run: (ctx, args) => ticketCommand(ctx, args, kit),
      },
    ],
    buttons: [
      { prefix: 'rp', run: (ctx, payload) => onIntakePress(ctx, payload, kit) },
      {
        // The help buttons: start in private, or the private link in a group.
        prefix: 'rs',
        run: async (ctx, payload) => {
          await ctx.answer();
          if (ctx.in.chat.kind !== 'private') return offerPrivateLink(ctx);
          // `rs:kept`: words kept for the report (a story too long for the FAQ).
          await (payload === 'kept' ? reportKeptWords(ctx, kit) : startIntake(ctx));
        },
      },
      { prefix: 'tk', run: (ctx, payload) => onTriagePress(ctx, payload, kit) },
      { prefix: 'tq', run: onQueuePress },
      { prefix: 'th', run: (ctx, payload) => onHandoverPress(ctx, payload, kit) },
      { prefix: 'tw', run: (ctx, payload) => onWorkerPress(ctx, payload, kit) },
    ],
    deepLinks: [{ prefix: 'report', run: (ctx, token) => startFromLink(ctx, token, kit) }],
    // A stale 👥 is answered as a hand-over; any other, or one whose ticket moved on, by what became of its ticket.
    onStalePress: async (ctx) => (await explainStaleHandover(ctx)) || explainStalePress(ctx),
    // A half-written report, or a worker's reply to the branch, outlives /help and the like (said so);
    // /cancel still ends it.
    keepsDialogOn(ctx, dialog, command) {
      if (command === 'cancel') return Promise.resolve(false);
      if (INTAKE_STEPS.has(dialog.step)) return keepOpenDraft(ctx, dialog);
      if (WORKER_STEPS.has(dialog.step)) return keepWorkerReply(ctx, dialog);
      return Promise.resolve(false);
    },
    async onDialog(ctx, dialog) {
      if (INTAKE_STEPS.has(dialog.step))
        return (await pressedByNumber(ctx, dialog, kit)) ? undefined : onIntakeMessage(ctx, dialog, kit);
      if (TRIAGE_STEPS.has(dialog.step)) return onTriageDialog(ctx, dialog, kit);
      if (WORKER_STEPS.has(dialog.step)) return onWorkerDialog(ctx, dialog, kit);
      if (dialog.step === ALBUM_STEP) return onAlbumRest(ctx, dialog, kit);
      if (CONFIRM_STEPS.has(dialog.step)) return onConfirmDialog(ctx, dialog, confirmActions(kit));
      await ctx.clearDialog();
    },
    // A secretary's answer typed in the triage channel instead of the prompt's thread (Slack): offered to send it.
    takesAside,
    onAside,
    helpButtons(ctx: Ctx): Button[] {
      const kind = ctx.in.chat.kind;
      // In a workers' group (bound) and in private; not in triage or unbound chats.
      if (kind === 'private') return [reportButton(ctx, 'new')];
      return ctx.group ? [reportButton(ctx, 'link')] : [];
    },
  };

  async function recover(deps: CoreDeps, drainSpool?: () => Promise<number>): Promise<void> {
    if (options.working && !options.working()) return;
    running ??= (async () => {
      try {
        if (drainSpool && deps.spool?.size()) await drainSpool();
        await kit.effects(deps).recover();
      } catch (err) {
        deps.logger.warn({ err: (err as Error).message }, 'reports recovery postponed');
      } finally {
        running = undefined;
      }
    })();
    return running;
  }

  return {
    feature,
    emergencyFirst,
    isEmergency: (text) => hasWords(text) && signalsOf(text).length > 0,
    offerReport,
    myReports,
    // With a report of theirs still open, the worker is asked first whether the words belong to it.
    reportWords: async (ctx, text) => {
      if (!(await offerFollowUp(ctx, { text, files: [] }))) await reportWords(ctx, text, kit);
    },
    keepForReport: async (ctx, text) =>
      (await keepWordsForReport(ctx, text))
        ? { label: ctx.t('report-btn-kept-words'), data: 'rs:kept' }
        : undefined,
    openReports: (ctx) => openReportChoices(ctx),
    addToReport: (ctx, ticket, text, messageId) => addWordsTo(ctx, ticket, text, messageId, kit),
    followUps: followUpFeature(kit),
    reportSaid: reportSaidFeature(kit),
    heard: voiceHeardFeature(kit),
    kit,
    recover,
    async start(deps, drainSpool) {
      await recover(deps, drainSpool);
      timer = setInterval(() => void recover(deps, drainSpool), options.recoverEveryMs ?? RECOVER_EVERY_MS);
      timer.unref();
      // Redis back after an outage: replay the spool and the unfinished effects at once.
      stopListening = deps.store.onReconnect(() => void recover(deps, drainSpool));
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      stopListening?.();
      stopListening = undefined;
      await running;
    },
  };
}
