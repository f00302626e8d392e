/**
 * A notice that went out, corrected or withdrawn from its `/notices` details (QA19: an organiser could only
 * cancel, which dropped the groups still waiting and left every delivered copy as it was).
 *
 * - **✏️ 更正** asks for the new text; the record takes it (atomic, `notice-change-1.lua`), the copies still
 *   waiting in the delivery engine take the new card, unmarked (`delivery.revise`: those groups never saw the old
 *   words), and every delivered copy is edited in place, marked "（已更正）", as broadcast `notice-fix:{id}:{n}` —
 *   paced and retried like any send. A notice still scheduled simply takes the new text (nothing was sent).
 * - **🗑 撤回** (after a confirmation) marks the notice withdrawn (atomic, once), cancels what still waits, and
 *   deletes every delivered copy as broadcast `notice-withdraw:{id}`; a copy the platform will not delete (Telegram,
 *   after 48 hours) is changed to "此通知已撤回" and unpinned. The details count what was deleted and what not.
 *
 * A copy in flight while this happens lands after the change was read: `followUp` (a delivery listener) sees it
 * went with older words, or after a withdrawal, and queues its edit or delete under the same broadcast id, which
 * the engine queues once per chat.
 */
import type { Card } from '../card.js';
import type { CoreDeps, ButtonCtx, MessageCtx } from '../feature.js';
import { groupLocale } from '../locales.js';
import type { GroupBinding } from '../ports/groups.js';
import type { NoticeRecord } from '../ports/notices.js';
import type { MessageRef } from '../types.js';
import { ellipsis } from '../text.js';
import { badNoticeTextCard, NOTICE_MAX_CHARS, noticeCard, parseNoticeText } from './compose.js';
import { data, FEATURE } from './draft.js';
import { EXPIRE_BROADCAST, NOTICE_BROADCAST, noticeItems, pastItsEnd } from './release.js';
import type { Delivered } from '../delivery/engine.js';
import { onPlatform } from '../platform-words.js';

export const FIX_BROADCAST = 'notice-fix:';
export const WITHDRAW_BROADCAST = 'notice-withdraw:';
const HOUR_MS = 3_600_000;
/** How long after sending Telegram lets a bot delete its message ("message can't be deleted" after). */
const TELEGRAM_DELETE_WITHIN_MS = 48 * HOUR_MS;
/** The dialog step that waits for a correction's text. */
export const CORRECT_STEP = 'correct';

export const fixBroadcast = (id: string, rev: number) => `${FIX_BROADCAST}${id}:${rev}`;
export const withdrawBroadcast = (id: string) => `${WITHDRAW_BROADCAST}${id}`;

type Bindings = Map<string, GroupBinding>;
const bindingsOf = async (deps: CoreDeps): Promise<Bindings> =>
  new Map((await deps.store.groups.list()).map((g) => [g.chat, g]));
/** The language a group reads the notice in: its binding's now (zh-CN for a group unbound since). */
const localeIn = (bindings: Bindings, chat: string) => groupLocale(bindings.get(chat)?.locale ?? 'zh-CN');

/** A delivered copy's new card: the latest wording, marked, with its "收到" count. */
function editedCard(
  deps: CoreDeps,
  n: NoticeRecord,
  locale: ReturnType<typeof groupLocale>,
  ref: MessageRef,
  acks: number,
): Card {
  return noticeCard(n, locale, deps.i18n, { channel: ref.address.channel, ackCount: acks, forEdit: true });
}

/** The latest wording as a group that never saw an earlier one gets it: no "（已更正）". */
const unmarked = (n: NoticeRecord): NoticeRecord => ({ ...n, corrected: false });

// ---------- correcting ----------

export async function askCorrection(ctx: ButtonCtx, id: string): Promise<void> {
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  if (n.status === 'withdrawn') return ctx.answer(ctx.t('notice-fix-withdrawn', { id }), true);
  await ctx.answer();
  await ctx.setDialog(FEATURE, CORRECT_STEP, { notice: id });
  await ctx.reply({
    text: [
      ctx.t(
        'notice-fix-ask',
        onPlatform(ctx, { id, max: String(NOTICE_MAX_CHARS), text: wordingAsTyped(n) }),
      ),
    ],
    forceReply: true,
  });
}

/**
 * The notice's present wording as the organiser would type it: the main text, then each version on a line of its
 * own after its `[en]` / `[zh-TW]` marker. The correction replaces all of it, so the prompt shows all of it (an
 * organiser shown the Chinese alone retyped only that, and the English groups' copies became Chinese, unsaid).
 */
function wordingAsTyped(n: NoticeRecord): string {
  const versions = VERSION_LOCALES.filter((l) => n.variants[l]).map(
    (l) => `[${l}] ${ellipsis(n.variants[l]!, 300)}`,
  );
  return [ellipsis(n.text, 300), ...versions].join('\n');
}

