/**
 * /stats — the figures a branch reports each month, as a card: received, 响应率, 解决率, 满意率, on-time
 * resolution, median times, top categories (definitions in figures.ts and docs/reports.md "Figures").
 *
 *   /stats                    this month: a secretary's own branch (the branch of the triage chat it is
 *                             typed in), an organiser's whole district with a line per branch
 *   /stats 7d | last | 2026-11
 *   /stats meituan-yangpu 2026-11    a named branch (its secretaries and organisers only)
 *
 * Like /queue it answers only in private chats, triage chats and the escalation chat. The card's buttons
 * (`st:<scope>:<period>`) switch the period in place; every press is checked again on the server.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import { staffPlace, toAsker } from '../visibility.js';
import type { ButtonCtx, Ctx, Feature, MessageCtx } from '../feature.js';
import { branchName } from '../groups/branch-name.js';
import { triageBranchOf } from '../identity.js';
import { personKey } from '../ports/groups.js';
import { ellipsis } from '../text.js';
import { formatLocal } from '../zoned.js';
import { cutAtWord, joinList } from '../words.js';
import { forLocale } from '../script.js';
import type { Branch, ContentPack } from '../content/schema.js';
import {
  computeFigures,
  parsePeriod,
  periodToken,
  rateOf,
  ratios,
  returnedElsewhere,
  durationText,
  type Ratio,
  ticketsCreatedIn,
  type Figures,
  type Period,
} from './figures.js';
import { viewOf } from './intake-draft.js';
import { trendPng } from './chart.js';
import { monthlyFigures } from './trend.js';
import { canHandle } from './triage/access.js';
import { branchLabel, categoryName, type View } from './views.js';

/** The whole district (organisers only). */
export const DISTRICT = 'all';
const TOP_CATEGORIES = 3;

export interface StatsView {
  /** A branch id, or `all`. */
  scope: string;
  period: Period;
  figures: Figures;
  /** The district view's line per branch (branches that received something), most reports first. */
  branches?: { branch: string; figures: Figures }[];
  /** A branch's tickets of the period it returned, handled elsewhere now (not in its figures); district: per branch. */
  returned: number;
  returnedBy?: { branch: string; n: number }[];
}

