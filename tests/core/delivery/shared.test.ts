/**
 * Two engines on one Redis (as two bot processes would be): one queue, not two. Each job is sent once,
 * and the overall limit holds for both together.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LimitsInput } from '../../../src/core/delivery/limits.js';
import { deliveryRig, FAST, groups, type Rig } from './rig.js';

const GLOBAL = { count: 10, windowMs: 1000 };
const LIMITS: LimitsInput = {
  ...FAST,
  channels: { telegram: { global: GLOBAL, perChat: { count: 20, windowMs: 60_000 } } },
};

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('two engines on one Redis', () => {
  it('send each job once and share the rate', async () => {
    rig = await deliveryRig({ limits: LIMITS, api: { limits: { global: GLOBAL } } });
    const second = await rig.another();
    const perEngine = [0, 0];
    rig.engine.onDelivered(() => void perEngine[0]!++);
    second.engine.onDelivered(() => void perEngine[1]!++);
    rig.engine.start(['telegram']);
    second.engine.start(['telegram']);

    const chats = groups(40);
    // Both processes enqueue the same broadcast (say, a schedule fired in each): it is queued once.
    const [a, b] = await Promise.all([
      rig.engine.enqueue({ id: 'lesson:s1:202501011000', kind: 'lesson', items: rig.items(chats) }),
      second.engine.enqueue({ id: 'lesson:s1:202501011000', kind: 'lesson', items: rig.items(chats) }),
    ]);
    expect(a.queued + b.queued).toBe(40);
    const status = await rig.done('lesson:s1:202501011000', 20_000);

    expect(status).toMatchObject({ total: 40, sent: 40 });
    for (const chat of chats) expect(rig.api.deliveries().get(chat)).toBe(1);
    expect(rig.api.rejected429).toBe(0);
    expect(rig.api.maxInWindow(GLOBAL)).toBeLessThanOrEqual(GLOBAL.count);
    // Both took part, and between them reported each delivery once (an engine reports a send just
    // after recording it, so the last reports may follow the job's completion by a moment).
    await expect.poll(() => perEngine[0]! + perEngine[1]!).toBe(40);
    expect(perEngine[0]).toBeGreaterThan(0);
    expect(perEngine[1]).toBeGreaterThan(0);
  });
});
