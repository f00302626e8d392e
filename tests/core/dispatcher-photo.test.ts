/**
 * A photo sent to the bot in private with no words (a broken manhole cover, a fine slip): it was met
 * with "I didn't quite get that"; now it is kept and offered as a report in one tap (QA15: it used to ask
 * the worker to send /report and then the photo again).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('a photo alone in private', () => {
  it('offers to report it and says to write a question down, in the worker’s language', async () => {
    await app.type(':as rider-ph1 zh-CN', ':dm', ':photo');
    const said = app.take().join('\n');
    expect(said).toContain('反映给支部');
    expect(said).toContain('用文字写下来');
    expect(said).not.toContain('我没太明白');
    await app.type(':as rider-ph2 en', ':dm', ':photo');
    expect(app.take().join('\n')).toContain('report this to the branch');
  });
});
