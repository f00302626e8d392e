/**
 * A 2,000-character message sent to the bot in private was told "to report a problem, message me
 * privately" — where the worker already was. Then it pointed to /report; since stop 32 a button carries the words
 * into a report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('a very long message', () => {
  it('in private is offered to report it with its words, not told to write privately', async () => {
    const long = '站长天天扣我们的钱，'.repeat(200);
    for (const [user, lang, privately] of [
      ['rider-lq1', 'zh-CN', '私聊'],
      ['rider-lq2', 'zh-TW', '私訊'],
      ['rider-lq3', 'en', 'privately'],
    ] as const) {
      await app.type(`:as ${user} ${lang}`, ':dm', long);
      const said = app.take().join('\n');
      const last = app.console.transcript.filter((l) => l.to.chatId === user).at(-1)!;
      expect(last.choices.join(' ')).toMatch(/📝/);
      expect(said).not.toContain(privately);
    }
  });
});
