/**
 * Filing a finished draft as a ticket, the same for every channel's intake (the step-by-step dialog, Slack's
 * modal, the one-tap emergency, a report after a closed one): where it goes, its deadlines, its number and
 * "similar this week", then its effects (the receipt, the triage card).
 */
import type { ContentPack, Locale } from '../content/schema.js';
import type { ButtonCtx, CoreDeps, MessageCtx } from '../feature.js';
import type { Logger } from '../logger.js';
import { maskText } from '../mask.js';
import { ellipsis, hasWords } from '../text.js';
import type { Channel } from '../types.js';
import { localDate } from '../zoned.js';
import { areaAt, detectArea } from './classify.js';
import { HOUR, numberPrefix, reportAllowance } from './decide.js';
import type { ReportsKit } from './kit.js';
import { routeReport } from './route.js';
import { countSimilar, SIMILAR_WINDOW_MS } from './similar.js';
import type { Draft } from './intake-draft.js';

/** The branch of the group the report was started from, while the pack still has it. */
function originBranchOf(pack: ContentPack, draft: Draft): string | undefined {
  return draft.origin?.branch && pack.branches.some((b) => b.id === draft.origin!.branch)
    ? draft.origin.branch
    : undefined;
}

/** Where the report would go, for the summary (and, at submit, for real). */
export function routeOf(pack: ContentPack, draft: Draft): { branch: string; area?: string } {
  const area =
    detectArea(draft.text, pack, draft.category) ??
    (draft.location ? areaAt(draft.location.lat, draft.location.lon, pack) : undefined);
  const originBranch = originBranchOf(pack, draft);
  const { branch } = routeReport(
    {
      category: draft.category ?? 'other',
      ...(originBranch ? { originBranch } : {}),
      ...(area ? { area } : {}),
    },
    pack,
  );
  return { branch, ...(area ? { area } : {}) };
}

export interface FileReportInput {
  reporter: { channel: Channel; id: string; name?: string };
  /** The reporter's private chat with the bot (where the receipt and notices go). */
  chat: string;
  locale: Locale;
  draft: Draft;
  log: Logger;
}

export type FileReportResult =
  { status: 'created' | 'exists'; id: string } | { status: 'rate-limited'; id?: undefined };

/**
 * File a finished draft as a ticket — once per draft id, however often it is called — and perform its
 * effects (the receipt to the worker, the card to the branch's triage chat). Routing, deadlines, the
 * number and "similar this week" are worked out here, so every channel's intake (the step-by-step
 * dialog, Slack's modal) files the same way.
 */
export async function fileReport(
  deps: CoreDeps,
  kit: ReportsKit,
  input: FileReportInput,
): Promise<FileReportResult> {
  const { draft, reporter } = input;
  const pack = deps.content.get();
  const now = deps.now().getTime();
  const { branch, area } = routeOf(pack, draft);
  const urgency = draft.urgency ?? 'normal';
  const deadlines = pack.settings.deadlines[urgency];
  // Masked before it is cut (to its first line, then its length): a cut number no longer looks like one and would
  // escape the views' mask — a mobile written one group a line is cut by taking the first line.
  const summary = ellipsis(
    (draft.summary !== undefined
      ? maskText(draft.summary)
      : (maskText(draft.text)
          .split('\n')
          .find((l) => hasWords(l)) ?? '')
    ).trim(),
    60,
  );
  const similar = await countSimilar(
    deps.store,
    { category: draft.category ?? 'other', area, summary },
    now - SIMILAR_WINDOW_MS,
  );
  const originBranch = originBranchOf(pack, draft);
  const result = await deps.store.tickets.create(
    {
      draft: draft.id,
      channel: reporter.channel,
      reporter: reporter.id,
      reporterName: reporter.name,
      chat: input.chat,
      locale: input.locale,
      branch,
      originBranch,
      originChat: draft.origin?.chat,
      follows: draft.follows,
      area,
      category: draft.category ?? 'other',
      urgency,
      confidence: draft.confidence ?? 0,
      categorySkipped: draft.categorySkipped ?? false,
      anonymous: draft.anonymous ?? false,
      contact: draft.contact ?? false,
      // Masked at rest too (QA15): every staff view and the export mask it anyway, no one needs the number (contact
      // goes through the bot), and a Redis backup then holds no phone or ID numbers of reporters.
      text: maskText(draft.text),
      summary,
      evidence: draft.files,
      location: draft.location,
      similar,
      respondBy: now + deadlines.respondHours * HOUR,
      resolveBy: now + deadlines.resolveHours * HOUR,
    },
    {
      now,
      numberPrefix: numberPrefix(deps, now),
      limit: reportAllowance(pack, urgency),
      windowMs: HOUR,
      day: localDate(now, deps.timezone),
    },
  );
  if (result.status === 'rate-limited') {
    input.log.info({ user: reporter.id }, 'report refused: rate limit');
    return { status: 'rate-limited' };
  }
  input.log.info(
    { ticket: result.id, branch, category: draft.category, urgency, status: result.status },
    'report filed',
  );
  await kit.flushEffects(deps, result.id, input.log);
  return result;
}

/** File a draft as the worker of `ctx`, from the chat they are in (see fileReport). */
export function fileAsWorker(
  ctx: MessageCtx | ButtonCtx,
  kit: ReportsKit,
  draft: Draft,
): Promise<FileReportResult> {
  return fileReport(ctx.deps, kit, {
    reporter: {
      channel: ctx.user.channel,
      id: ctx.user.id,
      ...(ctx.user.name ? { name: ctx.user.name } : {}),
    },
    chat: ctx.in.chat.address.chatId,
    locale: ctx.locale,
    draft,
    log: ctx.log,
  });
}
