/**
 * The rest of an album sent as the worker's answer to a branch's question or as the reason after ❌ 没解决 (QA31 #3).
 * Telegram delivers an album photo by photo, each a message of its own with the same `media_group_id`
 * (`Incoming.album`): the first one answered and closed the prompt, and the others arrived with nothing open — the
 * worker was asked "您有正在办理的反映。这些要补充进去吗？" about photos they meant as one reason. Now the message that
 * answered keeps a short dialog, `album`, naming its album: each later photo of it joins the same ticket (as the
 * worker's addition, relayed to the branch with the photo) and the "您发的 N 张照片也一起转过去了" line is redrawn with
 * the true count. Anything else ends the dialog and is read as any message is.
 */
import type { MessageCtx } from '../feature.js';
import type { Dialog } from '../ports/dialogs.js';
import type { TicketFile } from '../ports/tickets.js';
import type { MessageRef } from '../types.js';
import type { ReportsKit } from './kit.js';
import { actorOf } from './triage/access.js';
import { ticketFiles } from './ticket-files.js';

export const ALBUM_STEP = 'album';

/** What the worker was told, redrawn as the album's photos arrive. */
export interface Passed {
  /** The first line ("已重新提交给承办支部（…）"). */
  lead: string;
  photos: number;
  others: number;
  place: boolean;
  /** Lines after the counts (the report raised to an emergency). */
  tail: string[];
}

/** What the worker is told went to the branch: `lead`, what came besides words, then `tail`. */
export function passedOf(lead: string, files: readonly TicketFile[], place: boolean, tail: string[]): Passed {
  const photos = files.filter((f) => f.kind === 'photo').length;
  return { lead, photos, others: files.length - photos, place, tail };
}

/** "您发的 1 张照片也一起转过去了" and the like: what went to the branch besides words (QA22 #8). */
function passedLines(ctx: MessageCtx, p: Pick<Passed, 'photos' | 'others' | 'place'>): string[] {
  return [
    ...(p.photos ? ['\n', ctx.t('worker-answer-photos', { count: p.photos })] : []),
    ...(p.others ? ['\n', ctx.t('worker-answer-files', { count: p.others })] : []),
    ...(p.place ? ['\n', ctx.t('worker-answer-place')] : []),
  ];
}

const passedCard = (ctx: MessageCtx, p: Passed) => ({
  text: [p.lead, ...passedLines(ctx, p), ...p.tail],
});

/** Tell the worker what went, and when the message was one photo of an album, wait for the album's others. */
export async function toldAndAlbumKept(ctx: MessageCtx, id: string, passed: Passed): Promise<void> {
  const ref = await ctx.reply(passedCard(ctx, passed));
  const album = ctx.in.album;
  if (album) await ctx.setDialog('reports', ALBUM_STEP, { id, album, passed, ref });
}

/** The next message while an album's first photo answered: the album's next photo joins the ticket; else false. */
export async function onAlbumRest(ctx: MessageCtx, dialog: Dialog, kit: ReportsKit): Promise<void | false> {
  const id = String(dialog.data.id ?? '');
  const files = ticketFiles(ctx.in.attachments);
  const passed = dialog.data.passed as Passed | undefined;
  if (!ctx.in.album || ctx.in.album !== dialog.data.album || !files.length || !passed) {
    await ctx.clearDialog();
    return false;
  }
  const now = ctx.deps.now().getTime();
  const r = await ctx.deps.store.tickets.reply(id, actorOf(ctx), now, '', files);
  if (!r.ok) {
    // Closed meanwhile: read as any message is (the follow-up offer says what can be done with it).
    await ctx.clearDialog();
    return false;
  }
  const more = passedOf(passed.lead, files, passed.place, passed.tail);
  const updated: Passed = {
    ...passed,
    photos: passed.photos + more.photos,
    others: passed.others + more.others,
  };
  await ctx.setDialog('reports', ALBUM_STEP, { ...dialog.data, passed: updated });
  const ref = dialog.data.ref as MessageRef | undefined;
  if (ref)
    await ctx.deps.outbox.edit(ref, passedCard(ctx, updated)).catch((err: unknown) => {
      ctx.log.info({ err: (err as Error).message, ticket: id }, 'count of files passed on not redrawn');
    });
  await kit.flushEffects(ctx.deps, id, ctx.log);
}
