/**
 * `/notices`: recent notices with groups reached, failures and their reasons, acknowledgements per group,
 * and a button to cancel a notice still waiting.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import { formatLocal } from '../zoned.js';
import type { GroupBinding } from '../ports/groups.js';
import { audienceLabel, reach } from './audience.js';
import { data } from './draft.js';
import { NOTICE_BROADCAST } from './release.js';
import { noticeText } from './compose.js';
import { fixBroadcast, withdrawBroadcast } from './change.js';
import type { BroadcastStatus } from '../delivery/engine.js';
import { onPlatform } from '../platform-words.js';

const LIST_LIMIT = 10;

const failureText = (ctx: Ctx, reason: string) => {
  const known = ['forbidden', 'not-found', 'bad-request', 'rate-limited', 'transient', 'cancelled'];
  return known.includes(reason) ? ctx.t(`notice-fail-${reason}`, onPlatform(ctx)) : reason;
};
/** A notice's first 40 characters on one line (in the reader's language: what a group of theirs got). */
const preview = (text: string) =>
  `${[...text.replace(/\s+/g, ' ')].slice(0, 40).join('')}${[...text].length > 40 ? '…' : ''}`;
/** A group by name: its title now, else the one kept when the notice went out, else its chat key. */
const groupName = (g: GroupBinding | undefined, chat: string, kept?: Record<string, string>) =>
  g?.title ?? kept?.[chat] ?? chat;

/** What a withdrawal did: copies deleted, replaced by "此通知已撤回", failed, still to do. */
function withdrawnCounts(s: BroadcastStatus | undefined) {
  const outcomes = Object.values(s?.outcomes ?? {});
  const deleted = outcomes.filter((o) => o === 'deleted').length;
  const replaced = outcomes.filter((o) => o === 'replaced').length;
  const failed = s?.failed.length ?? 0;
  return { deleted, replaced, failed, pending: s?.pending ?? 0, kept: replaced + failed };
}

export async function listNotices(ctx: MessageCtx): Promise<void> {
  const notices = await ctx.deps.store.notices.recent(LIST_LIMIT);
  if (!notices.length) return void (await ctx.reply({ text: [ctx.t('notices-none')] }));
  const lines: Span[] = [bold(ctx.t('notices-title'))];
  const rows: Button[][] = [];
  for (const n of notices) {
    const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${n.id}`);
    const acks = Object.values(await ctx.deps.store.notices.ackCounts(n.id)).reduce((a, b) => a + b, 0);
    const total = status?.total ?? n.chats.length;
    const sent = status?.sent ?? 0;
    const failed = status?.failed.length ?? 0;
    const pending = status?.pending ?? 0;
    // Groups its end came before their copy went: kept by the cancel, with the broadcast (release.ts `expire`).
    const unsent = status?.cancelledFor?.length ?? 0;
    lines.push(
      '\n\n',
      bold(`#${n.id}`),
      ` · ${formatLocal(n.sendAt, ctx.deps.timezone, ctx.t)} · ${audienceLabel(ctx, n.audience)}`,
      '\n',
      ctx.t('quoted', { text: preview(noticeText(n, ctx.locale)) }),
      n.corrected ? ` ${ctx.t('notice-corrected-mark')}` : '',
      '\n',
      n.status === 'withdrawn'
        ? ctx.t(
            'notices-status-withdrawn',
            withdrawnCounts(await ctx.deps.delivery.status(withdrawBroadcast(n.id))),
          )
        : n.status === 'cancelled'
          ? ctx.t('notices-status-cancelled', { sent, total })
          : n.status === 'scheduled'
            ? ctx.t(
                'notices-status-scheduled',
                onPlatform(ctx, { count: (await reach(ctx, n.audience)).length }),
              )
            : unsent
              ? ctx.t('notices-status-expired', { sent, total, failed, pending, acks, unsent })
              : ctx.t('notices-status', { sent, total, failed, pending, acks }),
    );
    // Groups a try may have reached with no answer: neither sent nor failed (docs/delivery.md "A send with no answer").
    if (status?.unsure)
      lines.push('\n', ctx.t('delivery-unsure', onPlatform(ctx, { unsure: status.unsure })));
    if (n.expiresAt && n.status !== 'withdrawn')
      lines.push(
        '\n',
        n.expired
          ? ctx.t('notices-expired')
          : ctx.t('notices-expiry', { when: formatLocal(n.expiresAt, ctx.deps.timezone, ctx.t) }),
      );
    const row: Button[] = [{ label: ctx.t('notices-btn-show', { id: n.id }), data: data('show', n.id) }];
    if (n.status === 'scheduled' || (n.status !== 'cancelled' && pending > 0))
      row.push({ label: ctx.t('notices-btn-cancel', { id: n.id }), data: data('cancel', n.id) });
    rows.push(row);
  }
  await ctx.reply({ text: lines, buttons: rows });
}

