/**
 * Waiting on state, never on the clock: poll `cond` until it holds, or fail naming what never happened.
 * A negative assertion ("nothing was sent") waits for a later marker to be handled first, then looks.
 */
export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  what = 'condition',
  ms = 8000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
