import { describe, expect, it } from 'vitest';
import { useTestStore } from '../helpers/app.js';

const t = useTestStore();

const binding = (chat: string, branch: string) => ({
  chat,
  branch,
  locale: 'zh-CN',
  tags: ['riders'],
  threadId: '7',
  title: '骑手群',
  boundBy: 'telegram:1001',
  boundAt: 1,
  active: true,
});

describe('group bindings', () => {
  it('bind, re-bind to another branch, list per branch, unbind', async () => {
    await t.store.groups.bind(binding('telegram:-1', 'meituan-yangpu'));
    expect(await t.store.groups.get('telegram:-1')).toMatchObject({
      branch: 'meituan-yangpu',
      tags: ['riders'],
      threadId: '7',
    });
    expect((await t.store.groups.list('meituan-yangpu')).map((g) => g.chat)).toEqual(['telegram:-1']);

    const moved = await t.store.groups.bind(binding('telegram:-1', 'eleme-yangpu'));
    expect(moved.previousBranch).toBe('meituan-yangpu');
    expect(await t.store.groups.list('meituan-yangpu')).toEqual([]);
    expect((await t.store.groups.list('eleme-yangpu')).length).toBe(1);

    expect(await t.store.groups.unbind('telegram:-1')).toBe(true);
    expect(await t.store.groups.get('telegram:-1')).toBeUndefined();
    expect(await t.store.groups.list()).toEqual([]);
  });

  it('drops a redelivered update once it is done, and hands it out again when its lease ran out', async () => {
    const u = t.store.updates;
    expect(await u.claim('telegram', '42', '{}', 60_000)).toBe('claimed');
    expect(await u.claim('telegram', '42', '{}', 60_000)).toBe('busy');
    expect(await u.claim('slack', '42', '{}', 60_000)).toBe('claimed');
    await u.done('telegram', '42');
    expect(await u.claim('telegram', '42', '{}', 60_000)).toBe('done');
    expect(await u.claim('telegram', '43', '{"a":1}', 1)).toBe('claimed');
    await new Promise((r) => setTimeout(r, 5));
    expect(await u.recover(60_000)).toEqual([{ id: 'telegram:43', json: '{"a":1}' }]);
    expect(await u.recover(60_000)).toEqual([]);
  });

  it('keeps a dialog until it is cleared', async () => {
    const owner = { channel: 'console', chatId: 'rider-1', userId: 'rider-1' };
    await t.store.dialogs.set(owner, { feature: 'reports', step: 'describe', data: { n: 1 }, startedAt: 1 });
    expect(await t.store.dialogs.get(owner)).toMatchObject({ feature: 'reports', step: 'describe' });
    expect(await t.store.dialogs.clear(owner)).toBe(true);
    expect(await t.store.dialogs.get(owner)).toBeUndefined();
  });
});
