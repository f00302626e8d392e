/**
 * The board speaks of a ticket's chat in its platform's word (stop 38 left 群 for Slack): a Slack report's page says
 * 频道 where a Telegram one says 群. In Debian's chromium, signed in with the link /waystation board sends.
 */
import { describe, expect, it } from 'vitest';
import { createSlackTestApp } from '../../helpers/fake-slack-api.js';
import { useBoard } from '../web/browser.js';
import { bindRiders, submitReport } from '../../core/reports/slack-loop.js';

const secretary = { id: 'U07MTSEC001', name: '王书记' };
const worker = { id: 'U0BOARDWK2', name: '小吴' };

const board = useBoard({ start: () => createSlackTestApp() });

const shown = (m: { text?: string; blocks?: unknown } | undefined) =>
  `${m?.text ?? ''}${JSON.stringify(m?.blocks ?? [])}`;

describe("a Slack report's page on the board", () => {
  it('says 频道 for the channel its card is in', async () => {
    const t = board.app;
    await bindRiders(t);
    await submitReport(t, worker, { words: '站点门口的地锁把车卡坏了', category: 'other' });
    const id = /([A-Z]+-\d{4}-\d+)/.exec(shown(t.api.lastMessage(t.api.imOf(worker.id))))![1]!;

    await t.command(t.p.command(secretary, '/waystation', 'board', { channel: t.api.imOf(secretary.id) }));
    await t.settle();
    const secret = /login\?t=([A-Za-z0-9_-]+)/.exec(shown(t.api.lastMessage(t.api.imOf(secretary.id))))![1];
    const page = await (await board.browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(`${board.base}/board/login?t=${secret}`);
    await page.goto(`${board.base}/board/t/${id}`);
    await page.click('form[action$="/claim"] button');
    await expect.poll(() => page.textContent('#done')).toBe('✅ 已完成，频道里的卡片已同步更新。');
  });
});
