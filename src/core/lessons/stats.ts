/**
 * Lesson engagement per group and per branch: lessons delivered, quiz answers ("takers", one per person
 * per lesson) and the share answered right. Groups count toward the branch they are bound to now.
 *
 * `lessonStats` is the function /stats (reports) can call for its lessons section:
 *
 *   const s = await lessonStats(deps, { branches: ['meituan-yangpu'] });
 *   s.branches[0].correctRate  // 0.72, or undefined before anyone answered
 */
import { bold, type Span } from '../card.js';
import type { Locale } from '../content/schema.js';
import type { CoreDeps } from '../feature.js';
import type { Channel } from '../types.js';
import { branchName } from '../groups/branch-name.js';

export interface GroupLessonStats {
  chat: string;
  title?: string;
  delivered: number;
  takers: number;
  correct: number;
  correctRate?: number;
}

export interface BranchLessonStats {
  branch: string;
  groups: GroupLessonStats[];
  delivered: number;
  takers: number;
  correct: number;
  correctRate?: number;
}

const rate = (correct: number, takers: number) => (takers ? correct / takers : undefined);

/** Stats for the given branches (all branches with bound groups when omitted), or for some chats only. */
export async function lessonStats(
  deps: Pick<CoreDeps, 'store' | 'content'>,
  scope: { branches?: readonly string[]; chats?: readonly string[] } = {},
): Promise<{ branches: BranchLessonStats[] }> {
  const groups = (await deps.store.groups.list()).filter(
    (g) =>
      (!scope.branches || scope.branches.includes(g.branch)) &&
      (!scope.chats || scope.chats.includes(g.chat)),
  );
  const rows = await deps.store.lessons.stats(groups.map((g) => g.chat));
  const byBranch = new Map<string, BranchLessonStats>();
  groups.forEach((g, i) => {
    const r = rows[i]!;
    const entry = byBranch.get(g.branch) ?? {
      branch: g.branch,
      groups: [],
      delivered: 0,
      takers: 0,
      correct: 0,
    };
    entry.groups.push({
      chat: g.chat,
      ...(g.title ? { title: g.title } : {}),
      delivered: r.delivered,
      takers: r.takers,
      correct: r.correct,
      correctRate: rate(r.correct, r.takers),
    });
    entry.delivered += r.delivered;
    entry.takers += r.takers;
    entry.correct += r.correct;
    byBranch.set(g.branch, entry);
  });
  const order = deps.content.get().branches.map((b) => b.id);
  const branches = [...byBranch.values()]
    .map((b) => ({
      ...b,
      correctRate: rate(b.correct, b.takers),
      groups: b.groups.sort((x, y) => (x.chat < y.chat ? -1 : 1)),
    }))
    .sort((a, b) => order.indexOf(a.branch) - order.indexOf(b.branch));
  return { branches };
}

/** The stats as card lines (for /lessonstats, and for a section of /stats). */
export function renderLessonStats(
  deps: Pick<CoreDeps, 'content' | 'i18n'>,
  locale: Locale,
  stats: { branches: BranchLessonStats[] },
  platform?: Channel,
): Span[] {
  // Groups are named as the reader's platform calls them (频道 on Slack).
  const t = (id: string, args?: Record<string, string | number>) =>
    deps.i18n.t(locale, id, platform ? { ...args, platform } : args);
  const pct = (r: number | undefined) =>
    r === undefined ? t('lessonstats-rate-none') : `${Math.round(r * 100)}%`;
  const lines: Span[] = [bold(t('lessonstats-title'))];
  if (!stats.branches.length) return [...lines, '\n', t('lessonstats-none')];
  const pack = deps.content.get();
  for (const b of stats.branches) {
    const branch = pack.branches.find((x) => x.id === b.branch);
    lines.push(
      '\n\n',
      bold(
        t('lessonstats-branch', {
          branch: branch ? branchName(branch, locale) : b.branch,
          groups: b.groups.length,
          delivered: b.delivered,
          takers: b.takers,
          rate: pct(b.correctRate),
        }),
      ),
    );
    for (const g of b.groups)
      lines.push(
        '\n',
        t('lessonstats-group', {
          group: g.title ?? g.chat,
          delivered: g.delivered,
          takers: g.takers,
          rate: pct(g.correctRate),
        }),
      );
  }
  return lines;
}
