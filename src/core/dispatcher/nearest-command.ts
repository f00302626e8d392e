/** The command a typo or another word meant: the one named in COMMAND_WORDS, else the nearest by edits. */
import { COMMAND_WORDS } from '../command.js';
import type { MessageCtx } from '../feature.js';
import { allowedFor, offeredIn } from '../visibility.js';
import type { DispatcherContext } from './context.js';

/**
 * The command a typo or another word meant (/reprot, /broadcast → notice): one this person may use here,
 * at most two edits away.
 */
export function nearestCommand(
  { commands }: DispatcherContext,
  ctx: MessageCtx,
  typed: string,
): string | undefined {
  const place = ctx.in.chat.kind === 'private' ? 'private' : 'group';
  const meant = commands.get(COMMAND_WORDS[typed] ?? '')?.spec;
  if (meant && offeredIn(meant, place) && allowedFor(meant, ctx.role)) return meant.name;
  let best: { name: string; d: number } | undefined;
  for (const { spec } of commands.values()) {
    if (!offeredIn(spec, place) || !allowedFor(spec, ctx.role)) continue;
    const d = editDistance(typed, spec.name);
    if (d <= Math.min(2, Math.floor(spec.name.length / 3)) && (!best || d < best.d))
      best = { name: spec.name, d };
  }
  return best?.name;
}

/** Edits (insert, delete, replace, swap two neighbours) from one word to another. */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
