/**
 * Pacing: the stand-in enforces the same limits as the engine and records the arrival of every
 * request; the windows of what it accepted must hold, and it must never have had to refuse anything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LimitsInput } from '../../../src/core/delivery/limits.js';
import { deliveryRig, FAST, groups, textsByChat, type Rig } from './rig.js';
import { waitFor } from '../../helpers/wait.js';

const GLOBAL = { count: 8, windowMs: 1000 };
const PER_CHAT = { count: 2, windowMs: 1000 };
const LIMITS: LimitsInput = { ...FAST, channels: { telegram: { global: GLOBAL, perChat: PER_CHAT } } };

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('delivery limits', () => {
  it('keeps under the per-chat and the overall limit, and the platform never has to refuse', async () => {
    rig = await deliveryRig({ limits: LIMITS, api: { limits: { global: GLOBAL, perChat: PER_CHAT } } });
    const busy = groups(4); // four broadcasts each: the per-chat limit binds here
    const quiet = groups(10, 100); // one each: the overall limit binds
    for (const n of [1, 2, 3, 4]) {
      await rig.engine.enqueue({
        id: `notice:b${n}`,
        kind: 'notice',
        items: rig.items(busy, (chat) => ({ text: [`#${n} ${chat}`] })),
      });
    }
    await rig.engine.enqueue({
      id: 'notice:q',
      kind: 'notice',
      items: rig.items(quiet, (chat) => ({ text: [`#q ${chat}`] })),
    });
    rig.engine.start(['telegram']);
    for (const id of ['notice:b1', 'notice:b2', 'notice:b3', 'notice:b4', 'notice:q'])
      await rig.done(id, 20_000);

    expect(rig.api.rejected429).toBe(0);
    expect(rig.api.maxInWindow(GLOBAL)).toBeLessThanOrEqual(GLOBAL.count);
    expect(rig.api.maxInWindow(PER_CHAT, { perChat: true })).toBeLessThanOrEqual(PER_CHAT.count);
    // The limits were really reached (otherwise this test would prove nothing).
    expect(rig.api.maxInWindow(GLOBAL)).toBe(GLOBAL.count);
    expect(rig.api.maxInWindow(PER_CHAT, { perChat: true })).toBe(PER_CHAT.count);
    const texts = textsByChat(rig.api);
    for (const chat of busy)
      expect(texts.get(chat)?.sort()).toEqual([1, 2, 3, 4].map((n) => `#${n} ${chat}`));
    for (const chat of quiet) expect(texts.get(chat)).toEqual([`#q ${chat}`]);
  });

  it('counts pins and progress edits against the same limits', async () => {
    rig = await deliveryRig({ limits: LIMITS, api: { limits: { global: GLOBAL, perChat: PER_CHAT } } });
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({
      id: 'notice:pinned',
      kind: 'notice',
      items: rig.items(groups(12), undefined, { pin: true }),
      progress: { to: { channel: 'telegram', chatId: '1001' }, locale: 'zh-CN' },
    });
    await rig.done('notice:pinned', 20_000);
    // Pins follow their messages' delivery records: wait for all twelve before reading the windows.
    await waitFor(() => rig!.api.accepted('pinChatMessage').length === 12, 'twelve pins', 20_000);
    expect(rig.api.rejected429).toBe(0);
    expect(rig.api.maxInWindow(GLOBAL)).toBeLessThanOrEqual(GLOBAL.count);
    expect(rig.api.maxInWindow(PER_CHAT, { perChat: true })).toBeLessThanOrEqual(PER_CHAT.count);
  });
});
