/**
 * The text of a broadcast's progress message (sent / failed / left), kept in one message that the
 * engine edits in place, and of the organisers' warning when the bot was removed from a group.
 *
 *   progressCard(i18n, 'en', { title: 'Notice N12', status, platform: 'slack' })  // "…left 878 (of 1000 channels)"
 *
 * `platform` is that of the chat the message is read in (the organiser's): 群 on Telegram, 频道 on Slack
 * (locales/<locale>/platform.ftl).
 */
import { bold, type Card } from '../card.js';
import type { I18n, Locale } from '../i18n.js';
import type { Channel } from '../types.js';
import type { BroadcastStatus } from './engine.js';

/** The reasons a job can fail for good, each with a Fluent id `delivery-reason-<reason>`. */
export const FAILURE_REASONS = ['forbidden', 'not-found', 'bad-request', 'transient'] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export function reasonText(i18n: I18n, locale: Locale, reason: string, platform: Channel): string {
  return (FAILURE_REASONS as readonly string[]).includes(reason)
    ? i18n.t(locale, `delivery-reason-${reason}`, { platform })
    : reason;
}

export function progressTitle(i18n: I18n, locale: Locale, kind: string, title?: string): string {
  if (title) return title;
  return i18n.t(
    locale,
    kind === 'lesson'
      ? 'delivery-kind-lesson'
      : kind === 'notice'
        ? 'delivery-kind-notice'
        : 'delivery-kind-other',
  );
}

export function progressCard(
  i18n: I18n,
  locale: Locale,
  o: { title: string; status: BroadcastStatus; platform: Channel },
): Card {
  const s = o.status;
  const args = {
    platform: o.platform,
    sent: s.sent,
    failed: s.failed.length,
    left: s.pending,
    cancelled: s.cancelled,
    total: s.total,
  };
  const state =
    s.pending > 0
      ? i18n.t(locale, 'delivery-progress-running', args)
      : s.cancelled > 0
        ? i18n.t(
            locale,
            s.cancelReason === 'expired' ? 'delivery-progress-expired' : 'delivery-progress-cancelled',
            args,
          )
        : i18n.t(locale, 'delivery-progress-done', args);
  const text: Card['text'] = [bold(o.title), '\n', state];
  // A chat a try may have reached with no answer is neither sent nor failed: said apart.
  if (s.unsure > 0) text.push('\n', i18n.t(locale, 'delivery-unsure', { ...args, unsure: s.unsure }));
  if (s.failed.length) {
    const counts = new Map<string, number>();
    for (const f of s.failed) counts.set(f.reason, (counts.get(f.reason) ?? 0) + 1);
    const reasons = [...counts].map(([reason, n]) =>
      i18n.t(locale, 'delivery-reason-count', {
        reason: reasonText(i18n, locale, reason, o.platform),
        count: n,
      }),
    );
    text.push(
      '\n',
      i18n.t(locale, 'delivery-failed-reasons', {
        reasons: reasons.join(i18n.t(locale, 'delivery-list-separator')),
      }),
    );
  }
  return { text, silent: true, noPreview: true };
}