/** The versions a notice may carry besides its main text, in the order the prompt shows them. */
const VERSION_LOCALES = ['zh-TW', 'en'] as const;

/**
 * What a correction without a version the notice had means for its groups of that language: zh-TW groups get the
 * main text converted, en groups the Chinese as it is. Said on the reply, with how many groups, so a version
 * dropped by mistake is seen at once (a new notice's settings card says the same before sending).
 */
async function droppedVersionLines(
  ctx: MessageCtx,
  before: NoticeRecord,
  variants: Partial<Record<string, string>>,
): Promise<string[]> {
  const dropped = VERSION_LOCALES.filter((l) => before.variants[l] && !variants[l]);
  if (!dropped.length) return [];
  const bindings = await bindingsOf(ctx.deps);
  return dropped.flatMap((locale) => {
    const count = before.chats.filter((chat) => localeIn(bindings, chat) === locale).length;
    return count ? ['\n', ctx.t(`notice-fix-dropped-${locale}`, onPlatform(ctx, { count }))] : [];
  });
}

/** The correction's text typed: checked as a new notice's is, then applied. The dialog stays on a bad text. */
export async function onCorrection(ctx: MessageCtx, id: string): Promise<void> {
  const parsed = parseNoticeText(ctx.in.text);
  if (!parsed.ok) return void (await ctx.reply(badNoticeTextCard(ctx.t, parsed)));
  await ctx.clearDialog();
  const store = ctx.deps.store.notices;
  // Read for the reply's words only (which versions it had): the change itself is one script below.
  const before = await store.get(id);
  const { before: was, rev } = await store.revise(
    id,
    { text: parsed.main, variants: parsed.variants },
    ctx.deps.now().getTime(),
  );
  if (!was) return void (await ctx.reply({ text: [ctx.t('notice-unknown')] }));
  if (was === 'withdrawn') return void (await ctx.reply({ text: [ctx.t('notice-fix-withdrawn', { id })] }));
  ctx.log.info({ notice: id, rev, by: ctx.user.id }, 'notice corrected');
  const dropped = before ? await droppedVersionLines(ctx, before, parsed.variants) : [];
  if (was === 'scheduled')
    return void (await ctx.reply({ text: [ctx.t('notice-fixed-scheduled', { id }), ...dropped] }));
  const { edited, waiting } = await applyCorrection(ctx.deps, id, rev);
  await ctx.reply({
    text: [ctx.t('notice-fixed', onPlatform(ctx, { id, edited, waiting })), ...dropped],
    buttons: [[{ label: ctx.t('notices-btn-show', { id }), data: data('show', id) }]],
  });
}

/** The waiting copies take the new card; each delivered one is edited, through the engine. */
async function applyCorrection(
  deps: CoreDeps,
  id: string,
  rev: number,
): Promise<{ edited: number; waiting: number }> {
  const n = await deps.store.notices.get(id);
  if (!n) return { edited: 0, waiting: 0 };
  const broadcast = `${NOTICE_BROADCAST}${id}`;
  const bindings = await bindingsOf(deps);
  const status = await deps.delivery.status(broadcast);
  const refs = status?.refs ?? {};
  const waitingGroups = n.chats.filter((c) => !refs[c]).flatMap((c) => bindings.get(c) ?? []);
  // Those groups never saw the old words: their copy goes out with the new ones, unmarked.
  const waiting = await deps.delivery.revise(broadcast, noticeItems(deps, unmarked(n), waitingGroups));
  // Edits of an earlier correction still waiting would put older words back.
  if (rev > 1) await deps.delivery.cancel(fixBroadcast(id, rev - 1));
  const acks = await deps.store.notices.ackCounts(id);
  const items = Object.entries(refs).map(([chat, ref]) => ({
    to: ref.address,
    card: editedCard(deps, n, localeIn(bindings, chat), ref, acks[chat] ?? 0),
    edits: ref,
  }));
  if (items.length) await deps.delivery.enqueue({ id: fixBroadcast(id, rev), kind: 'notice-change', items });
  return { edited: items.length, waiting };
}

// ---------- withdrawing ----------

