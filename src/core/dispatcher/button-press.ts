/** A button press routed by its callback data's prefix (`prefix:payload`); a prefix no feature answers has expired. */
import type { ButtonCtx } from '../feature.js';
import type { DispatcherContext } from './context.js';

export async function onButton({ buttons, features }: DispatcherContext, ctx: ButtonCtx): Promise<void> {
  const data = ctx.in.data;
  const colon = data.indexOf(':');
  const prefix = colon < 0 ? data : data.slice(0, colon);
  const payload = colon < 0 ? '' : data.slice(colon + 1);
  const spec = buttons.get(prefix)?.buttons?.find((b) => b.prefix === prefix);
  if (!spec) {
    for (const f of features) if (f.onStalePress && (await f.onStalePress(ctx))) return;
    await ctx.answer(ctx.t('error-button-expired'), true);
    return;
  }
  await spec.run(ctx, payload);
  // A handler that forgot to answer still stops the client's spinner.
  await ctx.answer();
}
