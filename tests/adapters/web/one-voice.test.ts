/**
 * A select's options on an English page, each in one language (docs/board.md "One voice per option"): an option's
 * whole text takes one `lang`, so an area is its reading alone — unless two areas read the same, which keep their
 * Chinese so an English reader can tell them apart.
 */
import { describe, expect, it } from 'vitest';
import { oneVoice } from '../../../src/adapters/web/shell.js';
import { placeName, placeReading } from '../../../src/core/stations/reading.js';

const options = (areas: string[]) =>
  oneVoice(areas.map((a) => ({ value: a, alone: placeReading(a, 'en'), both: placeName(a, 'en') })));

describe('an area in an English page’s select', () => {
  it('is its reading alone, in the page’s voice', () => {
    expect(options(['五角场', '国定路'])).toEqual([
      ['五角场', 'Wujiaochang'],
      ['国定路', 'Guoding Lu'],
    ]);
  });

  it('keeps its Chinese when another area reads the same', () => {
    expect(options(['长阳路', '常阳路', '国定路'])).toEqual([
      ['长阳路', '长阳路 (Changyang Lu)'],
      ['常阳路', '常阳路 (Changyang Lu)'],
      ['国定路', 'Guoding Lu'],
    ]);
  });

  it('is the name as ever on a Chinese page', () => {
    expect(placeReading('五角场', 'zh-TW')).toBe('五角場');
    expect(placeReading('五角场', 'zh-CN')).toBe('五角场');
  });
});
