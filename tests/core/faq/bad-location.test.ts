/**
 * A location that cannot be real (latitude 91, longitude 200) was answered "that location looks wrong
 * (0,0)" — coordinates the worker never sent. Now the reply just says it looks wrong.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('an impossible location', () => {
  it('is called wrong without inventing coordinates, in every language', async () => {
    for (const [user, lang, words] of [
      ['rider-bl1', 'zh-CN', '位置好像不对'],
      ['rider-bl2', 'zh-TW', '位置好像不對'],
      ['rider-bl3', 'en', 'location looks wrong'],
    ] as const) {
      await app.type(`:as ${user} ${lang}`, ':dm', ':loc 91 200');
      const said = app.take().join('\n');
      expect(said).toContain(words);
      expect(said).not.toContain('0,0');
    }
  });
});
