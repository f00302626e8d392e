/**
 * /ticket typed in a workers' group: the reporter was told their report "cannot be found" (alarming, and
 * wrong); now everyone there is sent to the private chat, the same words whatever the number.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { fileReport, lastTicketId, linesIn } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.type(':as org-li zh-CN', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
});
afterAll(async () => app.close());

describe('/ticket in a workers’ group', () => {
  it('the reporter is sent to the private chat, where the ticket shows', async () => {
    await fileReport(app, 'rider-tk1', '站长扣了我200块钱');
    const id = lastTicketId(app, 'rider-tk1');
    await app.type(':in riders-meituan', `/ticket ${id}`);
    const said = linesIn(app, 'riders-meituan').at(-1)!.text;
    expect(said).toContain('请在和我的私聊里使用');
    expect(said).not.toContain('找不到');
    expect(said).not.toContain('200');
    await app.type(':dm', `/ticket ${id}`);
    expect(linesIn(app, 'rider-tk1').at(-1)!.text).toContain(id);
  });

  it('someone else gets the same words, so the group learns nothing of the number', async () => {
    await app.type(':as rider-tk2 zh-CN', ':in riders-meituan', '/ticket JN-2026-000001');
    const real = linesIn(app, 'riders-meituan').at(-1)!.text;
    await app.type('/ticket JN-2026-999999');
    expect(linesIn(app, 'riders-meituan').at(-1)!.text).toBe(real);
  });
});

describe('/ticket with the number as a worker types it', () => {
  it('full-width characters, lower case or without the leading zeros still find the ticket', async () => {
    await fileReport(app, 'rider-tk3', '站长又扣了我50块钱');
    const id = lastTicketId(app, 'rider-tk3');
    const [prefix, year, seq] = id.split('-') as [string, string, string];
    const fullWidth = id.replace(/[A-Z0-9-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    for (const typed of [fullWidth, id.toLowerCase(), `${prefix}-${year}-${Number(seq)}`]) {
      await app.type(':as rider-tk3 zh-CN', ':dm', `/ticket ${typed}`);
      expect(linesIn(app, 'rider-tk3').at(-1)!.text).toContain(id);
    }
  });
});
