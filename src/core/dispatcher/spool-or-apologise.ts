/**
 * What the person is told when their update cannot be handled now: it is kept in the spool ("saved", said only once
 * it is on disk), or nothing will retry it (please send it again).
 */
import type { Ctx } from '../feature.js';
import { pickLocale } from '../identity.js';
import { isStoreFull } from '../ports/unavailable.js';
import type { Spool } from '../spool.js';
import type { Incoming, IncomingButton } from '../types.js';
import type { DispatcherContext } from './context.js';

function keep({ deps }: DispatcherContext, spool: Spool, update: Incoming): boolean {
  try {
    spool.keep(update);
    return true;
  } catch (e) {
    deps.metrics.errors.inc({ where: 'spool' });
    deps.logger.error({ err: e, update: update.updateId }, 'spool write failed: update not kept');
    return false;
  }
}

/**
 * Keep an update Redis could not take (unreachable, or full) in the spool and say so — or, when it cannot be
 * written there, apologise: "saved" is said only once it is on disk.
 */
export async function keepAndTell(
  dc: DispatcherContext,
  ctx: Ctx | undefined,
  update: Incoming,
  err: unknown,
): Promise<void> {
  const { deps } = dc;
  const spool = deps.spool!;
  if (!keep(dc, spool, update)) {
    await apologise(dc, ctx, update);
    return;
  }
  deps.metrics.updates.inc({ channel: update.chat.address.channel, outcome: 'spooled' });
  const why = isStoreFull(err) ? 'redis out of memory' : 'redis unreachable';
  // Out of memory does not pass by itself: logged as an error, for the alert (README "Redis memory").
  deps.logger[isStoreFull(err) ? 'error' : 'warn'](
    { err: (err as Error).message, update: update.updateId },
    `${why}: update spooled`,
  );
  await tell(dc, ctx, update, 'spool-saved').catch((e: unknown) =>
    deps.logger.error({ err: e }, 'spool notice failed'),
  );
}

/**
 * Nothing will retry this update: say so, and ask for it again (`error-unfinished`: after a partial answer). Never
 * throws: an apology that cannot be sent is logged, and the error boundary goes on.
 */
export async function apologise(
  dc: DispatcherContext,
  ctx: Ctx | undefined,
  update: Incoming,
  id = 'error-generic',
): Promise<void> {
  await tell(dc, ctx, update, id).catch((e: unknown) => dc.deps.logger.error({ err: e }, 'apology failed'));
}

async function tell(
  { deps }: DispatcherContext,
  ctx: Ctx | undefined,
  update: Incoming,
  id: string,
): Promise<void> {
  const locale = ctx?.locale ?? pickLocale(update.from.languageCode, undefined);
  const text = deps.i18n.t(locale, id);
  if (update.type === 'button') {
    await deps.outbox.answerPress(update as IncomingButton, text, true);
  } else if (update.type === 'message' && (update.addressed || update.chat.kind === 'private')) {
    await deps.outbox.send(update.chat.address, { text: [text] });
  }
}
