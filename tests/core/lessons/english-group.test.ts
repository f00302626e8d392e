/**
 * QA12: an English group gets a lesson the pack wrote only in Chinese as it is (there is no machine
 * translation), and is told so under the header; a lesson with an English version carries no such note.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sentTo } from './fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a lesson in an English group', () => {
  it('says when it is in Chinese only', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-en', 'riders-test en');
    await t.type(':as org-test', ':in riders-en', '/lesson');
    const written = sentTo(t, 'riders-en').at(-1)!.text;
    expect(written).toContain('Safety first · lesson 1 of 3');
    expect(written).toContain('Wear your helmet');
    expect(written).not.toContain('in Chinese');

    await t.type('/lesson');
    const chinese = sentTo(t, 'riders-en').at(-1)!.text;
    expect(chinese).toContain(
      'Safety first · lesson 2 of 3\n(This lesson is available in Chinese only.)\n不闯红灯',
    );
  });
});
