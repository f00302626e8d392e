/**
 * Stop 25, 32 and 41 (docs/rounds/faq.md, "Decision refitted across ten packs", "… across 25 packs", "… at stop 41"):
 * an answer-worded entry the hand-set cascade declines is answered when the fitted model (src/core/faq/fitted-decision.ts)
 * is sure of it — since stop 41 also when the question holds a character the pack lacks, which the model weighs; a near
 * miss it is not sure of stays "not sure". Each case is also asked with the model off, to show the model made the
 * difference. The first two questions are written for these tests; the others are workers' questions from the packs'
 * dev sets (never held-out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen, withinOneTap } from '../../helpers/askers.js';
import { startHarness, type FaqHarness } from './harness.js';

type Pack = keyof typeof FAQ_PACKS;
const OFF = { thresholds: { fitted: 2 } };

describe('the fitted decision', () => {
  it.each([
    // Cheap beds asked as "somewhere to stay for less": the entry's answer words, no example question close.
    ['hongshan', '想住得便宜点 有去处吗', 'cheap-beds'],
    // Whether the platform pays the injury cover (asked "怎么查询", the cascade answers it alone since stop 31).
    ['nanshan', '不知道平台给我上了职伤保障没有', 'occupational-injury-cover'],
  ] as [Pack, string, string][])('%s: %s → %s (the cascade alone: not sure)', async (pack, q, id) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    const cascade = await askerOn(FAQ_PACKS[pack], OFF);
    expect(seen(asker.ask(q, AT_WEDNESDAY_10))).toBe(id);
    expect(seen(cascade.ask(q, AT_WEDNESDAY_10))).toBe('none');
  });

  it.each([
    // Stop 40: characters the pack lacks are counted in the pack's words, so a worker's word for a built-in
    // concept the pack words otherwise no longer reads as a topic the pack lacks (docs/rounds/faq.md, "Stop 40").
    ['guanshanhu', '有個自稱外賣平台的打來，講要退我押的錢，叫我點一個連結', 'anti-fraud'], // 自稱 → 客服
    ['shushan', '拉肚子两天了，哪块有近点能刷卡的诊所', 'clinic-near'], // 拉肚子 → 看病
  ] as [Pack, string, string][])('%s: %s → %s, a concept in other words (stop 40)', async (pack, q, id) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    const cascade = await askerOn(FAQ_PACKS[pack], OFF);
    expect(seen(asker.ask(q, AT_WEDNESDAY_10))).toBe(id);
    expect(seen(cascade.ask(q, AT_WEDNESDAY_10))).toBe('none');
  });

  it.each([
    // Stop 41: a character the pack lacks no longer refuses outright; the model weighs it with the rest.
    ['siming', '开滴滴的也有那种防事故的培训上吗', 'safe-driving-training'],
    ['shushan', '这一个多月天天落雨，电驴子老是半路断电，衣裳也晒不干', 'plum-rain'],
    ['qingxiu', '民族大道桥底下水到膝盖了 电驴冲得过去吗', 'rainstorm-flooding'],
  ] as [Pack, string, string][])(
    '%s: %s → %s, with a character the pack lacks (stop 41)',
    async (pack, q, id) => {
      const asker = await askerOn(FAQ_PACKS[pack]);
      const cascade = await askerOn(FAQ_PACKS[pack], OFF);
      expect(seen(asker.ask(q, AT_WEDNESDAY_10))).toBe(id);
      expect(seen(cascade.ask(q, AT_WEDNESDAY_10))).toBe('none');
    },
  );

  it.each([
    // Answered by the stop-32 model, "not sure" under the stop-41 one: the entry stays one tap away.
    ['yuhang', '站长把我踢出工作群了 不认我在他们站跑过 我手上能拿啥说话', 'proof-of-work'],
    ['wuhua', '老城那些石头路一落雨就跟抹了油一样 前天差点翻车', 'rainy-season-riding'],
  ] as [Pack, string, string][])('%s: %s → not sure, %s offered (stop 41)', async (pack, q, id) => {
    const asker = await askerOn(FAQ_PACKS[pack]);
    const a = asker.ask(q, AT_WEDNESDAY_10);
    expect(seen(a)).toBe('none');
    expect(withinOneTap(asker, a)).toContain(id);
  });

  it('a street sweeper asking to rest (stop 32) is answered by the cascade alone since round 59', async () => {
    // 进去坐坐 now reads as who may use the stations (lexicon.yaml, Round 59); the fitted model answered it before.
    const cascade = await askerOn(FAQ_PACKS.nanshan, OFF);
    const a = cascade.ask('我是扫马路的环卫，那种小哥休息的屋子我能进去坐坐吗', AT_WEDNESDAY_10);
    expect(seen(a)).toBe('stations-about');
  });

  it("riders' flats in a zone the pack never names: not sure, as the stop-25 model was not (stop 32)", async () => {
    const asker = await askerOn(FAQ_PACKS.jinshui);
    const a = asker.ask('郑东新区CBD那边的骑手公寓咋申请', AT_WEDNESDAY_10);
    expect(seen(a)).toBe('none');
  });

  it('a cheap hospital stay is not the cheap-beds entry: still not sure, with the entry offered', async () => {
    const asker = await askerOn(FAQ_PACKS.hongshan);
    const a = asker.ask('想住院便宜点 有去处吗', AT_WEDNESDAY_10);
    expect(seen(a)).toBe('none');
    expect(a.kind === 'weak' ? a.candidates.map((h) => h.entry.id) : []).toContain('cheap-beds');
  });
});

describe('the fitted decision in the chat', () => {
  let h: FaqHarness;
  beforeAll(async () => {
    h = await startHarness({ contentDir: FAQ_PACKS.hongshan });
  });
  afterAll(async () => {
    await h.close();
  });

  it('answers what the model is sure of and stays not sure of the near miss, as eval:faq counts them', async () => {
    await h.type(':dm', ':as rider-f1 zh-CN', '想住得便宜点 有去处吗');
    const [answer] = h.take();
    expect(answer?.text).toContain('有没有便宜的床位或公寓');
    expect(answer?.text).not.toContain('不太确定');
    await h.type('想住院便宜点 有去处吗');
    const [notSure] = h.take();
    expect(notSure?.text).toContain('不太确定');
    expect(notSure?.choices).toContain('有没有便宜的床位或公寓');
  });
});
