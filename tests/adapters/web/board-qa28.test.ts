/**
 * QA28 on the board.
 * A withdrawn report in the queue read "🔒 已结案" alone, as a report closed when solved; it now says the reporter
 * withdrew it, as its page and the chat's cards do.
 * A notice whose end ("有效期至") came before its copies went out. The chat's /notices says "已过期未发 2"; the
 * board's 收到 coverage counted those groups as groups where nobody pressed 收到 ("0/2", both named under 无人收到的群),
 * as if the notice had reached them. They are now named apart, as not sent, and out of the coverage.
 * The figures' 受理 counted the withdrawn report with no word while /stats says "报告人撤回 1 件"; it now says so beside
 * it. Real app (console), real Redis, chromium.
 */
import { describe, expect, it } from 'vitest';
import { bindGroups, meituanTicket } from '../../core/reports/drive.js';
import { press } from '../../core/reports/helpers.js';
import { typePinnedWithEnd } from '../../core/notices/helpers.js';
import { useBoard } from './browser.js';

let withdrawn: string;

const board = useBoard({
  before: async (app) => {
    await bindGroups(app);
    withdrawn = await meituanTicket(app, 'rider-w1', '站长不让我们在驿站里充电，说要收费');
    await app.type(':as rider-w1', ':dm', '/mytickets');
    await press(app, 'rider-w1', withdrawn);
    await press(app, 'rider-w1', '撤回');
    await press(app, 'rider-w1', '确定撤回');
    // The delivery engine is not started: both copies are still waiting when the notice's end comes.
    await typePinnedWithEnd(app, '本周驿站体检，带上工牌。');
    expect((await app.app.notices.tick(Date.now() + 3 * 3_600_000)).map((r) => r.outcome)).toEqual([
      'expired',
    ]);
  },
});

describe('a notice that ended before its copies went out, on the board', () => {
  it('names its groups as not sent, not as groups where nobody pressed 收到, as the chat does', async () => {
    board.app.take();
    await board.app.type(':as org-li', ':dm', '/notices');
    expect(board.app.take().join('\n')).toContain('已送达 0/2 · 失败 0 · 已过期未发 2');

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/notices`);
    const cells = await page.locator('tr', { hasText: '本周驿站体检' }).locator('td').allInnerTexts();
    expect(cells[2]).toBe('0/0');
    expect(cells[3]).toBe('⌛ 已过期未发：饿了么骑手群和美团骑手群');

    // A secretary sees their own group so.
    const secretary = await board.signIn('sec-meituan');
    await secretary.goto(`${board.base}/board/notices?lang=en`);
    const theirs = await secretary.locator('tr', { hasText: '本周驿站体检' }).locator('td').allInnerTexts();
    expect(theirs.slice(2)).toEqual(['0/0', '⌛ not sent, the notice had ended: 美团骑手群']);
  });
});

describe('a withdrawn report in the queue', () => {
  it('says the reporter withdrew it, to a secretary and an organiser, in Chinese and English', async () => {
    for (const user of ['sec-meituan', 'org-li']) {
      const page = await board.signIn(user);
      await page.goto(`${board.base}/board?state=closed`);
      const state = page.locator(`#queue tr[data-ticket="${withdrawn}"] .q-st`);
      // Before: "🔒 已结案" alone.
      expect(await state.innerText()).toBe('🔒 已结案 · 已由报告人撤回');
      await page.goto(`${board.base}/board?state=all&lang=en`);
      expect(await state.innerText()).toContain('Withdrawn by the reporter');
    }
  });
});

describe('a withdrawn report in the figures (QA28 #3)', () => {
  it('is said beside 受理, as /stats says it, to an organiser and a secretary, in Chinese and English', async () => {
    board.app.take();
    await board.app.type(':as org-li', ':dm', '/stats');
    expect(board.app.take().join('\n')).toContain('报告人撤回 1 件');

    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/figures`);
    const received = (branch: string) =>
      page.locator(`#rates tr[data-branch="${branch}"] td[data-col="received"]`);
    // Before: "1" alone.
    expect(await received('meituan-yangpu').innerText()).toBe('1 （含报告人撤回 1 件）');
    expect(await received('all').innerText()).toBe('1 （含报告人撤回 1 件）');
    // A branch with none withdrawn says nothing more.
    expect(await received('eleme-yangpu').innerText()).toBe('0');

    const secretary = await board.signIn('sec-meituan');
    await secretary.goto(`${board.base}/board/figures?lang=en`);
    expect(
      await secretary.locator('#rates tr[data-branch="meituan-yangpu"] td[data-col="received"]').innerText(),
    ).toBe('1 (incl. 1 withdrawn by the reporter)');
  });
});
