/**
 * Words cut on arrival (a message over `MAX_INPUT`): what a worker is told — how much did not arrive, the last
 * words that did — and asked to send the rest, which then joins the same report or ticket. Never silent.
 */
import type { Span } from '../card.js';
import type { Ctx } from '../feature.js';
import { lostOnArrival } from '../text.js';

/** How much of a message was cut, as the worker is told it: the counts and the last words that arrived. */
export type Cut = { n: number; kept: number; missing: number; end: string };

/** The cut of this update's message (cut to `MAX_INPUT` on arrival), or undefined when it came whole. */
export function cutOf(ctx: Ctx): Cut | undefined {
  if (ctx.in.type !== 'message') return undefined;
  const lost = lostOnArrival(ctx.in);
  return lost && { ...lost, end: tailOf(ctx.in.text) };
}

/** The last few characters of a text, for "send what comes after …". */
export const tailOf = (text: string): string => [...text.trimEnd()].slice(-12).join('');

/**
 * Plainly what did not arrive and what to do ("这条消息有 5000 字，只收到了前 4096 字，后面的 904 字没有收到。
 * 请把没收到的部分再发一条…"): `then` says where the rest will go (this report, or a filed ticket `id`).
 */
export function cutNotice(ctx: Ctx, cut: Cut, then: 'report' | 'ticket', id = ''): Span[] {
  const counts = { n: String(cut.n), kept: String(cut.kept), missing: String(cut.missing), end: cut.end };
  return [
    ctx.t('input-cut', counts),
    '\n',
    ctx.t(then === 'report' ? 'input-cut-rest-report' : 'input-cut-rest-ticket', { ...counts, id }),
  ];
}
