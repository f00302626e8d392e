/**
 * What a new version of the pack leaves behind in Redis (QA21 #5): open tickets in a branch or of a category
 * it no longer has, groups bound to a branch it no longer has, wordings taught to an FAQ entry it no longer has.
 * Nothing in Redis is rewritten to follow a pack, so after each load (start-up and live reload) this step
 *
 *   - records the names the pack gives its branches and categories, and gives the pack the names earlier packs
 *     gave the ids it dropped (`pack.former`: cards then say "莫愁湖街道", not "jy-st-mochouhu");
 *   - logs one warning per kind of thing left behind;
 *   - tells the organisers in the escalation chat, in its language, with what to do — once per version of the
 *     pack's ids (`store.content.firstCheckOf`, SET NX), not on every replica's start.
 *
 * Cheap: the open tickets are read from the deadline and waiting indexes (ids, then the ticket hashes without
 * their text), the groups from the set of bound chats, the taught wordings from their one key.
 */
import { createHash } from 'node:crypto';
import type { CoreDeps } from '../feature.js';
import { orphanedLearned } from '../faq/curate.js';
import { branchName } from '../groups/branch-name.js';
import { LOCALES, type Locale } from '../locales.js';
import { parseChatKey, type GroupBinding } from '../ports/groups.js';
import type { Channel } from '../types.js';
import type { LearnedExample } from '../ports/faq.js';
import { OPEN_STATUSES, type Ticket } from '../ports/tickets.js';
import { forLocale } from '../script.js';
import type { ContentPack, FormerNames } from './schema.js';

/** Open tickets read at most (the indexes hold only open ones; a district has far fewer). */
const OPEN_MAX = 5000;
/** Ticket numbers and group names shown in the message; the log and `/queue` have them all. */
const SHOWN = 5;

export interface LeftBehind {
  /** Open tickets in a branch the pack does not have. */
  branchTickets: Ticket[];
  /** Open tickets of a category the pack does not have. */
  categoryTickets: Ticket[];
  /** Groups bound to a branch the pack does not have. */
  groups: GroupBinding[];
  /** Wordings taught to an FAQ entry the pack does not have. */
  learned: LearnedExample[];
}

/** Every open ticket (new, claimed, waiting): the deadline index holds all but the waiting ones. */
export async function openTickets(deps: Pick<CoreDeps, 'store'>): Promise<Ticket[]> {
  const [due, waiting] = await Promise.all([
    deps.store.tickets.dueBefore(Number.MAX_SAFE_INTEGER, OPEN_MAX),
    deps.store.tickets.waitingSince(Number.MAX_SAFE_INTEGER, OPEN_MAX),
  ]);
  const ids = [...new Set([...due.map((x) => x.id), ...waiting.map((x) => x.id)])];
  const tickets = await deps.store.tickets.getMany(ids, { body: false });
  return tickets.filter((t) => OPEN_STATUSES.includes(t.status));
}

/** Open tickets whose branch the pack no longer has, most urgent first, then by deadline (as a queue). */
export async function ticketsOutsidePack(deps: Pick<CoreDeps, 'store' | 'content'>): Promise<Ticket[]> {
  const pack = deps.content.get();
  const rank = { emergency: 0, urgent: 1, normal: 2 } as const;
  return (await openTickets(deps))
    .filter((t) => !pack.branches.some((b) => b.id === t.branch))
    .sort((a, b) => rank[a.urgency] - rank[b.urgency] || (a.dueAt ?? 0) - (b.dueAt ?? 0));
}

/**
 * The branches the pack no longer has that may still hold tickets: those an earlier pack named (`pack.former`), and
 * those open tickets were found in when this pack was checked (`checkLeftBehind` adds them, named or not). Reads
 * nothing: a page shown on every request (the board's queue) counts their queues instead of reading every ticket.
 */
export function formerBranches(pack: ContentPack): string[] {
  return Object.keys(pack.former?.branches ?? {}).filter((id) => !pack.branches.some((b) => b.id === id));
}

