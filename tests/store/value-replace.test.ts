/**
 * lua/value-replace-1.lua, the one compare-and-set of a string: a person's last words get a TTL of their own each
 * time (store/dialogs.ts), a draft awaiting confirmation keeps the one it has (store/faq.ts, the stop 41 upgrade).
 * Real Redis. What a worker and an organiser see of it: tests/core/fragments.test.ts, tests/core/faq/kept-numbers-upgrade.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { defineScripts } from '../../src/store/scripts.js';
import { useTestStore } from '../helpers/app.js';

const t = useTestStore();
const key = (name: string) => `${t.store.keys.prefix}:vr:${name}`;
const redis = () => {
  defineScripts(t.store.redis, ['value-replace-1']);
  return t.store.redis;
};

describe('replacing a string only if it still holds what was read', () => {
  it('with a TTL of its own: written from nothing, replaced, its TTL set each time', async () => {
    const k = key('words');
    expect(await redis().valueReplace(k, '', '我被', 35)).toBe(1);
    expect(await redis().ttl(k)).toBeGreaterThan(30);
    expect(await redis().valueReplace(k, '我被', '我被，罚款了', 125)).toBe(1);
    expect(await redis().get(k)).toBe('我被，罚款了');
    expect(await redis().ttl(k)).toBeGreaterThan(120);
  });

  it('keeping the key’s TTL', async () => {
    const k = key('draft');
    await redis().set(k, 'old', 'EX', 86_400);
    expect(await redis().valueReplace(k, 'old', 'new', 'keep')).toBe(1);
    expect(await redis().get(k)).toBe('new');
    const ttl = await redis().ttl(k);
    expect(ttl).toBeGreaterThan(86_000);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });

  it('writes nothing when the value changed or went meanwhile, in either mode', async () => {
    const k = key('raced');
    await redis().set(k, 'theirs', 'EX', 100);
    expect(await redis().valueReplace(k, 'mine', 'x', 35)).toBe(0);
    expect(await redis().valueReplace(k, 'mine', 'x', 'keep')).toBe(0);
    expect(await redis().get(k)).toBe('theirs');
    expect(await redis().valueReplace(key('gone'), 'read', 'x', 'keep')).toBe(0);
    expect(await redis().exists(key('gone'))).toBe(0);
  });

  it('the loser of a race reads again: of many writers at once exactly one wins', async () => {
    const k = key('race');
    await redis().set(k, 'start', 'EX', 100);
    const won = await Promise.all(
      Array.from({ length: 8 }, (_, i) => redis().valueReplace(k, 'start', `w${i}`, i % 2 ? 'keep' : 50)),
    );
    expect(won.filter((w) => w === 1)).toHaveLength(1);
  });
});
