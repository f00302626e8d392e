/**
 * Who a lesson or notice reaches: the bound, active groups in its audience. A damaged binding (a chat that
 * is not a chat key) is left out instead of stopping the push to every other group.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { resolveAudience } from '../../src/core/audience.js';
import { loadContentPack } from '../../src/core/content/loader.js';
import { chatKey, type GroupBinding } from '../../src/core/ports/groups.js';
import { MINIMAL_PACK } from '../helpers/app.js';
import { deliveryRig, type Rig } from './delivery/rig.js';

let rig: Rig | undefined;
afterEach(async () => {
  await rig?.close();
  rig = undefined;
});

function binding(chat: string, title: string, active = true): GroupBinding {
  return {
    chat,
    branch: 'riders-test',
    locale: 'zh-CN',
    tags: [],
    title,
    boundBy: 'telegram:1001',
    boundAt: 1_700_000_000_000,
    active,
  };
}

describe('resolveAudience', () => {
  it('reaches every active group, and passes over an inactive one and a damaged record', async () => {
    const pack = await loadContentPack(MINIMAL_PACK);
    rig = await deliveryRig({});
    await rig.store.groups.bind(binding(chatKey('telegram', '-1001'), '骑手一群'));
    await rig.store.groups.bind(binding(chatKey('slack', 'C024BE91L'), 'riders'));
    await rig.store.groups.bind(binding(chatKey('telegram', '-1002'), '骑手二群', false));
    await rig.store.groups.bind(binding('damaged-record', '坏记录'));

    const everyone = { branches: [], industries: [], tags: [] };
    const reached = await resolveAudience(rig.store, pack, everyone);
    expect(reached.map((g) => g.title)).toEqual(['riders', '骑手一群']);
  });
});
