/**
 * A person's own page (Slack's App Home tab): who they are to the bot, and what is theirs to follow —
 * a worker's open reports, a secretary's branch queues, an organiser's district overview. Plain card
 * data like every reply; the adapter publishes it. No buttons: the page is read, commands do the rest.
 */
import { bold, type Card, type Span } from '../card.js';
import type { CoreDeps } from '../feature.js';
import { identify, pickLocale } from '../identity.js';
import { resolveLocale } from '../locales.js';
import type { TArgs } from '../i18n.js';
import type { UserRef } from '../types.js';
import { ellipsis } from '../text.js';
import { joinList } from '../words.js';
import { branchLabel, categoryName, statusText, when, workerStatusText, type View } from './views.js';

const OPEN = new Set(['new', 'claimed', 'waiting', 'resolved']);

export async function homeCard(deps: CoreDeps, user: UserRef): Promise<Card> {
  const pack = deps.content.get();
  const who = identify(user, pack);
  const locale =
    (await deps.store.people.writtenLocale(user.channel, user.id, resolveLocale(user.languageCode))) ??
    pickLocale(user.languageCode, undefined);
  const t = (id: string, args?: TArgs) => deps.i18n.t(locale, id, args);
  const now = deps.now().getTime();
  const v: View = { t, locale, pack, tz: deps.timezone, now };
  const text: Span[] = [bold(t('home-title')), '\n'];
  const branches = joinList(
    locale,
    who.secretaryOf.map((b) => branchLabel(pack, b, locale)),
  );
  text.push(t(`home-role-${who.role}`, { branches }), '\n\n');
  if (who.role === 'worker') {
    const mine = (await deps.store.tickets.forWorker(user.channel, user.id, 0, 20)).filter((x) =>
      OPEN.has(x.status),
    );
    text.push(bold(t('home-open-reports', { count: mine.length })), '\n');
    for (const x of mine.slice(0, 10))
      text.push(
        `• ${x.id} · ${workerStatusText(t, x.status)} · ${categoryName(pack, x.category, locale)} · ${when(v, x.createdAt)}\n`,
        `  ${ellipsis(x.summary || t('ticket-no-text'), 40)}\n`,
      );
    if (!mine.length) text.push(t('home-no-reports'), '\n');
    return { text };
  }
  const ids = who.role === 'organiser' ? pack.branches.map((b) => b.id) : who.secretaryOf;
  text.push(bold(t('home-queues')), '\n');
  for (const id of ids) {
    const counts = await deps.store.tickets.queueCounts(id, now);
    text.push(
      t('home-queue-line', {
        branch: branchLabel(pack, id, locale),
        open: counts.open,
        overdue: counts.overdue,
      }),
      '\n',
    );
    if (who.role === 'secretary')
      for (const x of await deps.store.tickets.queue(id, 0, 5))
        text.push(
          `  ${x.id} · ${statusText(t, x.status)} · ${categoryName(pack, x.category, locale, true)} · ${ellipsis(x.summary || t('ticket-no-text'), 30)}\n`,
        );
  }
  return { text };
}
