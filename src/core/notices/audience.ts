/**
 * The notice's audience: the card of choices (all groups, branches, industries, tags — each with its group
 * count) and its buttons. Nothing selected reaches nobody: the organiser chooses explicitly.
 */
import { bold, type Button, type Card, type Span } from '../card.js';
import { isEveryone, resolveAudience } from '../audience.js';
import { INDUSTRIES, type ContentPack } from '../content/schema.js';
import type { ButtonCtx, Ctx } from '../feature.js';
import { branchName } from '../groups/branch-name.js';
import { joinList } from '../words.js';
import { onPlatform } from '../platform-words.js';
import type { GroupBinding } from '../ports/groups.js';
import type { NoticeAudience } from '../ports/notices.js';
import { data, emptyAudience, saveDraft, type Action, type AudienceView, type Draft } from './draft.js';

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);
/** Telegram's callback data holds 64 bytes; longer ids go by their index in the list. */
const fits = (d: string) => Buffer.byteLength(d, 'utf8') <= 64;

export async function activeGroups(ctx: Ctx): Promise<GroupBinding[]> {
  return (await ctx.deps.store.groups.list()).filter((g) => g.active);
}

const selectionEmpty = (a: NoticeAudience) =>
  !a.all && !a.branches.length && !a.industries.length && !a.tags.length;

/** Chats the selection reaches; nothing selected yet reaches nobody (an explicit choice is required). */
export async function reach(ctx: Ctx, a: NoticeAudience): Promise<GroupBinding[]> {
  if (selectionEmpty(a)) return [];
  return resolveAudience(ctx.deps.store, ctx.deps.content.get(), a);
}

const industryOf = (pack: ContentPack, g: GroupBinding) =>
  pack.branches.find((b) => b.id === g.branch)?.industry;

/** The selection in words: 「全部群」, or branch names, industries and #tags. */
export function audienceLabel(ctx: Ctx, a: NoticeAudience): string {
  const pack = ctx.deps.content.get();
  if (a.all || isEveryone(a)) return ctx.t('notice-audience-label-all', onPlatform(ctx));
  const parts = [
    ...a.branches.map((id) => {
      const b = pack.branches.find((x) => x.id === id);
      return b ? branchName(b, ctx.locale) : id;
    }),
    ...a.industries.map((i) => ctx.t(`notice-industry-${i}`)),
    ...a.tags.map((t) => `#${t}`),
  ];
  return joinList(ctx.locale, parts);
}

const sortedTags = (groups: GroupBinding[]) => [...new Set(groups.flatMap((g) => g.tags))].sort();

export async function audienceCard(ctx: Ctx, draft: Draft, view: AudienceView): Promise<Card> {
  const pack = ctx.deps.content.get();
  const groups = await activeGroups(ctx);
  const a = draft.audience;
  const count = (await reach(ctx, a)).length;
  const mark = (on: boolean) => (on ? '✅ ' : '');
  const rows: Button[][] = [];
  if (view === 'branch') {
    pack.branches.forEach((b, i) => {
      const n = groups.filter((g) => g.branch === b.id).length;
      const d = fits(data('branch', b.id)) ? data('branch', b.id) : data('branch', `#${i}`);
      rows.push([
        { label: `${mark(a.branches.includes(b.id))}${branchName(b, ctx.locale)} (${n})`, data: d },
      ]);
    });
  } else if (view === 'industry') {
    for (const ind of INDUSTRIES) {
      const n = groups.filter((g) => industryOf(pack, g) === ind).length;
      if (!n && !pack.branches.some((b) => b.industry === ind)) continue;
      rows.push([
        {
          label: `${mark(a.industries.includes(ind))}${ctx.t(`notice-industry-${ind}`)} (${n})`,
          data: data('industry', ind),
        },
      ]);
    }
  } else if (view === 'tag') {
    sortedTags(groups).forEach((tag, i) => {
      const n = groups.filter((g) => g.tags.includes(tag)).length;
      const d = fits(data('tag', tag)) && !tag.startsWith('#') ? data('tag', tag) : data('tag', `#${i}`);
      rows.push([{ label: `${mark(a.tags.includes(tag))}#${tag} (${n})`, data: d }]);
    });
  } else {
    rows.push([
      {
        label: `${mark(a.all)}${ctx.t('notice-audience-all', onPlatform(ctx, { count: groups.length }))}`,
        data: data('all'),
      },
    ]);
    rows.push([
      { label: ctx.t('notice-audience-branches'), data: data('view', 'branch') },
      { label: ctx.t('notice-audience-industries'), data: data('view', 'industry') },
      { label: ctx.t('notice-audience-tags'), data: data('view', 'tag') },
    ]);
  }
  if (view !== 'main') rows.push([{ label: ctx.t('notice-audience-back'), data: data('view', 'main') }]);
  rows.push([{ label: ctx.t('notice-audience-done', onPlatform(ctx, { count })), data: data('go') }]);
  rows.push([{ label: ctx.t('notice-btn-discard'), data: data('discard') }]);
  const text: Span[] = [bold(ctx.t('notice-audience-title', onPlatform(ctx, { count })))];
  if (!selectionEmpty(a)) text.push('\n', audienceLabel(ctx, a));
  if (view === 'tag' && rows.length <= 3) text.push('\n', ctx.t('notice-audience-no-tags', onPlatform(ctx)));
  return { text, buttons: rows };
}

const VIEWS: readonly string[] = ['main', 'branch', 'industry', 'tag'];

/**
 * A press on the audience card: change pages, toggle a choice (the card is shown again), or `go` on to
 * the review with `review(groups)`. Anything else is an expired button.
 */
export async function onAudiencePress(
  ctx: ButtonCtx,
  action: Action,
  arg: string,
  draft: Draft,
  review: (draft: Draft, groups: GroupBinding[]) => Promise<void>,
): Promise<void> {
  let view: AudienceView = 'main';
  if (action === 'view') {
    if (!VIEWS.includes(arg)) return ctx.answer(ctx.t('error-button-expired'), true);
    view = arg as AudienceView;
  } else if (action === 'all')
    draft = { ...draft, audience: { ...emptyAudience(), all: !draft.audience.all } };
  else if (action === 'branch' || action === 'industry' || action === 'tag') {
    let value = arg;
    if (arg.startsWith('#')) {
      const i = Number(arg.slice(1));
      value =
        action === 'branch'
          ? (ctx.deps.content.get().branches[i]?.id ?? '')
          : (sortedTags(await activeGroups(ctx))[i] ?? '');
    }
    if (!value) return ctx.answer(ctx.t('error-button-expired'), true);
    const a = { ...draft.audience, all: false };
    if (action === 'branch') a.branches = toggle(a.branches, value);
    if (action === 'industry') a.industries = toggle(a.industries, value);
    if (action === 'tag') a.tags = toggle(a.tags, value);
    draft = { ...draft, audience: a };
    view = action;
  } else if (action === 'go') {
    const groups = await reach(ctx, draft.audience);
    if (!groups.length) return ctx.answer(ctx.t('notice-audience-empty', onPlatform(ctx)), true);
    await ctx.answer();
    await ctx.record({
      text: [
        bold(ctx.t('notice-audience-chosen', onPlatform(ctx, { count: groups.length }))),
        '\n',
        audienceLabel(ctx, draft.audience),
      ],
    });
    return review(draft, groups);
  } else return ctx.answer(ctx.t('error-button-expired'), true);
  await saveDraft(ctx, 'audience', draft);
  await ctx.answer();
  await ctx.show(await audienceCard(ctx, draft, view));
}
