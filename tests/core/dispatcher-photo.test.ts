/**
 * A photo sent to the bot in private with no words (a broken manhole cover, a fine slip): it was met
 * with "I didn't quite get that"; now the worker hears how to report it, the photo going with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('a photo alone in private', () => {
  it('points to /report and to writing the question down, in the worker’s language', async () => {
    await app.type(':as rider-ph1 zh-CN', ':dm', ':photo');
    const said = app.take().join('\n');
    expect(said).toContain('/report');
    expect(said).toContain('照片');
    expect(said).not.toContain('我没太明白');
    await app.type(':as rider-ph2 en', ':dm', ':photo');
    expect(app.take().join('\n')).toMatch(/photo.*\/report|\/report.*photo/s);
  });
});
