/**
 * A follow-up that names no topic ("那要钱吗", "要带什么") after a question that did is asked of that question: the
 * worker chatting about the free health check is not asked "what about?" or sent the anti-fraud entry (its
 * 先交钱 matched 要钱; found using the bot on 岳麓, stop 30); "那几点关门" after a station's card is about that
 * station. Only the same person, in the same chat, within ten
 * minutes; a question kept for it has its phone number masked in Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
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
      // The same answer again is pointed at by its title (faq/repeats.ts), or sent in full under it.
      expect(h.take()[0]?.text, followUp).toContain(first);
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

/**
 * After one station's card (QA stop 32, item 5): "那要钱吗" repeated the card and never said free, "有厕所吗" got the
 * general entry on stations. Now both are answered of that station, first, with its card under.
 */
describe('a follow-up after one station’s card', () => {
  let n: FaqHarness;
  beforeAll(async () => {
    n = await startHarness({
      contentDir: resolve(import.meta.dirname, '../../../packs/nanhai'),
      now: '2026-12-05T06:40:00Z',
    });
  });
  afterAll(async () => {
    await n.close();
  });
  const said = () =>
    n
      .take()
      .map((l) => l.text ?? '')
      .join('\n');

  it('"那要钱吗", "有厕所吗", "能洗澡吗" are answered of that station', async () => {
    await n.type(':dm', ':as rider-s1 zh-CN', '千灯湖那个驿站几点关门');
    expect(said()).toContain('千灯湖暖心驿站');
    await n.type('那要钱吗');
    const fee = said();
    expect(fee).toContain('千灯湖暖心驿站');
    expect(fee).toContain('不要钱');
    await n.type('有厕所吗');
    const toilet = said();
    expect(toilet).toContain('✅ 有厕所');
    expect(toilet).not.toContain('暖心驿站有什么服务');
    await n.type('能洗澡吗');
    expect(said()).toContain('❌ 没有淋浴');
    await n.type('免费吗');
    expect(said()).toContain('不要钱');
  });

  it('a station asked with "免费吗" says free', async () => {
    await n.type(':dm', ':as rider-s2 zh-CN', '千灯湖驿站免费吗');
    expect(said()).toContain('💰 不要钱');
  });

  it('in English and traditional script', async () => {
    await n.type(':dm', ':as rider-s3 en', 'is the rider home at Jinrong open on Sunday');
    n.take();
    await n.type('is it free');
    expect(said()).toContain('Free: stations are open to outdoor workers');
    await n.type('does it have a toilet');
    expect(said()).toContain('❌ toilet: no');
    await n.type(':as rider-s4 zh-TW', '千燈湖驛站幾點關門');
    n.take();
    await n.type('有廁所嗎');
    expect(said()).toContain('✅ 有廁所');
    await n.type('下週日呢');
    expect(said()).toContain('週日（12月13日）：07:00–22:00');
  });

  it('a new question after the card is answered as itself', async () => {
    await n.type(':dm', ':as rider-s5 zh-CN', '千灯湖那个驿站几点关门');
    n.take();
    await n.type('送餐摔伤了工伤怎么报');
    expect(said()).not.toContain('千灯湖暖心驿站');
  });

  it('not after a list of several stations: "有厕所吗" is not asked of the first', async () => {
    await n.type(':dm', ':as rider-s6 zh-CN', '哪里能充电');
    n.take();
    await n.type('有厕所吗');
    expect(said()).not.toContain('✅');
  });

  it('where the pack says a charge, its words are shown (杨浦: 司机之家 showers and beds)', async () => {
    await h.type(':dm', ':as rider-s7 zh-CN', '军工路货车司机之家几点开门');
    h.take();
    await h.type('要钱吗');
    expect(
      h
        .take()
        .map((l) => l.text ?? '')
        .join('\n'),
    ).toContain('淋浴、洗衣、床位收少量费用');
  });
});
