/**
 * Paging reads the same everywhere (stop 42): one pair of buttons, `page-prev` / `page-next` in core.ftl, for every
 * list a card shows in pages — the district's stations here, /queue, who pressed 收到 and the groups to pause
 * elsewhere. "下一页 ›" had three ids and /queue its own "下一页 ▶"; the stations' list had no way back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type FaqHarness } from '../faq/harness.js';

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T02:00:00Z' });
});
afterAll(async () => {
  await h.close();
});

describe("the district's stations, page by page", () => {
  it.each([
    ['zh-CN', '下一页 ›', '‹ 上一页'],
    ['zh-TW', '下一頁 ›', '‹ 上一頁'],
    ['en', 'Next page ›', '‹ Previous page'],
  ])('%s: the first page goes on, the second goes back and on', async (locale, next, prev) => {
    await h.type(':dm', `:as rider-page-${locale} ${locale}`, ':loc 0 0');
    const offer = h.take().at(-1)!;
    await h.type(`:press 1 ${offer.id}`);
    const first = h.take().at(-1)!;
    expect(first.choices).toEqual([next]);
    await h.type(`:press 1 ${first.id}`);
    const second = h.take().at(-1)!;
    expect(second.choices).toEqual([prev, next]);
    await h.type(`:press 1 ${second.id}`);
    expect(h.take().at(-1)!.text).toBe(first.text);
  });
});
