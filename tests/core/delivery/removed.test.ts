/**
 * A 403 (the bot was removed from a group): the job fails for good, the group is marked inactive, and
 * the organisers hear about it once, in the district escalation chat from the content pack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { DeliveryEngine } from '../../../src/core/delivery/engine.js';
import { escalationNotifier } from '../../../src/core/delivery/organisers.js';
import { chatKey } from '../../../src/core/ports/groups.js';
import { MINIMAL_PACK } from '../../helpers/app.js';
import { counter, deliveryRig, groups, i18n, logger, waitUntil, type Rig } from './rig.js';

/** The minimal pack's escalation chat on Telegram. */
const ESCALATION = '-1009999';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

describe('a group that removed the bot', () => {
  it('fails its job, is marked inactive, and the organisers are told once', async () => {
    const pack = await loadContentPack(MINIMAL_PACK);
    // The notifier enqueues through the engine it is given to (as app.ts wires it).
    const late: { engine?: DeliveryEngine } = {};
    rig = await deliveryRig({
      notifyOrganisers: escalationNotifier({
        pack: () => pack,
        i18n,
        logger,
        enqueue: (req) => late.engine!.enqueue(req),
      }),
    });
    late.engine = rig.engine;
    const [gone, fine] = groups(2);
    for (const chatId of [gone!, fine!]) {
      await rig.store.groups.bind({
        chat: chatKey('telegram', chatId),
        branch: 'riders-test',
        locale: 'zh-CN',
        tags: [],
        title: chatId === gone ? '杨浦骑手三群' : '杨浦骑手一群',
        boundBy: 'telegram:1001',
        boundAt: 1_700_000_000_000,
        active: true,
      });
    }
    rig.api.forbid(gone!);
    rig.engine.start(['telegram']);

    await rig.engine.enqueue({ id: 'notice:a', kind: 'notice', items: rig.items([gone!, fine!]) });
    const status = await rig.done('notice:a');
    expect(status.sent).toBe(1);
    expect(status.failed).toEqual([
      { chat: `telegram:${gone}`, reason: 'forbidden', detail: expect.stringContaining('403') },
    ]);
    expect((await rig.store.groups.get(`telegram:${gone}`))?.active).toBe(false);
    expect((await rig.store.groups.get(`telegram:${fine}`))?.active).toBe(true);
    expect(rig.api.requests.filter((r) => r.chat === gone)).toHaveLength(1);

    await waitUntil(() => rig!.api.deliveries().has(ESCALATION), 5000, 'the organisers to be told');
    const warning = rig.api.accepted('sendMessage').find((r) => r.chat === ESCALATION)!;
    expect(warning.text).toContain('杨浦骑手三群');
    expect(warning.text).toContain('测试骑手支部');
    expect(warning.text).toContain('机器人已被移出群');

    // A second broadcast that still lists the group (another process, an older audience): no second warning.
    await rig.engine.enqueue({ id: 'notice:b', kind: 'notice', items: rig.items([gone!]) });
    await rig.done('notice:b');
    const system = await rig.engine.status(`group-removed:telegram:${gone}:1700000000000`);
    expect(system).toMatchObject({ kind: 'system', total: 1, sent: 1 });
    expect(rig.api.deliveries().get(ESCALATION)).toBe(1);
    expect(await counter(rig.metrics, 'waystation_delivery_failed_total')).toBe(2);
  });

  it('is not reported when it was never bound (nothing to mark inactive)', async () => {
    let told = 0;
    rig = await deliveryRig({ notifyOrganisers: async () => void told++ });
    const [stranger] = groups(1);
    rig.api.forbid(stranger!);
    rig.engine.start(['telegram']);
    await rig.engine.enqueue({ id: 'notice:c', kind: 'notice', items: rig.items([stranger!]) });
    expect((await rig.done('notice:c')).failed).toHaveLength(1);
    expect(told).toBe(0);
  });
});
