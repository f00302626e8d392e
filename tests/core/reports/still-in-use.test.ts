/**
 * A hazard still in use (stop 39): "sparking, people are still charging" was 🟢 in English, because still-in-use was
 * recognised in Chinese only (大家还在那充电). The worker writing in English or in Traditional Chinese now sees the same
 * 🟠 the Chinese wording gets; a fault nobody uses, or a phone that is merely still charging, stays as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { linesIn } from './helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

/** The proposal a worker is shown for `text`. */
async function proposal(user: string, text: string): Promise<string> {
  await app.type(`:as ${user}`, ':dm', '/report', text);
  const said = linesIn(app, user.split(' ')[0]!).at(-1)!.text;
  await app.type('/cancel');
  return said;
}

describe('a hazard people still use is urgent in every language', () => {
  it('English: still charging, keep using it, still in use', async () => {
    for (const [i, text] of [
      'sparking, people are still charging',
      'The charging cabinet at the station is sparking, people are still charging',
      'the power strip is sparking and riders keep using it',
    ].entries())
      expect(await proposal(`rider-su${i} en`, text)).toContain('urgency: 🟠 urgent');
  });

  it('Traditional Chinese: 還在繼續充電, 還有人在使用, 照樣插著充', async () => {
    for (const [i, text] of [
      '充電櫃一直冒火花 大家還在繼續充電',
      '插座會冒火花 還有人在使用',
      '充電樁打火花 還是有人照樣插著充',
    ].entries())
      expect(await proposal(`rider-st${i} zh-TW`, text)).toContain('緊急程度：🟠 緊急');
  });

  it('not a hazard in use: a phone still charging stays an ordinary report', async () => {
    expect(await proposal('rider-sn1 en', 'my phone is still charging and the app will not open')).toContain(
      'urgency: 🟢',
    );
  });
});
