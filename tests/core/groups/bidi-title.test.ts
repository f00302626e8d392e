/**
 * A group titled with a right-to-left override ("\u202e群手骑团美") showed reversed where organisers read group
 * names (the notice's group picker, lists of groups that did or did not get a notice), and reversed what followed it
 * on the line. Names and titles now lose bidirectional controls on arrival, as typed text does (QA30).
 * Real app, console, real Redis.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { cleanLabel } from '../../../src/core/text.js';
import { boardPage } from '../reports/drive.js';
import { typePinnedWithEnd } from '../notices/helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('a group title with bidirectional controls', () => {
  it('reads on the board without them where an organiser sees which groups a notice reached', async () => {
    await app.type(':as org-li', ':in riders-rlo \u202e群手骑团美\u202c', '/bind meituan-yangpu');
    // The delivery engine is not started: the copy is still waiting when the notice's end comes.
    await typePinnedWithEnd(app, '本周驿站体检，带上工牌。');
    await app.app.notices.tick(Date.now() + 3 * 3_600_000);
    const page = await boardPage(app, 'org-li', '/board/notices');
    expect(page).toContain('群手骑团美');
    // Before: the override came through, and the rest of the cell read backwards.
    expect(page).not.toMatch(BIDI);
  });

  it('a name keeps its emoji joiners and loses only the controls', () => {
    expect(cleanLabel('\u202e李四\u202c 👨\u200d🔧')).toBe('李四 👨\u200d🔧');
    expect(cleanLabel('\u2067\u2069')).toBeUndefined();
  });
});
