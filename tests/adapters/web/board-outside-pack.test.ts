/**
 * QA21 #6 on the board: a new pack drops a branch that still has an open ticket. /queue in the chat has a row for
 * such tickets; the board's queue gave organisers no view of them (it lists the pack's branches). Now the queue says
 * how many there are and offers them as a branch filter, "不在问答包中的支部", from which an organiser opens the ticket
 * and transfers it. A secretary is never offered it. Real app (console), real Redis, chromium.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { bindGroups, fileFrom } from '../../core/reports/drive.js';
import { useBoard } from './browser.js';

const GONE = 'eleme-yangpu';

/** v2 of the sample pack: the Ele.me branch removed, its stations given to the Meituan branch. */
function packV2(): string {
  const d = mkdtempSync(join(tmpdir(), 'ws-board-v2-'));
  cpSync(SAMPLE_PACK, d, { recursive: true });
  const edit = (file: string, f: (s: string) => string) =>
    writeFileSync(join(d, file), f(readFileSync(join(d, file), 'utf8')));
  edit('branches.yaml', (s) => {
    const start = s.indexOf(`  - id: ${GONE}`);
    return s.slice(0, start) + s.slice(s.indexOf('  # ---- express delivery', start));
  });
  edit('stations.yaml', (s) => s.replaceAll(`branch: ${GONE}`, 'branch: meituan-yangpu'));
  return d;
}

let id: string;
let dir: string;

const board = useBoard({
  before: async (app) => {
    await bindGroups(app);
    id = await fileFrom(app, 'rider-g1', 'riders-eleme', '站长扣了我两百块说我超时，我根本没超时');
    expect((await app.app.deps.store.tickets.get(id))?.branch).toBe(GONE);
    // The pack is edited while the bot runs: the watcher's live reload.
    dir = packV2();
    app.app.deps.content.replace(await loadContentPack(dir));
  },
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const branchOptions = (page: Page) =>
  page.locator('select[name="branch"] option').evaluateAll((os) => os.map((o) => o.textContent ?? ''));

describe('tickets in a branch the pack no longer has, on the board (QA21 #6)', () => {
  it('an organiser is told of them, lists them by a filter of their own and transfers one', async () => {
    const page = await board.signIn('org-li');
    await page.goto(`${board.base}/board`);
    // Not in the district's list, but said above it, with the way to them.
    expect(await page.locator(`tr[data-ticket="${id}"]`).count()).toBe(0);
    expect(await page.textContent('#gone')).toContain('1 件未办结的反映所在的支部已不在问答包中');
    expect(await branchOptions(page)).toContain('不在问答包中的支部 (1)');

    await page.getByRole('link', { name: '查看并转派' }).click();
    await page.waitForURL(/branch=~gone/);
    const row = page.locator(`#queue tr[data-ticket="${id}"]`);
    expect(await row.locator('.q-br').textContent()).toBe('饿了么杨浦骑手支部（已移除）');
    expect(await page.locator('select[name="branch"]').inputValue()).toBe('~gone');
    expect(await page.locator('#gone').count()).toBe(0);

    await row.getByRole('link', { name: id }).click();
    // The ticket keeps the list it was opened from (its way back, and the page after the transfer).
    await page.waitForURL(new RegExp(`/board/t/${id}\\?from=branch%3D`));
    const transfer = page.locator('form[action$="/transfer"]');
    await transfer.locator('select').selectOption('meituan-yangpu');
    await transfer.locator('textarea').fill('饿了么支部并入美团支部');
    await transfer.locator('button').click();
    await page.waitForURL(/\/board\?moved=.*&branch=(~|%7E)gone$/);
    expect(await page.textContent('#done')).toBe(
      `✅ ${id} 已转派给 美团外卖杨浦骑手支部，群里的卡片已同步更新。`,
    );
    expect((await board.app.app.deps.store.tickets.get(id))?.branch).toBe('meituan-yangpu');
    // Nothing is left outside the pack: no note; the ticket is in the district's list, under its new branch.
    expect(await page.locator('#gone').count()).toBe(0);
    await page.goto(`${board.base}/board`);
    expect(await page.locator(`#queue tr[data-ticket="${id}"] .q-br`).textContent()).toBe(
      '美团外卖杨浦骑手支部',
    );
    await page.context().close();
  });

  it('a secretary is offered nothing of it, and the address alone is refused as a filter', async () => {
    const page = await board.signIn('sec-meituan');
    await page.goto(`${board.base}/board`);
    expect(await page.locator('#gone').count()).toBe(0);
    expect((await branchOptions(page)).join()).not.toContain('不在问答包中');
    expect((await page.goto(`${board.base}/board?branch=~gone`))!.status()).toBe(400);
    expect(await page.textContent('#filter-error')).toContain('~gone');
    await page.context().close();
  });
});
