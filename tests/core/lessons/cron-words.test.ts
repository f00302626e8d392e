/** Lesson schedules as people read them, in each locale; shapes without simple words stay as cron. */
import { describe, expect, it } from 'vitest';
import { cronInWords } from '../../../src/core/lessons/cron-words.js';

describe('cronInWords', () => {
  it('reads the pack’s schedule shapes in zh-CN, zh-TW and en', () => {
    const cases: [string, string, string, string][] = [
      ['0 10,15 * * 1-5', '工作日 10:00、15:00', '工作日 10:00、15:00', 'Weekdays at 10:00 and 15:00'],
      ['0 16 * * 6', '每周六 16:00', '每週六 16:00', 'Saturdays at 16:00'],
      ['30 14 * * 2,4', '每周二和周四 14:30', '每週二和週四 14:30', 'Tuesdays and Thursdays at 14:30'],
      ['30 12 * * *', '每天 12:30', '每天 12:30', 'Every day at 12:30'],
      ['0 9 * * 0,6', '周末 09:00', '週末 09:00', 'Weekends at 09:00'],
    ];
    for (const [cron, cn, tw, en] of cases) {
      expect(cronInWords(cron, 'zh-CN')).toBe(cn);
      expect(cronInWords(cron, 'zh-TW')).toBe(tw);
      expect(cronInWords(cron, 'en')).toBe(en);
    }
  });

  it('leaves other shapes to the expression itself', () => {
    for (const cron of ['*/5 * * * *', '0 9 1 * *', '0 9 * 3 *', '0 * * * *'])
      expect(cronInWords(cron, 'zh-CN')).toBeUndefined();
  });
});