function percent(v: View, x: Ratio): string {
  const r = rateOf(x);
  return r === undefined
    ? v.t('stats-na')
    : new Intl.NumberFormat(v.locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
}

function periodText(v: View, p: Period): string {
  if (p.kind === 'month') return v.t('stats-period-month', { year: String(p.year), month: String(p.month) });
  if (p.kind === 'days') return v.t('stats-period-days', { days: p.days });
  return v.t('stats-period-dates', { from: p.fromDate, to: p.toDate });
}

export function statsCard(v: View, s: StatsView): Card {
  const f = s.figures;
  const scope = s.scope === DISTRICT ? v.t('stats-district') : branchLabel(v.pack, s.scope, v.locale, true);
  const text: Span[] = [
    bold(v.t('stats-title', { scope, period: periodText(v, s.period) })),
    '\n',
    v.t('stats-asof', { time: formatLocal(v.now, v.tz, v.t) }),
    '\n\n',
  ];
  if (!f.received) {
    text.push(v.t(s.returned ? 'stats-none-kept' : 'stats-none'));
    if (s.returned) text.push('\n', v.t('stats-returned', { n: s.returned }));
  } else {
    const median = (ms: number | undefined) => (ms === undefined ? v.t('stats-na') : durationText(v.t, ms));
    const top = f.categories
      .slice(0, TOP_CATEGORIES)
      .map((c) => v.t('stats-top-item', { category: categoryName(v.pack, c.id, v.locale, true), n: c.count }))
      .join(v.t('stats-list-separator'));
    const r = ratios(f);
    const line = (id: string, x: Ratio) => v.t(id, { rate: percent(v, x), n: x.n, of: x.of });
    const lines = [
      // A withdrawn report is received but neither open nor awaiting: said, as the figures count it apart (QA28).
      v.t(f.withdrawn ? 'stats-received-withdrawn' : 'stats-received', {
        received: f.received,
        open: f.open,
        awaiting: f.awaitingConfirmation,
        withdrawn: f.withdrawn,
      }),
      line('stats-response', r.response),
      line('stats-closure', r.closure),
      line('stats-closure-ontime', r.closureOnTime),
      line('stats-resolution', r.solved),
      line('stats-ontime', r.solvedOnTime),
      line('stats-satisfaction', r.satisfaction),
      v.t('stats-median-response', { time: median(f.medianResponseMs) }),
      v.t('stats-median-resolution', { time: median(f.medianResolutionMs) }),
      v.t('stats-top', { list: top }),
    ];
    if (s.returned) lines.splice(1, 0, v.t('stats-returned', { n: s.returned }));
    text.push(...lines.flatMap((l, i) => (i ? ['\n', l] : [l])));
    if (s.branches?.length) {
      text.push('\n\n', bold(v.t('stats-by-branch')));
      for (const b of s.branches) {
        const br = ratios(b.figures);
        text.push(
          '\n',
          v.t('stats-branch-row', {
            branch: cutAtWord(branchLabel(v.pack, b.branch, v.locale, true), 32),
            received: b.figures.received,
            response: percent(v, br.response),
            closure: percent(v, br.closure),
            resolution: percent(v, br.solved),
            satisfaction: percent(v, br.satisfaction),
          }),
        );
      }
    }
    for (const r of s.returnedBy ?? [])
      text.push(
        '\n',
        v.t('stats-branch-returned', {
          branch: cutAtWord(branchLabel(v.pack, r.branch, v.locale, true), 32),
          n: r.n,
        }),
      );
    text.push('\n\n', v.t('stats-footnote', { days: v.pack.settings.confirmWindowDays }));
  }
  const b = (label: string, period: string): Button => ({
    label: v.t(label),
    data: `st:${s.scope}:${period}`,
  });
  return {
    text,
    buttons: [
      [b('stats-btn-7d', '7d'), b('stats-btn-month', 'm'), b('stats-btn-last', 'last')],
      [{ label: v.t('stats-btn-chart'), data: `sc:${s.scope}` }],
    ],
    noPreview: true,
  };
}

/** Count the figures of a scope (a branch, or the district with a line per branch) over a period. */
export async function statsOf(ctx: Pick<Ctx, 'deps'>, scope: string, period: Period): Promise<StatsView> {
  const { deps } = ctx;
  const now = deps.now().getTime();
  const settings = deps.content.get().settings;
  const all = await ticketsCreatedIn(deps.store, period.from, Math.min(period.to, now + 1));
  const tickets = scope === DISTRICT ? all : all.filter((t) => t.branch === scope);
  const view: StatsView = {
    scope,
    period,
    figures: computeFigures(tickets, settings, now),
    returned: scope === DISTRICT ? 0 : returnedElsewhere(all, scope),
  };
  if (scope === DISTRICT) {
    view.returnedBy = deps.content
      .get()
      .branches.map((b) => ({ branch: b.id, n: returnedElsewhere(all, b.id) }))
      .filter((r) => r.n > 0);
    const byBranch = new Map<string, typeof all>();
    for (const t of all) byBranch.set(t.branch, [...(byBranch.get(t.branch) ?? []), t]);
    view.branches = [...byBranch]
      .map(([branch, list]) => ({ branch, figures: computeFigures(list, settings, now) }))
      .sort((a, b) => b.figures.received - a.figures.received || (a.branch < b.branch ? -1 : 1));
  }
  return view;
}

/**
 * The branches a word typed after /stats names by a part of their name, as any reader writes it ("美团", "美團",
 * "meituan"): an exact name wins over parts. Organisers know their branches by name, not by the pack's ids
 * (orgmonth: "/stats 美团" was "看不懂", the usage not saying what to write for a branch).
 */
function branchesNamed(pack: ContentPack, word: string): Branch[] {
  // Letters, digits and characters only: "eleme" is in "Ele.me Riders' Branch, Yangpu".
  const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const w = bare(word);
  if ([...w].length < 2) return [];
  const names = (b: Branch) =>
    [b.name, forLocale('zh-TW', b.name), b.variants?.['zh-TW']?.name, b.variants?.en?.name]
      .filter((n): n is string => !!n)
      .map(bare);
  const exact = pack.branches.filter((b) => names(b).includes(w));
  return exact.length ? exact : pack.branches.filter((b) => names(b).some((n) => n.includes(w)));
}

/** May this person see the figures of `scope`? The district: organisers; a branch: its secretaries and organisers. */
function allowed(ctx: Ctx, scope: string): boolean {
  return scope === DISTRICT ? ctx.isOrganiser : canHandle(ctx, { branch: scope });
}

function refuse(ctx: Ctx, scope: string): string {
  ctx.log.warn(
    { user: personKey(ctx.user.channel, ctx.user.id), role: ctx.role, scope },
    'refused: stats of a scope not theirs',
  );
  return ctx.t('error-not-allowed');
}

export async function statsCommand(ctx: MessageCtx, args: string): Promise<void> {
  if (!staffPlace(ctx))
    return void (await ctx.reply(
      toAsker(ctx, { text: [ctx.t('error-private-only', { command: 'stats' })] }),
    ));
  const pack = ctx.deps.content.get();
  const now = ctx.deps.now().getTime();
  let scope: string | undefined;
  let period: Period | undefined;
  for (const word of args.split(/\s+/).filter(Boolean)) {
    const w = word.toLowerCase();
    // `all` (or `district`) is the whole district; the district's own branch id is its own queue.
    if (!scope && (w === DISTRICT || w === 'district' || pack.branches.some((b) => b.id === w))) {
      scope = w === 'district' ? DISTRICT : w;
      continue;
    }
    const p = !period ? parsePeriod(w, now, ctx.deps.timezone) : undefined;
    if (p) {
      period = p;
      continue;
    }
    const named = scope ? [] : branchesNamed(pack, w);
    if (named.length === 1) {
      scope = named[0]!.id;
      continue;
    }
    if (named.length > 1)
      return void (await ctx.reply({
        text: [
          ctx.t('stats-ambiguous', {
            arg: ellipsis(word, 30),
            branches: joinList(
              ctx.locale,
              named.map((b) => `${branchName(b, ctx.locale)} (${b.id})`),
            ),
          }),
        ],
      }));
    return void (await ctx.reply({
      text: [ctx.t('stats-unknown', { arg: ellipsis(word, 30) }), '\n', ctx.t('stats-usage')],
    }));
  }
  period ??= parsePeriod('', now, ctx.deps.timezone)!;
  if (!scope) {
    const here = triageBranchOf(pack, ctx.in.chat.address.channel, ctx.in.chat.address.chatId);
    const mine = pack.branches.filter((b) => ctx.secretaryOf.includes(b.id));
    if (here && canHandle(ctx, { branch: here })) scope = here;
    else if (ctx.isOrganiser) scope = DISTRICT;
    else if (mine.length === 1) scope = mine[0]!.id;
    else {
      const token = periodToken(period);
      return void (await ctx.reply({
        text: [ctx.t('stats-choose')],
        buttons: mine.map((b) => [{ label: branchName(b, ctx.locale), data: `st:${b.id}:${token}` }]),
      }));
    }
  }
  if (!allowed(ctx, scope)) return void (await ctx.reply({ text: [refuse(ctx, scope)] }));
  await ctx.reply(statsCard(viewOf(ctx), await statsOf(ctx, scope, period)));
}

/** `st:<scope>:<period>`: the figures again for another period (or the chosen branch), edited in place. */
export async function onStatsPress(ctx: ButtonCtx, payload: string): Promise<void> {
  const [scope = '', token = ''] = payload.split(':');
  const pack = ctx.deps.content.get();
  const period = parsePeriod(token, ctx.deps.now().getTime(), ctx.deps.timezone);
  if (!period || (scope !== DISTRICT && !pack.branches.some((b) => b.id === scope)))
    return ctx.answer(ctx.t('error-button-expired'), true);
  if (!allowed(ctx, scope)) return ctx.answer(refuse(ctx, scope), true);
  await ctx.answer();
  const card = statsCard(viewOf(ctx), await statsOf(ctx, scope, period));
  await ctx.show(card);
}

const TREND_MONTHS = 6;

/** `sc:<scope>`: the last six months of the scope's rates as a PNG chart. */
export async function onChartPress(ctx: ButtonCtx, scope: string): Promise<void> {
  const pack = ctx.deps.content.get();
  if (scope !== DISTRICT && !pack.branches.some((b) => b.id === scope))
    return ctx.answer(ctx.t('error-button-expired'), true);
  if (!allowed(ctx, scope)) return ctx.answer(refuse(ctx, scope), true);
  await ctx.answer();
  const months = await monthlyFigures(
    ctx.deps,
    TREND_MONTHS,
    (t) => scope === DISTRICT || t.branch === scope,
  );
  const name = scope === DISTRICT ? ctx.t('stats-district') : branchLabel(pack, scope, ctx.locale, true);
  const png = await trendPng(months, {
    title: ctx.t('stats-chart-title', { scope: name }),
    response: ctx.t('stats-chart-response'),
    closure: ctx.t('stats-chart-closure'),
    solved: ctx.t('stats-chart-solved'),
    satisfaction: ctx.t('stats-chart-satisfaction'),
  });
  await ctx.reply({
    text: [ctx.t('stats-chart-caption', { scope: name, months: TREND_MONTHS })],
    file: { kind: 'photo', name: `stats-${scope}.png`, mime: 'image/png', data: png },
  });
}

export function statsFeature(): Feature {
  return {
    name: 'stats',
    commands: [
      { name: 'stats', description: 'cmd-stats', scope: 'all', roles: ['secretary'], run: statsCommand },
    ],
    buttons: [
      { prefix: 'st', run: onStatsPress },
      { prefix: 'sc', run: onChartPress },
    ],
  };
}
