/**
 * A follow-up that names no topic ("那要钱吗", "要带什么") after a question that did is asked of that question: the
 * worker chatting about the free health check is not asked "what about?" or sent the anti-fraud entry (its
 * 先交钱 matched 要钱; found using the bot on 岳麓, stop 30); "那几点关门" after a station's card is about that
 * station. Only the same person, in the same chat, within ten
 * minutes; a question kept for it has its phone number masked in Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type FaqHarness } from './harness.js';

const VAGUE = '您想问哪方面的事';
const title = (text: string | undefined) => text?.split('\n')[0];

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a follow-up with no topic of its own', () => {
  it('is answered on the topic of the question before it', async () => {
    await h.type(':dm', ':as rider-f1 zh-CN', '骑手可以免费体检吗');
    const first = title(h.take()[0]?.text);
    expect(first).toContain('体检');
    for (const followUp of ['那要钱吗', '要带什么', '在哪办']) {
      await h.type(followUp);
      expect(title(h.take()[0]?.text), followUp).toBe(first);
    }
  });

  it('after a station was named, "那几点关门" and "在哪" are about that station', async () => {
    await h.type(':dm', ':as rider-f7 zh-CN', '合生汇那个驿站有热水吗');
    expect(h.take()[0]?.text).toContain('合生汇暖心驿站');
    for (const followUp of ['那几点关门', '在哪']) {
      await h.type(followUp);
      const text = h.take()[0]?.text ?? '';
      expect(text, followUp).toContain('合生汇暖心驿站');
      expect(text, followUp).not.toContain(VAGUE);
    }
  });

  it('with no question before it, the worker is asked what about', async () => {
    await h.type(':dm', ':as rider-f2 zh-CN', '那要钱吗');
    expect(h.take()[0]?.text).toContain(VAGUE);
  });

  it('not someone else’s question, nor one asked in another chat', async () => {
    await h.type(':dm', ':as rider-f3 zh-CN', '骑手可以免费体检吗');
    h.take();
    await h.type(':as rider-f4 zh-CN', '那要钱吗');
    expect(h.take()[0]?.text).toContain(VAGUE);
    await h.type(':as rider-f3 zh-CN', ':in riders-meituan 美团骑手群', '@waystation_bot 那要钱吗');
    expect(h.take()[0]?.text).toContain(VAGUE);
  });

  it('not after ten minutes', async () => {
    await h.type(':dm', ':as rider-f5 zh-CN', '骑手可以免费体检吗');
    h.take();
    const was = h.clock.now;
    h.clock.now = new Date(was.getTime() + 11 * 60_000);
    await h.type('那要钱吗');
    expect(h.take()[0]?.text).toContain(VAGUE);
    h.clock.now = was;
  });

  it('keeps the question with its phone number masked', async () => {
    await h.type(':dm', ':as rider-f6 zh-CN', '我的电话13812345678 骑手可以免费体检吗');
    h.take();
    const redis = h.app.store.redis;
    const [key] = await redis.keys(`${h.prefix}:faq:topic:*rider-f6`);
    const kept = (await redis.get(key!)) ?? '';
    expect(kept).not.toContain('13812345678');
    expect(kept).toContain('138****5678');
  });
});
