/**
 * One reader of Chinese numbers serves a pick from a numbered list ("第二个") and a notice's send time
 * ("十五号", "一个半小时后"): what either read before, it reads; a number nobody writes is refused, never
 * guessed.
 */
import { describe, expect, it } from 'vitest';
import { chineseNumber } from '../../src/core/chinese-number.js';
import { parseSendTime } from '../../src/core/notices/compose.js';
import { pickedNumber } from '../../src/core/stations/pick.js';
import { sh, TZ } from './lessons/fixtures.js';

describe('reading a Chinese number', () => {
  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['兩', 2],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['十五', 15],
    ['一十五', 15],
    ['二十', 20],
    ['两十', 20],
    ['二十三', 23],
    ['三十一', 31],
    ['九十九', 99],
    ['零', 0],
    ['〇', 0],
    ['3', 3],
    ['15', 15],
    ['02', 2],
  ])('%s is %i', (said, n) => {
    expect(chineseNumber(said)).toBe(n);
  });

  it.each(['', '二三', '二二', '十十', '二十两', '十零', '一百零八', '廿', '百', 'two', '３'])(
    '"%s" is no number it reads',
    (said) => {
      expect(chineseNumber(said)).toBeUndefined();
    },
  );
});

describe('the places that read them', () => {
  it('a pick from a list', () => {
    expect(pickedNumber('第十二个')).toBe(12);
    expect(pickedNumber('两号')).toBe(2);
    expect(pickedNumber('二三')).toBeUndefined();
  });

  // Saturday 5 December 2026, 17:01 in Shanghai.
  const SAT_1701 = sh(2026, 12, 5, 17, 1);
  it.each<[string, number]>([
    ['十五号下午3点', sh(2026, 12, 15, 15)],
    ['二十三号上午10点', sh(2026, 12, 23, 10)],
    ['两个半小时后', sh(2026, 12, 5, 19, 31)],
    ['零个半小时后', sh(2026, 12, 5, 17, 31)],
  ])('a send time: %s', async (said, at) => {
    expect(await parseSendTime(said, SAT_1701, TZ)).toEqual({ ok: true, at });
  });

  // Read before as the 2nd (of next month), the 10th, and half an hour from now.
  it.each(['二三号下午3点', '十十号下午3点', '二二个半小时后'])(
    'a send time with a number nobody writes is refused: %s',
    async (said) => {
      expect(await parseSendTime(said, SAT_1701, TZ)).toEqual({ ok: false, error: 'bad' });
    },
  );
});