export async function askWithdraw(ctx: ButtonCtx, id: string): Promise<void> {
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  if (n.status === 'withdrawn') return ctx.answer(ctx.t('notice-withdraw-again', { id }), true);
  await ctx.answer();
  const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${id}`);
  const refs = Object.values(status?.refs ?? {});
  // Telegram deletes a bot's message only within 48 hours; Slack at any age (QA26 #2: the clause was said to a
  // district on Slack alone). No copy went out before the notice's send time; an hour's margin for a late press.
  const someTooOld =
    refs.some((ref) => ref.address.channel === 'telegram') &&
    n.sendAt <= ctx.deps.now().getTime() - TELEGRAM_DELETE_WITHIN_MS + HOUR_MS;
  await ctx.reply({
    text: [
      ctx.t(
        someTooOld ? 'notice-withdraw-ask' : 'notice-withdraw-ask-deletable',
        onPlatform(ctx, { id, sent: refs.length, pending: status?.pending ?? 0 }),
      ),
    ],
    buttons: [[{ label: ctx.t('notice-btn-withdraw-yes', { id }), data: data('withdraw-yes', id) }]],
  });
}

/** Withdraw, once; anything but `done` (unknown, not sent yet, withdrawn before) is the caller's to answer. */
export async function withdrawNotice(
  ctx: ButtonCtx,
  id: string,
): Promise<'done' | 'again' | 'scheduled' | 'unknown'> {
  const was = await ctx.deps.store.notices.withdraw(id, ctx.deps.now().getTime());
  if (!was) return 'unknown';
  if (was === 'withdrawn') return 'again';
  if (was === 'scheduled') return 'scheduled';
  const { copies, cancelled } = await takeBack(ctx.deps, id);
  ctx.log.info({ notice: id, copies, cancelled, by: ctx.user.id }, 'notice withdrawn');
  await ctx.answer();
  await ctx.reply({
    text: [ctx.t('notice-withdrawing', onPlatform(ctx, { id, copies, cancelled }))],
    buttons: [[{ label: ctx.t('notices-btn-show', { id }), data: data('show', id) }]],
  });
  return 'done';
}

/** Cancel what still waits and queue a delete of each delivered copy (of `only` these chats, for a late one). */
async function takeBack(
  deps: CoreDeps,
  id: string,
  only?: readonly string[],
): Promise<{ copies: number; cancelled: number }> {
  const n = await deps.store.notices.get(id);
  const broadcast = `${NOTICE_BROADCAST}${id}`;
  const cancelled = only ? 0 : await deps.delivery.cancel(broadcast);
  if (n?.rev && !only) await deps.delivery.cancel(fixBroadcast(id, n.rev));
  const bindings = await bindingsOf(deps);
  const refs = (await deps.delivery.status(broadcast))?.refs ?? {};
  const items = Object.entries(refs)
    .filter(([chat]) => !only || only.includes(chat))
    .map(([chat, ref]) => ({
      to: ref.address,
      card: { text: [deps.i18n.t(localeIn(bindings, chat), 'notice-withdrawn-text')] },
      deletes: ref,
    }));
  if (items.length) await deps.delivery.enqueue({ id: withdrawBroadcast(id), kind: 'notice-change', items });
  return { copies: items.length, cancelled };
}

// ---------- copies that land after a change ----------

/**
 * A copy delivered after the notice was withdrawn is deleted; one that went with older words than the notice has
 * now is edited. Each under the change's own broadcast id, so a copy already covered is not queued twice. A copy
 * landing after the notice's end (it was being sent then) is not pinned: the engine pins after its listeners, so
 * an unpin queued here could come first.
 */
export function followUp(deps: CoreDeps): void {
  deps.delivery.onDelivered(async (e) => {
    if (e.kind !== 'notice' || !e.broadcastId.startsWith(NOTICE_BROADCAST)) return;
    const id = e.broadcastId.slice(NOTICE_BROADCAST.length);
    const n = await deps.store.notices.get(id);
    if (!n) return;
    await changeLate(deps, id, n, e);
    if (pastItsEnd(n, deps.now().getTime())) return { pin: false };
    // The pin may wait seconds for its slot, and the end (with its unpin) pass meanwhile: asked again then.
    return { pinWhile: async () => !(await endedOrEnding(deps, id)) };
  });
}

/** The notice's end has passed, or its expiry has queued the unpins (the mark comes after them). */
async function endedOrEnding(deps: CoreDeps, id: string): Promise<boolean> {
  const n = await deps.store.notices.get(id);
  if (!n || n.status === 'withdrawn') return true;
  if (pastItsEnd(n, deps.now().getTime())) return true;
  return (await deps.delivery.status(`${EXPIRE_BROADCAST}${id}`)) !== undefined;
}

/** A late copy of a notice withdrawn (deleted) or corrected since (edited to the latest words). */
async function changeLate(deps: CoreDeps, id: string, n: NoticeRecord, e: Delivered): Promise<void> {
  if (n.status === 'withdrawn') return void (await takeBack(deps, id, [e.chat]));
  if (!n.corrected) return;
  const locale = localeIn(await bindingsOf(deps), e.chat);
  const card = editedCard(deps, n, locale, e.ref, await deps.store.notices.ackCount(id, e.chat));
  // A copy that went with the latest words is left as it went: marked only if it was sent so (a waiting copy
  // given the new card goes unmarked — its group never saw the old words).
  const same = (c: Card) => JSON.stringify(c.text) === JSON.stringify(e.card.text);
  const latest = editedCard(deps, unmarked(n), locale, e.ref, 0);
  if (same(card) || same(latest)) return;
  await deps.delivery.enqueue({
    id: fixBroadcast(id, n.rev ?? 1),
    kind: 'notice-change',
    items: [{ to: e.ref.address, card, edits: e.ref }],
  });
}
