/**
 * QA28 on the board.
 * A withdrawn report in the queue read "🔒 已结案" alone, as a report closed when solved; it now says the reporter
 * withdrew it, as its page and the chat's cards do.
 * A notice whose end ("有效期至") came before its copies went out. The chat's /notices says "已过期未发 2"; the
 * board's 收到 coverage counted those groups as groups where nobody pressed 收到 ("0/2", both named under 无人收到的群),
 * as if the notice had reached them. They are now named apart, as not sent, and out of the coverage.
 * The figures' 受理 counted the withdrawn report with no word while /stats says "报告人撤回 1 件"; it now says so beside
 * it. Real app (console), real Redis, chromium.
 * A notice whose every send to one group had no answer (the connection dropped: it may be there or not). The chat says
 * "另有 1 个群发送时网络断了，无法确认是否收到"; the board named that group under 无人收到的群, as if it had the notice and
 * ignored it. It is now marked as unsure, counted beside the figure, in the table and on a phone's card. That one on
 * the Telegram stand-in (`dropAfter`), its board served on the same chromium.
 */
import { sign } from '@telegram-apps/init-data-node';
import type { BrowserContextOptions } from 'playwright-core';
import type { Chat } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpServer } from '../../../src/http/server.js';
import { bindGroups, meituanTicket } from '../../core/reports/drive.js';
import { press } from '../../core/reports/helpers.js';
import { typePinnedWithEnd } from '../../core/notices/helpers.js';
import {
  buttonsOf,
  createTelegramTestApp,
  FAKE_TOKEN,
  type TelegramTestApp,
} from '../../helpers/fake-bot-api.js';
import { sendNoticeToAll } from '../../helpers/telegram-notice.js';
import { waitFor } from '../../helpers/wait.js';
import { serveBoard, useBoard } from './browser.js';

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

describe('a notice whose every send to one group had no answer, on the board', () => {
  const ORGANISER = 1001;
  const SECRETARY = 2001; // meituan-yangpu's
  const group = (id: number, title: string) => ({ id, type: 'supergroup', title }) as Chat;
  const dropped = group(-1_004_302_800_001, '杨浦一群');
  const reached = group(-1_004_302_800_002, '杨浦二群');
  let tg: TelegramTestApp;
  let tgHttp: HttpServer;
  let tgBase: string;
  beforeAll(async () => {
    // Retries within a fraction of a second, not the 2 s a live bot waits.
    tg = await createTelegramTestApp({ limits: { backoffBaseMs: 30, backoffMaxMs: 100 } });
    tg.app.deps.delivery.start(['telegram']);
    ({ http: tgHttp, base: tgBase } = await serveBoard(tg.app, { telegramToken: FAKE_TOKEN }));
    const organiser = tg.u.person(ORGANISER);
    for (const g of [dropped, reached]) await tg.handle(tg.u.groupText(g, organiser, '/bind meituan-yangpu'));
    tg.api.dropAfter('sendMessage', { when: (p) => Number(p.chat_id) === dropped.id, times: 20 });
    await sendNoticeToAll(tg, organiser, '周五下午三点驿站有免费体检，请带工牌。');
    await tg.api.waitFor(
      'editMessageText',
      (p) => Number(p.chat_id) === ORGANISER && String(p.text).includes('已完成'),
    );
    // A rider of the group it reached says 收到.
    const copy = tg.api.lastMessage(reached.id)!;
    await tg.handle(tg.u.press(copy, tg.u.person(8801), buttonsOf(copy)[0]!.data!));
  }, 120_000);
  afterAll(async () => {
    await tgHttp?.close();
    await tg?.close();
  });

  async function signInTg(id: number, context: BrowserContextOptions = {}) {
    const page = await (await board.browser.newContext({ locale: 'zh-CN', ...context })).newPage();
    const initData = sign({ user: { id, first_name: '书记' } } as never, FAKE_TOKEN, new Date());
    await page.goto(`${tgBase}/board/tg#tgWebAppData=${encodeURIComponent(initData)}`);
    await page.waitForURL(`${tgBase}/board`);
    return page;
  }
  const cellsOf = async (page: Awaited<ReturnType<typeof signInTg>>, lang: string) => {
    await page.goto(`${tgBase}/board/notices?lang=${lang}`);
    // The app's one notice (in traditional characters on a zh-TW page).
    return page.locator('#coverage tbody tr').locator('td').allInnerTexts();
  };

  it('marks that group as unsure, not as one where nobody pressed 收到, and counts it beside the figure, in zh-CN, zh-TW and en', async () => {
    const page = await signInTg(ORGANISER);
    expect((await cellsOf(page, 'zh-CN')).slice(2)).toEqual([
      '1/1\n另有 1 个群发送时网络断了，无法确认是否收到（未计入）',
      '📶 发送时网络断了，无法确认是否收到：杨浦一群',
    ]);
    expect((await cellsOf(page, 'zh-TW')).slice(2)).toEqual([
      '1/1\n另有 1 個群發送時網路斷了，無法確認是否收到（未計入）',
      '📶 發送時網路斷了，無法確認是否收到：杨浦一群',
    ]);
    expect((await cellsOf(page, 'en')).slice(2)).toEqual([
      '1/1\n1 more group: the connection dropped while sending, so whether it arrived is not known (not counted)',
      '📶 the connection dropped while sending, whether it arrived is not known: 杨浦一群',
    ]);
    // Not silent either: whether it was asked anything is not known.
    expect(await page.locator('#silent').count()).toBe(0);

    // The branch's secretary sees the same on a phone's card, each line on the screen under its column's name.
    const phone = await signInTg(SECRETARY, {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto(`${tgBase}/board/notices`);
    const card = phone.locator('#coverage tbody tr');
    expect(await card.locator('td[data-label="有人收到的群"] .unsure-count').innerText()).toBe(
      '另有 1 个群发送时网络断了，无法确认是否收到（未计入）',
    );
    expect(await card.locator('td[data-label="无人收到的群"] .unsure').innerText()).toBe(
      '📶 发送时网络断了，无法确认是否收到：杨浦一群',
    );
    for (const line of [card.locator('.unsure-count'), card.locator('.unsure')]) {
      const box = (await line.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
  });

  it('a 收到 from that group shows the notice arrived: it is covered like any other, no longer marked', async () => {
    const copy = tg.api.lastMessage(dropped.id)!;
    await tg.handle(tg.u.press(copy, tg.u.person(8802), buttonsOf(copy)[0]!.data!));
    await waitFor(
      async () => Object.keys(await tg.app.deps.store.notices.ackCounts('n1')).length === 2,
      'both groups pressed 收到',
    );
    const page = await signInTg(ORGANISER);
    expect((await cellsOf(page, 'zh-CN')).slice(2)).toEqual(['2/2', '']);
    expect(await page.locator('#coverage .unsure, #coverage .unsure-count').count()).toBe(0);
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
