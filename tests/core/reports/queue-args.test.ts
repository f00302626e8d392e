/**
 * /queue with a branch that does not exist: the secretary is shown the branches they can open, not a
 * "choose one of:" followed by nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { linesIn, press } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('/queue with a wrong branch', () => {
  it('a secretary is offered their own branch, and one tap opens its queue', async () => {
    await app.type(':as sec-meituan zh-CN', ':dm', '/queue meituan');
    const reply = linesIn(app, 'sec-meituan').at(-1)!;
    expect(reply.text).toContain('没有找到支部“meituan”');
    expect(reply.choices).toEqual([expect.stringContaining('美团外卖杨浦骑手支部')]);
    await press(app, 'sec-meituan', '美团外卖杨浦骑手支部');
    expect(linesIn(app, 'sec-meituan').at(-1)!.text).toContain('美团外卖杨浦骑手支部 · 待办问题');
  });

  it('an organiser is offered every branch and the district view, in English too', async () => {
    await app.type(':as org-li en', ':dm', '/queue 99999');
    const reply = linesIn(app, 'org-li').at(-1)!;
    expect(reply.text).toContain('No branch called "99999"');
    expect(reply.choices.join('\n')).toContain('District overview');
    expect(reply.choices.join('\n')).toContain("Meituan Delivery Riders' Branch");
  });
});
