/**
 * Pausing a group's lesson pushes: `/pause` and `/resume` in the group, the ▶️ under its /schedule card, and the
 * picker an organiser gets in private (stop 41: `/pause` needed the organiser inside the group). Every press of the
 * picker is authorised again here (`pickGroup`): organiser, group bound and active.
 */
import type { Button, Card } from '../card.js';
import type { ButtonCtx, Ctx, MessageCtx } from '../feature.js';
import type { GroupBinding } from '../ports/groups.js';
import { onPlatform } from '../platform-words.js';

/** Groups listed per page of the private /pause and /resume picker. */
const PICK_PAGE = 8;

/**
 * Pause or resume one group's pushes and log who did; the locale id that says so ("lesson-paused", or with
 * `-named` when the group is named, from private).
 */
export async function changePaused(
  ctx: Ctx,
  g: GroupBinding,
  paused: boolean,
  from?: 'private',
): Promise<string> {
  const changed = await ctx.deps.store.lessons.setPaused(g.chat, paused);
  ctx.log.info(
    { group: g.chat, paused, by: ctx.user.id, changed, ...(from ? { from } : {}) },
    'lesson pushes paused/resumed',
  );
  const id = paused
    ? changed
      ? 'lesson-paused'
      : 'lesson-already-paused'
    : changed
      ? 'lesson-resumed'
      : 'lesson-not-paused';
  return from ? `${id}-named` : id;
}

/**
 * /pause or /resume in private: the bound groups it can change, by name, one tap each; words after the command
 * pick the group whose name holds them.
 */
export async function pauseFromPrivate(
  ctx: MessageCtx | ButtonCtx,
  paused: boolean,
  words: string,
  page = 0,
): Promise<void> {
  const [groups, stopped] = await Promise.all([
    ctx.deps.store.groups.list(),
    ctx.deps.store.lessons.paused(),
  ]);
  const name = (g: GroupBinding) => g.title ?? g.chat;
  let can = groups
    .filter((g) => g.active && stopped.has(g.chat) !== paused)
    .sort((a, b) => name(a).localeCompare(name(b), 'zh-CN'));
  const asked = words.trim();
  if (asked) {
    can = can.filter((g) => name(g).toLowerCase().includes(asked.toLowerCase()));
    // One match typed acts at once; a page press (the words carried on it) only ever lists.
    if (can.length === 1 && !('answer' in ctx)) return setGroupPaused(ctx, can[0]!, paused);
    if (!can.length) {
      const text = ctx.t('lesson-pick-nomatch', onPlatform(ctx, { words: asked }));
      return void (await ctx.reply({ text: [text] }));
    }
  }
  if (!can.length) {
    const id = paused ? 'lesson-pick-none-pause' : 'lesson-pick-none-resume';
    return void (await ctx.reply({ text: [ctx.t(id, onPlatform(ctx))] }));
  }
  const pages = Math.ceil(can.length / PICK_PAGE);
  const at = Math.min(Math.max(page, 0), pages - 1);
  const op = paused ? 'pg' : 'ug';
  const buttons: Button[][] = can
    .slice(at * PICK_PAGE, (at + 1) * PICK_PAGE)
    .map((g) => [{ label: `${paused ? '⏸' : '▶️'} ${name(g)}`, data: `lsn:${op}:${g.chat}` }]);
  if (pages > 1) {
    const nav: Button[] = [];
    if (at > 0) nav.push({ label: ctx.t('page-prev'), data: pageData(op, at - 1, asked) });
    if (at < pages - 1) nav.push({ label: ctx.t('page-next'), data: pageData(op, at + 1, asked) });
    buttons.push(nav);
  }
  const text = [
    ctx.t(
      paused ? 'lesson-pick-pause' : 'lesson-pick-resume',
      onPlatform(ctx, { count: can.length, page: at + 1, pages }),
    ),
  ];
  const card: Card = { text, buttons };
  if ('answer' in ctx) return void (await ctx.show(card));
  await ctx.reply(card);
}

/**
 * A page of the picker: `lsn:pl:<op>:<page>`, then the words that picked the groups, so the next page lists the
 * same ones. Words too long for a button's 64 bytes are cut: fewer words pick more groups, never fewer.
 */
function pageData(op: string, page: number, words: string): string {
  let data = `lsn:pl:${op}:${page}${words ? `:${words}` : ''}`;
  while (Buffer.byteLength(data, 'utf8') > 64) data = [...data].slice(0, -1).join('');
  return data;
}

/** Pause or resume one group's pushes and say so by its name (from private). */
async function setGroupPaused(ctx: MessageCtx | ButtonCtx, g: GroupBinding, paused: boolean): Promise<void> {
  const id = await changePaused(ctx, g, paused, 'private');
  const text = ctx.t(id, onPlatform(ctx, { group: g.title ?? g.chat }));
  if ('answer' in ctx) {
    await ctx.answer(text);
    return void (await ctx.record({ text: [text] }));
  }
  await ctx.reply({ text: [text] });
}

/** A press on the private picker (`lsn:pg:` / `lsn:ug:` a group, `lsn:pl:` a page): re-checked here. */
export async function pickGroup(ctx: ButtonCtx, op: string, arg: string): Promise<void> {
  if (!ctx.isOrganiser) return ctx.answer(ctx.t('error-not-allowed'), true);
  if (op === 'pl') {
    const [which = '', page = '0', ...words] = arg.split(':');
    await ctx.answer();
    return pauseFromPrivate(ctx, which === 'pg', words.join(':'), Number(page) || 0);
  }
  const g = await ctx.deps.store.groups.get(arg);
  if (!g?.active) return ctx.answer(ctx.t('error-button-expired'), true);
  await setGroupPaused(ctx, g, op === 'pg');
}
