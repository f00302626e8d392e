/**
 * Photos added to a ticket later reach the branch as pictures (found by QA: the triage chat read only "（附件 1 个）",
 * so the secretary could not see the screenshot the worker sent). They follow the relayed words, as the first
 * report's evidence photos follow its card.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { bindGroups, fileFrom } from './drive.js';
import { clock, linesIn, press, T0 } from './helpers.js';

let app: TestApp;
const c = clock();

beforeAll(async () => {
  app = await createTestApp({ now: c.now });
  await bindGroups(app);
});
afterAll(async () => app.close());
beforeEach(() => {
  c.set(T0);
  app.take();
});

describe('photos added after filing', () => {
  it('are posted in the triage chat after the words, as pictures the secretary can open', async () => {
    const id = await fileFrom(app, 'rider-af1', 'riders-meituan', '站点押金500块辞职后一直不退', {
      anonymous: true,
    });
    await app.type(':as rider-af1', ':dm', ':photo 押金收据', ':photo');
    await press(app, 'rider-af1', `补充到 ${id}`);
    const triage = linesIn(app, 'triage-meituan');
    const relay = triage.findIndex((l) => l.text.includes('回复') && l.text.includes('押金收据'));
    expect(relay).toBeGreaterThanOrEqual(0);
    const photos = triage.slice(relay + 1).filter((l) => l.card?.photo);
    expect(photos).toHaveLength(2);
    expect(photos[0]!.text).toContain(`${id} 补充的照片 1/2`);
    expect(photos[1]!.text).toContain(`${id} 补充的照片 2/2`);
  });
});