export async function findLeftBehind(deps: CoreDeps): Promise<LeftBehind> {
  const pack = deps.content.get();
  const branches = new Set(pack.branches.map((b) => b.id));
  const categories = new Set(pack.categories.categories.map((c) => c.id));
  const [open, groups, learned] = await Promise.all([
    openTickets(deps),
    deps.store.groups.list(),
    orphanedLearned(deps),
  ]);
  return {
    branchTickets: open.filter((t) => !branches.has(t.branch)),
    categoryTickets: open.filter((t) => !categories.has(t.category)),
    groups: groups.filter((g) => !branches.has(g.branch)),
    learned,
  };
}

/** The ids a pack names: what decides what it leaves behind (a change of wording alone warns nobody again). */
export function packIdsDigest(pack: ContentPack): string {
  const ids = {
    district: pack.settings.district.id,
    branches: pack.branches.map((b) => b.id).sort(),
    categories: pack.categories.categories.map((c) => c.id).sort(),
    faq: pack.faq.map((e) => e.id).sort(),
  };
  return createHash('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 16);
}

type Names = Partial<Record<Locale, string>>;

function branchNames(pack: ContentPack): Record<string, Names> {
  return Object.fromEntries(
    pack.branches.map((b) => [b.id, Object.fromEntries(LOCALES.map((l) => [l, branchName(b, l)]))]),
  );
}

function categoryNames(pack: ContentPack): Record<string, Names> {
  return Object.fromEntries(
    pack.categories.categories.map((c) => [
      c.id,
      Object.fromEntries(
        LOCALES.map((l) => [l, l === 'zh-CN' ? c.name : (c.variants?.[l]?.name ?? forLocale(l, c.name))]),
      ),
    ]),
  );
}

const parse = (raw: Record<string, string>): Record<string, Names> =>
  Object.fromEntries(
    Object.entries(raw).flatMap(([id, json]) => {
      try {
        return [[id, JSON.parse(json) as Names]];
      } catch {
        return [];
      }
    }),
  );

/**
 * Give the pack what it needs to name ids it dropped, at once (the names the previous pack in this process
 * knew), before anything reads it. `rememberNames` then adds those recorded in Redis by earlier packs.
 */
export function nameFormer(deps: Pick<CoreDeps, 'i18n'>, pack: ContentPack, previous?: ContentPack): void {
  const keep = (all: Record<string, Names>, ids: Set<string>) =>
    Object.fromEntries(Object.entries(all).filter(([id]) => !ids.has(id)));
  const before = previous?.former;
  const branches = new Set(pack.branches.map((b) => b.id));
  const categories = new Set(pack.categories.categories.map((c) => c.id));
  const former: FormerNames = {
    branches: keep({ ...before?.branches, ...(previous ? branchNames(previous) : {}) }, branches),
    categories: keep({ ...before?.categories, ...(previous ? categoryNames(previous) : {}) }, categories),
    t: (locale, id, args) => deps.i18n.t(locale, id, args),
  };
  pack.former = former;
}

/** Record this pack's names in Redis and take the recorded names of the ids it dropped. */
export async function rememberNames(
  deps: Pick<CoreDeps, 'i18n' | 'store'>,
  pack: ContentPack,
): Promise<void> {
  const json = (all: Record<string, Names>) =>
    Object.fromEntries(Object.entries(all).map(([id, n]) => [id, JSON.stringify(n)]));
  const [branches, categories] = await Promise.all([
    deps.store.content.names('branch', json(branchNames(pack))),
    deps.store.content.names('category', json(categoryNames(pack))),
  ]);
  if (!pack.former) nameFormer(deps, pack);
  const former = pack.former!;
  for (const [id, names] of Object.entries(parse(branches)))
    if (!pack.branches.some((b) => b.id === id)) former.branches[id] ??= names;
  for (const [id, names] of Object.entries(parse(categories)))
    if (!pack.categories.categories.some((c) => c.id === id)) former.categories[id] ??= names;
}

/** Log one line per kind; true when anything is left behind. */
function logLeftBehind(deps: CoreDeps, found: LeftBehind): boolean {
  const log = deps.logger.child({ job: 'content-left-behind' });
  const ids = (ts: Ticket[]) => ts.map((t) => t.id);
  if (found.branchTickets.length)
    log.warn(
      { tickets: ids(found.branchTickets), branches: [...new Set(found.branchTickets.map((t) => t.branch))] },
      'open tickets are in a branch the content pack no longer has: transfer them',
    );
  if (found.categoryTickets.length)
    log.warn(
      {
        tickets: ids(found.categoryTickets),
        categories: [...new Set(found.categoryTickets.map((t) => t.category))],
      },
      'open tickets are of a category the content pack no longer has',
    );
  if (found.groups.length)
    log.warn(
      { chats: found.groups.map((g) => g.chat), branches: [...new Set(found.groups.map((g) => g.branch))] },
      'groups are bound to a branch the content pack no longer has: /bind them again',
    );
  if (found.learned.length)
    log.warn(
      { wordings: found.learned.length, entries: [...new Set(found.learned.map((x) => x.entry))] },
      'taught wordings point to an FAQ entry the content pack no longer has (see /gaps)',
    );
  return Boolean(
    found.branchTickets.length + found.categoryTickets.length + found.groups.length + found.learned.length,
  );
}

/** The platform the groups share, so they are named as it calls them (频道 on Slack); none when they are mixed. */
function platformOf(groups: Pick<GroupBinding, 'chat'>[]): { platform?: Channel } {
  const platforms = new Set(groups.map((g) => parseChatKey(g.chat)?.channel));
  const [platform] = platforms;
  return platforms.size === 1 && platform ? { platform } : {};
}

/** What the organisers read, in `locale`: one line per kind, each with what to do. */
export function leftBehindText(deps: CoreDeps, found: LeftBehind, locale: Locale): string {
  const pack = deps.content.get();
  const t = (id: string, args: Record<string, string | number>) => deps.i18n.t(locale, id, args);
  const list = (items: string[]) =>
    items.slice(0, SHOWN).join(t('list-separator', {})) + (items.length > SHOWN ? '…' : '');
  const former = (id: string) => pack.former?.branches[id]?.[locale] ?? pack.former?.branches[id]?.['zh-CN'];
  const gone = (ids: string[]) =>
    list([...new Set(ids)].map((id) => (former(id) ? `${former(id)} (${id})` : id)));
  const lines = [t('content-left-title', {})];
  if (found.branchTickets.length)
    lines.push(
      t('content-left-branch-tickets', {
        n: found.branchTickets.length,
        tickets: list(found.branchTickets.map((x) => x.id)),
        branches: gone(found.branchTickets.map((x) => x.branch)),
      }),
    );
  if (found.categoryTickets.length)
    lines.push(
      t('content-left-category-tickets', {
        n: found.categoryTickets.length,
        tickets: list(found.categoryTickets.map((x) => x.id)),
        categories: list([...new Set(found.categoryTickets.map((x) => x.category))]),
      }),
    );
  if (found.groups.length)
    lines.push(
      t('content-left-groups', {
        ...platformOf(found.groups),
        n: found.groups.length,
        groups: list(found.groups.map((g) => g.title || g.chat)),
        branches: gone(found.groups.map((g) => g.branch)),
      }),
    );
  if (found.learned.length)
    lines.push(
      t('content-left-learned', {
        n: found.learned.length,
        entries: list([...new Set(found.learned.map((x) => x.entry))]),
      }),
    );
  return lines.join('\n');
}

/**
 * After a pack loaded: names, log, and — the first time this version of the pack's ids is checked, and only if
 * something is left behind — the organisers' text in a locale (undefined: nothing to tell).
 */
export async function checkLeftBehind(deps: CoreDeps): Promise<((locale: Locale) => string) | undefined> {
  const pack = deps.content.get();
  await rememberNames(deps, pack);
  const found = await findLeftBehind(deps);
  // A removed branch no pack's names were recorded for is still known as one (formerBranches).
  for (const t of found.branchTickets) pack.former!.branches[t.branch] ??= {};
  if (!logLeftBehind(deps, found)) return undefined;
  if (!(await deps.store.content.firstCheckOf(packIdsDigest(pack)))) return undefined;
  return (locale) => leftBehindText(deps, found, locale);
}
