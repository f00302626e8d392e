/**
 * The "pass it on" button says where the question goes, in words that match the offer above it (stop 41: a 👎 in
 * private offered "转给杨浦区新就业群体党委" under a "📨 转给支部" button): the district's triage is 区里 / the district,
 * a branch is 支部 / the branch, in all three languages; and the question goes there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonAt, buttonData, MEITUAN_GROUP, startHarness, type FaqHarness } from './harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ group: { ...MEITUAN_GROUP, bind: 'meituan-yangpu' } });
});
afterAll(async () => {
  await h.close();
});

describe('a 👎 in private', () => {
  it.each([
    ['zh-CN', '体检免费吗', '转给杨浦区新就业群体党委', '📨 转给区里', '已转给杨浦区新就业群体党委'],
    ['zh-TW', '體檢免費嗎', '轉給楊浦區新就業群體黨委', '📨 轉給區裡', '已轉給楊浦區新就業群體黨委'],
    [
      'en',
      'is the health check for riders free?',
      'pass your question to Yangpu District New Employment Groups Party Committee',
      '📨 Ask the district',
      'Passed to Yangpu District',
    ],
  ])(
    '%s: the offer and its button both name the district, where the question goes',
    async (locale, q, offer, label, passed) => {
      await h.type(':dm', `:as rider-pass-${locale} ${locale}`, q);
      const [answer] = h.take();
      const down = buttonData(answer).findIndex((d) => d.endsWith(':down'));
      expect(down).toBeGreaterThanOrEqual(0);
      await h.type(`:press ${down + 1} ${answer!.id}`);
      const sent = h.take().find((l) => l.kind === 'send')!;
      expect(sent.text).toContain(offer);
      const pass = buttonAt(sent, 'faq:pass:');
      expect(pass.label).toBe(label);
      expect(sent.choices.join(' ')).not.toMatch(/支部|branch/);
      await h.type(`:press ${pass.n} ${sent.id}`);
      const out = h.take();
      expect(out.find((l) => l.kind === 'toast')?.text).toContain(passed);
      expect(out.some((l) => l.to.chatId === 'triage-district')).toBe(true);
    },
  );
});

describe('a question the bot cannot answer in a branch’s group', () => {
  it.each([
    ['zh-CN', '驿站能帮忙代收快递吗', '转给美团外卖杨浦骑手支部', '📨 转给支部'],
    ['zh-TW', '驛站能幫忙代收快遞嗎', '轉給美團外賣楊浦騎手支部', '📨 轉給支部'],
    [
      'en',
      'does the station collect my parcels while I work?',
      "Meituan Delivery Riders' Branch, Yangpu",
      '📨 Ask the branch',
    ],
  ])('%s: the offer names the group’s branch and the button says 支部', async (locale, q, offer, label) => {
    await h.type(`:as rider-grp-${locale} ${locale}`, h.group, `@waystation_bot ${q}`);
    const [unsure] = h.take();
    expect(unsure!.text).toContain(offer);
    expect(buttonAt(unsure, 'faq:pass:').label).toBe(label);
  });
});
