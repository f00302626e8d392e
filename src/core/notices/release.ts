/**
 * Scheduled notices go to the groups their audience reaches **at the send time** (QA4 #2): a group
 * unbound meanwhile gets nothing, one bound since gets it. Confirming a notice for later stores it as
 * `scheduled` (and in the scheduled index); a minute timer — every process may run it — releases each due
 * one: resolve the audience, enqueue the broadcast `notice:<id>`, then mark it `queued` with the chats it
 * went to and their names.
 *
 * Once, across replicas and restarts: each release runs under a fire lease (`jobs/once.ts`, keyed by the
 * notice id); the engine's enqueue is idempotent per (broadcast, chat), so a release retried after a crash
 * between enqueue and mark queues only groups not queued before; and `scheduled → queued | cancelled` is
 * one atomic step (`notice-status-2.lua`), so a cancel racing the release either stops it or, when the
 * release won, cancels what it queued.
 *
 *   const notices = createNoticeScheduler(deps);   // app.ts
 *   await notices.tick(at);                         // tests, the console's :clock
 */
import { groupAddress, resolveAudience } from '../audience.js';
import type { CoreDeps } from '../feature.js';
import { resolveLocale } from '../i18n.js';
import { createFireGuard } from '../jobs/once.js';
import { createTicker, type Ticker } from '../jobs/ticker.js';
import { groupLocale } from '../locales.js';
import { parseChatKey, type GroupBinding } from '../ports/groups.js';
import type { NoticeRecord } from '../ports/notices.js';
import { noticeCard } from './compose.js';

export const NOTICE_BROADCAST = 'notice:';

export interface ReleaseResult {
  id: string;
  outcome: 'queued' | 'empty' | 'cancelled' | 'busy' | 'done-before' | 'gone' | 'expired';
  groups: number;
}

/** What each group gets: its own language's version, pinned if asked. */
export function noticeItems(deps: CoreDeps, notice: NoticeRecord, groups: readonly GroupBinding[]) {
  return groups.map((g) => {
    const to = groupAddress(g);
    return {
      to,
      card: noticeCard(notice, groupLocale(g.locale), deps.i18n, { channel: to.channel }),
      ...(notice.pin ? { pin: true } : {}),
    };
  });
}

/** The names to keep with a sent notice: the group's title, else its chat key. */
export const titlesOf = (groups: readonly GroupBinding[]) =>
  Object.fromEntries(groups.map((g) => [g.chat, g.title ?? g.chat]));

/** Release one due notice (under its lease). */
async function release(deps: CoreDeps, id: string): Promise<ReleaseResult> {
  const store = deps.store.notices;
  const notice = await store.get(id);
  if (!notice) return { id, outcome: 'gone', groups: 0 };
  if (notice.status !== 'scheduled') return { id, outcome: 'done-before', groups: 0 };
  const groups = await resolveAudience(deps.store, deps.content.get(), notice.audience);
  const locale = resolveLocale(notice.locale ?? '') ?? 'zh-CN';
  const organiser = parseChatKey(notice.byChat);
  // byChat is written as a chatKey by the review step (review.ts); anything else is a broken record.
  if (!organiser) throw new Error(`notice ${id}: byChat ${notice.byChat} is not a chat key`);
  if (!groups.length) {
    if ((await store.moveScheduled(id, 'queued', { chats: [], titles: {} })) === 'scheduled')
      await deps.outbox.send(organiser, {
        text: [deps.i18n.t(locale, 'notice-released-empty', { id, platform: organiser.channel })],
      });
    return { id, outcome: 'empty', groups: 0 };
  }
  await deps.delivery.enqueue({
    id: `${NOTICE_BROADCAST}${id}`,
    kind: 'notice',
    items: noticeItems(deps, notice, groups),
    progress: { to: organiser, locale, title: deps.i18n.t(locale, 'notice-progress-title', { id }) },
  });
  const chats = groups.map((g) => g.chat);
  const before = await store.moveScheduled(id, 'queued', { chats, titles: titlesOf(groups) });
  if (before === 'cancelled') {
    // Cancelled between our read and now: take back what was queued.
    await deps.delivery.cancel(`${NOTICE_BROADCAST}${id}`);
    return { id, outcome: 'cancelled', groups: 0 };
  }
  return { id, outcome: 'queued', groups: groups.length };
}

export const EXPIRE_BROADCAST = 'notice-expire:';

/**
 * A pinned notice past its "有效期至": copies still waiting are not sent at all (the cancel keeps their chats on the
 * broadcast, in the same step, where /notices and the board read "已过期未发"; the progress message says expired),
 * each delivered copy is unpinned through the engine (`notice-expire:{id}`), and the notice is marked expired. Safe
 * to run again after a crash at any step. A copy being sent right then is left unpinned when it lands (`followUp` in
 * change.ts). A copy withdrawn or gone makes the unpin fail quietly; the mark is once.
 */
async function expire(deps: CoreDeps, id: string): Promise<ReleaseResult> {
  const notice = await deps.store.notices.get(id);
  if (!notice || notice.status === 'withdrawn') {
    await deps.store.notices.markExpired(id);
    return { id, outcome: 'gone', groups: 0 };
  }
  const broadcast = `${NOTICE_BROADCAST}${id}`;
  await deps.delivery.cancelFor(broadcast, 'expired');
  const status = await deps.delivery.status(broadcast);
  const refs = status?.refs ?? {};
  const items = Object.values(refs).map((ref) => ({ to: ref.address, card: { text: [] }, unpins: ref }));
  if (items.length)
    await deps.delivery.enqueue({ id: `${EXPIRE_BROADCAST}${id}`, kind: 'notice-change', items });
  await deps.store.notices.markExpired(id);
  return { id, outcome: 'expired', groups: items.length };
}

/** A notice's end has come (the ticker may not have run yet): a copy landing now is not pinned. */
export const pastItsEnd = (n: NoticeRecord, now: number) =>
  n.expiresAt !== undefined && (n.expired === true || now >= n.expiresAt);

export type NoticeScheduler = Ticker<ReleaseResult[]>;

export function createNoticeScheduler(deps: CoreDeps, options: { owner?: string } = {}): NoticeScheduler {
  const log = deps.logger.child({ job: 'notices' });
  const once = createFireGuard(deps.store.jobs, { leaseMs: 2 * 60_000, ...options });
  return createTicker({
    cron: '* * * * *',
    timezone: deps.timezone,
    name: 'notices',
    now: () => deps.now().getTime(),
    log,
    async run(at) {
      const out: ReleaseResult[] = [];
      for (const id of await deps.store.notices.dueScheduled(at)) {
        const r = await once.run('notice', id, () => release(deps, id));
        const result = r.outcome === 'ran' ? r.result : { id, outcome: r.outcome, groups: 0 };
        if (r.outcome === 'ran') log.info(result, 'scheduled notice released');
        out.push(result);
      }
      for (const id of await deps.store.notices.dueExpiring(at)) {
        const r = await once.run('notice-expire', id, () => expire(deps, id));
        if (r.outcome === 'ran') {
          log.info(r.result, 'notice expired: unpinned');
          out.push(r.result);
        }
      }
      return out;
    },
  });
}
