/**
 * An organiser's notice half-set-up, then /notice again (or /notices to check the list): the typed
 * notice was thrown away unsaid. Now it is kept, and a second /notice asks before dropping it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { linesIn, press } from '../reports/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await app.type(':as org-li zh-CN', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
});
afterAll(async () => app.close());

describe('/notice while a notice is being set up', () => {
  it('/notices in between keeps it: the audience card above still works', async () => {
    await app.type(':as org-li zh-CN', ':dm', '/notice', '明天下午两点驿站有免费体检');
    await app.type('/notices');
    expect(app.take().join('\n')).toContain('您写好的通知还在');
    await press(app, 'org-li', '全部群');
    await press(app, 'org-li', '下一步');
    expect(linesIn(app, 'org-li').at(-1)!.text).toContain('发送设置');
  });

  it('a second /notice asks, and "start again" drops the old one', async () => {
    await app.type(':as org-li zh-CN', ':dm', '/cancel', '/notice', '周五驿站停水一天');
    app.take();
    await app.type('/notice');
    const asked = linesIn(app, 'org-li').at(-1)!;
    expect(asked.text).toContain('还有一条没发出的通知');
    expect(asked.text).toContain('周五驿站停水一天');
    await press(app, 'org-li', '重新写');
    expect(linesIn(app, 'org-li').at(-1)!.text).toContain('请发送通知内容');
  });
});
