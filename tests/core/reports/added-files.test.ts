/**
 * Photos added to a ticket later reach the branch as pictures (found by QA: the triage chat read only "（附件 1 个）",
 * so the secretary could not see the screenshot the worker sent). They follow the relayed words, as the first
 * report's evidence photos follow its card.
 */
import { describe, expect, it } from 'vitest';
import { fileFrom, useReportsApp } from './drive.js';
import { linesIn, press } from './helpers.js';

const setup = useReportsApp({ bind: true });

describe('photos added after filing', () => {
  it('are posted in the triage chat after the words, as pictures the secretary can open', async () => {
    const id = await fileFrom(setup.app, 'rider-af1', 'riders-meituan', '站点押金500块辞职后一直不退', {
      anonymous: true,
    });
    await setup.app.type(':as rider-af1', ':dm', ':photo 押金收据', ':photo');
    await press(setup.app, 'rider-af1', `补充到 ${id}`);
    const triage = linesIn(setup.app, 'triage-meituan');
    const relay = triage.findIndex((l) => l.text.includes('报告人补充') && l.text.includes('押金收据'));
    expect(relay).toBeGreaterThanOrEqual(0);
    const photos = triage.slice(relay + 1).filter((l) => l.card?.photo);
    expect(photos).toHaveLength(2);
    expect(photos[0]!.text).toContain(`${id} 补充的照片 1/2`);
    expect(photos[1]!.text).toContain(`${id} 补充的照片 2/2`);
  });
});
