/**
 * QA29: an entry's 👍/👎 kept who voted for good. The counts are kept; who voted is remembered 30 days (as long as the
 * longest-kept question, so nobody votes twice on one answer), then forgotten: a vote after that is a new vote.
 */
import { describe, expect, it } from 'vitest';
import { useTestStore } from '../helpers/app.js';

const ctx = useTestStore();
const DAY_S = 86_400;

describe('FAQ votes', () => {
  it('keep the counts for good and who voted for 30 days; a vote after that counts as new', async () => {
    const { faq } = ctx.store;
    const { redis, keys } = ctx.store;
    expect(await faq.vote('e-1', 'telegram:7', 'up')).toBe('new');
    expect(await faq.vote('e-1', 'telegram:7', 'up')).toBe('same');
    expect(await faq.vote('e-1', 'telegram:8', 'down')).toBe('new');
    expect(await faq.votes('e-1')).toEqual({ up: 1, down: 1 });
    // The entry's hash names nobody; each voter's vote expires.
    expect(Object.keys(await redis.hgetall(keys.faqVotes('e-1'))).sort()).toEqual(['#down', '#up']);
    expect(await redis.ttl(keys.faqVotes('e-1'))).toBe(-1);
    const ttl = await redis.ttl(keys.faqVoter('e-1', 'telegram:7'));
    expect(ttl).toBeGreaterThan(29 * DAY_S);
    expect(ttl).toBeLessThanOrEqual(30 * DAY_S);

    // Its 30 days over (the key gone, as when it expires): the person's next vote is a new one, the counts stay.
    await redis.del(keys.faqVoter('e-1', 'telegram:7'));
    expect(await faq.votes('e-1')).toEqual({ up: 1, down: 1 });
    expect(await faq.vote('e-1', 'telegram:7', 'down')).toBe('new');
    expect(await faq.votes('e-1')).toEqual({ up: 1, down: 2 });
  });

  it('votes kept the old way (voter → vote) still count, and move into the counts on the next vote', async () => {
    const { faq, redis, keys } = ctx.store;
    await redis.hset(keys.faqVotes('e-2'), 'telegram:1', 'up', 'telegram:2', 'up', 'slack:U3', 'down');
    expect(await faq.votes('e-2')).toEqual({ up: 2, down: 1 });
    // A voter of before changes their vote: a change, not a second vote.
    expect(await faq.vote('e-2', 'telegram:1', 'down')).toBe('changed');
    expect(await faq.votes('e-2')).toEqual({ up: 1, down: 2 });
    expect(Object.keys(await redis.hgetall(keys.faqVotes('e-2'))).sort()).toEqual(['#down', '#up']);
    expect(await faq.vote('e-2', 'telegram:1', 'down')).toBe('same');
  });
});