/**
 * One notice group by group: sent (with acknowledgements), failed and why, cancelled, not sent by its end, sent with no
 * answer (📶, counted under the title as /notices counts them), or waiting.
 */
export async function showNotice(ctx: ButtonCtx, id: string): Promise<void> {
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  await ctx.answer();
  const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${id}`);
  const acks = await ctx.deps.store.notices.ackCounts(id);
  const revs = n.corrected ? await ctx.deps.store.notices.ackRevs(id) : {};
  const bindings = new Map((await ctx.deps.store.groups.list()).map((g) => [g.chat, g]));
  const failed = new Map((status?.failed ?? []).map((f) => [f.chat, f.reason]));
  const unsent = new Set(status?.cancelledFor);
  // Groups whose every try had no answer: it may be there (docs/delivery.md "A send with no answer"), as /notices and
  // the board say — not "待发送", which they read as before stop 44.
  const unsure = new Set(status?.unsureFor);
  const lines: Span[] = [
    bold(ctx.t('notice-detail-title', { id })),
    '\n',
    ctx.t('notice-detail-when', {
      when: formatLocal(n.sendAt, ctx.deps.timezone, ctx.t),
      audience: audienceLabel(ctx, n.audience),
    }),
  ];
  const fixButton = { label: ctx.t('notices-btn-fix', { id }), data: data('fix', id) };
  if (n.status === 'scheduled') {
    // Not chosen yet: the groups it would reach if it went out now.
    const now = await reach(ctx, n.audience);
    lines.push('\n', ctx.t('notice-detail-scheduled', onPlatform(ctx, { count: now.length })));
    for (const g of now) lines.push('\n', ctx.t('notice-detail-pending', { group: groupName(g, g.chat) }));
    return void (await ctx.reply({ text: lines, buttons: [[fixButton]] }));
  }
  const withdrawal =
    n.status === 'withdrawn' ? await ctx.deps.delivery.status(withdrawBroadcast(id)) : undefined;
  const fix = n.corrected && n.rev ? await ctx.deps.delivery.status(fixBroadcast(id, n.rev)) : undefined;
  if (unsure.size) lines.push('\n', ctx.t('delivery-unsure', onPlatform(ctx, { unsure: unsure.size })));
  if (withdrawal) lines.push('\n', ctx.t('notice-detail-withdrawn', withdrawnCounts(withdrawal)));
  else if (fix) lines.push('\n', ctx.t('notice-detail-corrected', { count: n.rev!, pending: fix.pending }));
  const withdrawFailed = new Map((withdrawal?.failed ?? []).map((f) => [f.chat, f.reason]));
  const fixFailed = new Map((fix?.failed ?? []).map((f) => [f.chat, f.reason]));
  for (const chat of n.chats) {
    const name = groupName(bindings.get(chat), chat, n.titles);
    let line: string;
    const outcome = withdrawal?.outcomes[chat];
    if (withdrawal && status?.refs[chat]) {
      // A delivered copy, withdrawn: deleted, replaced, failed, or still on its way.
      line =
        outcome === 'deleted'
          ? ctx.t('notice-detail-deleted', { group: name })
          : outcome === 'replaced'
            ? ctx.t('notice-detail-replaced', { group: name })
            : withdrawFailed.has(chat)
              ? ctx.t('notice-detail-withdraw-failed', {
                  group: name,
                  reason: failureText(ctx, withdrawFailed.get(chat)!),
                })
              : ctx.t('notice-detail-withdrawing', { group: name });
    } else if (status?.refs[chat]) {
      line = ctx.t('notice-detail-sent', { group: name, acks: acks[chat] ?? 0 });
      // A corrected notice: how many pressed "收到" on each version (stop 41).
      const byRev = revs[chat];
      if (n.corrected && byRev && Object.keys(byRev).length)
        line += ctx.t('notice-detail-ack-revs', { list: revList(ctx, byRev) });
      if (fixFailed.has(chat))
        line += ` ${ctx.t('notice-detail-fix-failed', { reason: failureText(ctx, fixFailed.get(chat)!) })}`;
    } else if (failed.has(chat))
      line = ctx.t('notice-detail-failed', { group: name, reason: failureText(ctx, failed.get(chat)!) });
    else if (unsent.has(chat)) line = ctx.t('notice-detail-expired-unsent', { group: name });
    else if (unsure.has(chat)) line = ctx.t('notice-detail-unsure', { group: name });
    else if (n.status === 'cancelled' || n.status === 'withdrawn')
      line = ctx.t('notice-detail-cancelled', { group: name });
    else line = ctx.t('notice-detail-pending', { group: name });
    lines.push('\n', line);
  }
  // Organisers only reach this (the notices buttons refuse anyone else, notices/feature.ts).
  const anySent = Object.keys(status?.refs ?? {}).length > 0;
  const buttons =
    n.status === 'withdrawn' || (n.status === 'cancelled' && !anySent)
      ? []
      : [[fixButton, { label: ctx.t('notices-btn-withdraw', { id }), data: data('withdraw', id) }]];
  if (n.ack && Object.values(acks).some((c) => c > 0))
    buttons.push([{ label: ctx.t('notices-btn-who'), data: data('who', `${id}:0`) }]);
  await ctx.reply({ text: lines, ...(buttons.length ? { buttons } : {}) });
}

/** "原文 1 人 · 第 1 次更正 2 人": presses per version, oldest first. */
function revList(ctx: Ctx, byRev: Record<number, number>): string {
  return Object.entries(byRev)
    .map(([rev, count]) => [Number(rev), count] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([rev, count]) => ctx.t('notice-ack-rev-count', { version: versionName(ctx, rev), count }))
    .join(' · ');
}

/** A version of a notice by name: the first words, or the n-th correction. */
const versionName = (ctx: Ctx, rev: number) =>
  rev ? ctx.t('notice-version-fix', { rev }) : ctx.t('notice-version-first');

/** Names per page of "who pressed 收到". */
const WHO_PAGE = 40;

/**
 * 👥 谁点了收到 (stop 41: the details showed counts only): who pressed, group by group, by the name the platform shows
 * (masked when kept; the renderers escape it), with the version they pressed on when the notice was corrected; paged.
 * Names are kept 90 days after each press (store/notices.ts ACKER_KEPT_MS), so older presses are counted, not named.
 */
export async function showAckers(ctx: ButtonCtx, arg: string): Promise<void> {
  // `n12:0` from the details (a new message), `n12:1:p` from its own page buttons (that message turned).
  const [id = '', pageText = '0', turned] = arg.split(':');
  const put = (card: Card) => (turned ? ctx.show(card) : ctx.reply(card));
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  await ctx.answer();
  const [ackers, counts, groups] = await Promise.all([
    ctx.deps.store.notices.ackers(id, n.chats, ctx.deps.now().getTime()),
    ctx.deps.store.notices.ackCounts(id),
    ctx.deps.store.groups.list(),
  ]);
  const bindings = new Map(groups.map((g) => [g.chat, g]));
  const rows = n.chats.flatMap((chat) => (ackers[chat] ?? []).map((a) => ({ chat, ...a })));
  if (!rows.length) return void (await put({ text: [ctx.t('notice-who-none', { id })] }));
  const pages = Math.ceil(rows.length / WHO_PAGE);
  const page = Math.min(Math.max(Number(pageText) || 0, 0), pages - 1);
  const lines: Span[] = [bold(ctx.t('notice-who-title', { id, count: rows.length, page: page + 1, pages }))];
  let shownChat: string | undefined;
  for (const row of rows.slice(page * WHO_PAGE, (page + 1) * WHO_PAGE)) {
    if (row.chat !== shownChat) {
      shownChat = row.chat;
      const group = groupName(bindings.get(row.chat), row.chat, n.titles);
      lines.push('\n\n', bold(ctx.t('notice-who-group', { group, count: counts[row.chat] ?? 0 })));
    }
    const who = row.name || ctx.t('notice-who-unnamed');
    const older =
      n.corrected && row.rev < (n.rev ?? 0)
        ? ctx.t('notice-who-version', { version: versionName(ctx, row.rev) })
        : '';
    lines.push('\n', `· ${who}${older}`);
  }
  const named = rows.length;
  const counted = Object.values(counts).reduce((a, b) => a + b, 0);
  if (counted > named) lines.push('\n\n', ctx.t('notice-who-forgotten', { count: counted - named }));
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: ctx.t('page-prev'), data: data('who', `${id}:${page - 1}:p`) });
  if (page < pages - 1) nav.push({ label: ctx.t('page-next'), data: data('who', `${id}:${page + 1}:p`) });
  await put({ text: lines, ...(nav.length ? { buttons: [nav] } : {}) });
}

export async function cancelNotice(ctx: ButtonCtx, id: string): Promise<void> {
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  // A scheduled notice is stopped before its groups are chosen; if its release is under way, the release
  // sees the cancel and takes back what it queued (release.ts).
  const wasScheduled = (await ctx.deps.store.notices.moveScheduled(id, 'cancelled')) === 'scheduled';
  const taken = await ctx.deps.delivery.cancel(`${NOTICE_BROADCAST}${id}`);
  const cancelled = wasScheduled ? Math.max(taken, (await reach(ctx, n.audience)).length) : taken;
  if (taken > 0) await ctx.deps.store.notices.setStatus(id, 'cancelled');
  ctx.log.info({ notice: id, cancelled, by: ctx.user.id }, 'notice cancel');
  await ctx.answer(
    wasScheduled || cancelled > 0
      ? ctx.t('notice-cancelled', onPlatform(ctx, { id, count: cancelled }))
      : ctx.t('notice-cancel-nothing', { id }),
    true,
  );
}
