/**
 * A secretary's week (stop 42): a rider who asked the bot in the branch's group, and later reports privately with
 * /report (not the group's link), was routed to the district's triage — the branch never saw its own riders' private
 * reports. The worker's branch as the bot knows it (groups/worker-branch.ts) is now the report's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEITUAN_GROUP, startHarness, type FaqHarness } from '../faq/harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ group: { ...MEITUAN_GROUP, bind: 'meituan-yangpu' } });
});
afterAll(async () => {
  await h.close();
});

describe('a private /report from a rider known in a branch’s group', () => {
  it.each([
    ['zh-CN', '站长扣了我两百块说我超时，我根本没超时', '将转交：美团外卖杨浦骑手支部'],
    ['zh-TW', '站長扣了我兩百塊說我超時，我根本沒超時', '將轉交：美團外賣楊浦騎手支部'],
    [
      'en',
      'The station manager fined me 200 yuan for being late but I was on time',
      "Goes to: Meituan Delivery Riders' Branch, Yangpu",
    ],
  ])('%s: goes to that branch’s triage, not the district’s', async (locale, story, goesTo) => {
    const user = `rider-pr-${locale}`;
    const asked = {
      'zh-CN': '体检在哪里做',
      'zh-TW': '體檢在哪裡做',
      en: 'where do riders get the health check?',
    }[locale]!;
    await h.type(`:as ${user} ${locale}`, ':in riders-meituan', `@waystation_bot ${asked}`);
    await h.type(':dm', '/report', story, ':press 1', ':press 1');
    const confirm = h.take().at(-1)!;
    expect(confirm.text).toContain(goesTo);
    await h.type(':press 1');
    const out = h.take();
    expect(out.filter((l) => l.to.chatId === 'triage-meituan' && l.kind === 'send')).toHaveLength(1);
    expect(out.some((l) => l.to.chatId === 'triage-district')).toBe(false);
  });

  it('a rider the bot knows nothing of still goes to the district, as before', async () => {
    await h.type(
      ':as rider-pr-none zh-CN',
      ':dm',
      '/report',
      '站长扣了我两百块说我超时，我根本没超时',
      ':press 1',
      ':press 1',
    );
    expect(h.take().at(-1)!.text).toContain('将转交：杨浦区新就业群体党委');
  });
});
