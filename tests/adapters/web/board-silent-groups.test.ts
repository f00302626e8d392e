/**
 * The board's "沉默的群" (orgmonth, week 1): a group no notice asking for 收到 and no lesson had reached was listed
 * as silent beside groups that ignored what they got, as if its workers ignored the district. Silent now means
 * asked and unanswered; a group sent nothing is named apart, as not reached, until something reaches it.
 * Real app (console), real Redis, the real delivery engine, chromium.
 */
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { press } from '../../core/reports/helpers.js';
import { delivered } from '../../core/lessons/fixtures.js';
import { useBoard } from './browser.js';

/** Three bound groups; a notice to the food-delivery groups only, with its 收到 button, pressed in 美团骑手群. */
async function noticeToDelivery(app: TestApp): Promise<void> {
  app.app.deps.delivery.start(['console']);
  await app.type(':as org-li', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
  await app.type(':in riders-eleme 饿了么骑手群', '/bind eleme-yangpu');
  await app.type(':in trucks-huolala 货拉拉司机群', '/bind huolala-yangpu');
  await app.type(':dm', '/notice 本周六驿站免费体检，请带身份证。');
  await press(app, 'org-li', '按行业');
  await press(app, 'org-li', '外卖 (2)');
  await press(app, 'org-li', '下一步');
  await press(app, 'org-li', '确认发送');
  await delivered(app, 'notice:n1');
  const copy = app.console.transcript.find(
    (l) => l.to.chatId === 'riders-meituan' && l.text.includes('体检'),
  )!;
  await app.type(':as rider-1', ':in riders-meituan', `:press 1 ${copy.id}`);
}

const board = useBoard({ before: noticeToDelivery });

describe('silent groups on the board', () => {
  it('are the groups asked and unanswered; a group sent nothing is named apart until a lesson reaches it', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board/notices`);
    const silent = (await page.textContent('#silent'))!;
    expect(silent).toContain('饿了么骑手群');
    expect(silent).not.toContain('美团骑手群');
    expect(silent).not.toContain('货拉拉司机群');
    expect(await page.textContent('#unreached')).toBe(
      '近期没有发过要点「收到」的通知、也没有推送过微课的群（不算沉默）：货拉拉司机群',
    );

    // A lesson reaches the trucks' group and nobody answers its quiz: now it is silent.
    await board.app.type(':as driver-1', ':in trucks-huolala', '/lesson');
    await page.goto(`${board.base}/board/notices?lang=en`);
    expect(await page.textContent('#silent')).toContain('货拉拉司机群');
    expect(await page.locator('#unreached').count()).toBe(0);
  });
});
