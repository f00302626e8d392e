/**
 * `normalize` has a fast path for text made only of ASCII, CJK ideographs, common punctuation and
 * full-width ASCII (it skips NFKC and two regex passes, which matters for a 10,000-entry build). It must
 * give exactly what the full path gives: checked for every UTF-16 unit, alone and between other text.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../src/core/faq/normalize.js';

/** The full path before OpenCC (as normalize.ts had it before the fast path). */
const full = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('normalize', () => {
  it('gives the full path’s result for every UTF-16 unit, alone and in context', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const text of [ch, `体${ch}检`, ` A${ch}${ch}b `]) {
        // normalize(full(x)) is the full path followed by OpenCC (full(x) is already canonical).
        if (normalize(text) !== normalize(full(text))) wrong.push(c.toString(16));
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still folds width and case and drops punctuation', () => {
    expect(normalize('ＡＢＣ１２３，骑手！！Hello World？')).toBe('abc123 骑手 hello world');
    expect(normalize('有沒有免費充電的地方？？')).toBe('有没有免费充电的地方');
  });
});
