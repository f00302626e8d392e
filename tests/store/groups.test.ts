import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../src/store/redis.js';
import { createStore, type Store } from '../../src/store/index.js';
import { testPrefix } from '../helpers/app.js';

let redis: Redis;
let store: Store;
const prefix = testPrefix();

beforeAll(async () => {
  redis = await connectRedis(inject('redisUrl'));
  store = createStore(redis, prefix);
});
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

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
    await store.groups.bind(binding('telegram:-1', 'meituan-yangpu'));
    expect(await store.groups.get('telegram:-1')).toMatchObject({
      branch: 'meituan-yangpu',
      tags: ['riders'],
      threadId: '7',
    });
    expect((await store.groups.list('meituan-yangpu')).map((g) => g.chat)).toEqual(['telegram:-1']);

    const moved = await store.groups.bind(binding('telegram:-1', 'eleme-yangpu'));
    expect(moved.previousBranch).toBe('meituan-yangpu');
    expect(await store.groups.list('meituan-yangpu')).toEqual([]);
    expect((await store.groups.list('eleme-yangpu')).length).toBe(1);

    expect(await store.groups.unbind('telegram:-1')).toBe(true);
    expect(await store.groups.get('telegram:-1')).toBeUndefined();
    expect(await store.groups.list()).toEqual([]);
  });

  it('drops a redelivered update', async () => {
    expect(await store.firstDelivery('telegram', '42')).toBe(true);
    expect(await store.firstDelivery('telegram', '42')).toBe(false);
    expect(await store.firstDelivery('slack', '42')).toBe(true);
  });

  it('keeps a dialog until it is cleared', async () => {
    const owner = { channel: 'console', chatId: 'rider-1', userId: 'rider-1' };
    await store.dialogs.set(owner, { feature: 'reports', step: 'describe', data: { n: 1 }, startedAt: 1 });
    expect(await store.dialogs.get(owner)).toMatchObject({ feature: 'reports', step: 'describe' });
    expect(await store.dialogs.clear(owner)).toBe(true);
    expect(await store.dialogs.get(owner)).toBeUndefined();
  });
});
