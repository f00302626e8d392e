/**
 * `/notices`: recent notices with groups reached, failures and their reasons, acknowledgements per group,
 * and a button to cancel a notice still waiting.
 */
import { bold, type Button, type Span } from '../card.js';
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
      ` · ${formatLocal(n.sendAt, ctx.deps.timezone, ctx.locale)} · ${audienceLabel(ctx, n.audience)}`,
      '\n',
      ctx.t('notices-quoted', { text: preview(noticeText(n, ctx.locale)) }),
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
    if (n.expiresAt && n.status !== 'withdrawn')
      lines.push(
        '\n',
        n.expired
          ? ctx.t('notices-expired')
          : ctx.t('notices-expiry', { when: formatLocal(n.expiresAt, ctx.deps.timezone, ctx.locale) }),
      );
    const row: Button[] = [{ label: ctx.t('notices-btn-show', { id: n.id }), data: data('show', n.id) }];
    if (n.status === 'scheduled' || (n.status !== 'cancelled' && pending > 0))
      row.push({ label: ctx.t('notices-btn-cancel', { id: n.id }), data: data('cancel', n.id) });
    rows.push(row);
  }
  await ctx.reply({ text: lines, buttons: rows });
}

/** One notice group by group: sent (with acknowledgements), failed and why, cancelled, not sent by its end, or waiting. */
export async function showNotice(ctx: ButtonCtx, id: string): Promise<void> {
  const n = await ctx.deps.store.notices.get(id);
  if (!n) return ctx.answer(ctx.t('notice-unknown'), true);
  await ctx.answer();
  const status = await ctx.deps.delivery.status(`${NOTICE_BROADCAST}${id}`);
  const acks = await ctx.deps.store.notices.ackCounts(id);
  const bindings = new Map((await ctx.deps.store.groups.list()).map((g) => [g.chat, g]));
  const failed = new Map((status?.failed ?? []).map((f) => [f.chat, f.reason]));
  const unsent = new Set(status?.cancelledFor);
  const lines: Span[] = [
    bold(ctx.t('notice-detail-title', { id })),
    '\n',
    ctx.t('notice-detail-when', {
      when: formatLocal(n.sendAt, ctx.deps.timezone, ctx.locale),
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
      if (fixFailed.has(chat))
        line += ` ${ctx.t('notice-detail-fix-failed', { reason: failureText(ctx, fixFailed.get(chat)!) })}`;
    } else if (failed.has(chat))
      line = ctx.t('notice-detail-failed', { group: name, reason: failureText(ctx, failed.get(chat)!) });
    else if (unsent.has(chat)) line = ctx.t('notice-detail-expired-unsent', { group: name });
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
  await ctx.reply({ text: lines, ...(buttons.length ? { buttons } : {}) });
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
