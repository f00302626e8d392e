/** Lesson schedules as people read them, in each locale; shapes without simple words stay as cron. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadI18n } from '../../../src/core/i18n.js';
import type { Locale } from '../../../src/core/content/schema.js';
import { cronInWords as inWords } from '../../../src/core/lessons/cron-words.js';

// The words come from the locales (time.ftl), as a reader of each gets them.
const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));
const cronInWords = (cron: string, locale: Locale) =>
  inWords(cron, (id, args) => i18n.t(locale, id, args), locale);

describe('cronInWords', () => {
  it('reads the pack’s schedule shapes in zh-CN, zh-TW and en', () => {
    const cases: [string, string, string, string][] = [
      ['0 10,15 * * 1-5', '工作日 10:00、15:00', '工作日 10:00、15:00', 'Weekdays at 10:00 and 15:00'],
      ['0 16 * * 6', '每周六 16:00', '每週六 16:00', 'Saturdays at 16:00'],
      ['30 14 * * 2,4', '每周二和周四 14:30', '每週二和週四 14:30', 'Tuesdays and Thursdays at 14:30'],
      ['30 12 * * *', '每天 12:30', '每天 12:30', 'Every day at 12:30'],
      ['0 9 * * 0,6', '周末 09:00', '週末 09:00', 'Weekends at 09:00'],
      // A season across the new year, as chaoyang's winter-riders (QA4 #15 saw the expression raw).
      [
        '15 10 * 11,12,1,2 2,5',
        '11、12、1、2月 每周二和周五 10:15',
        '11、12、1、2月 每週二和週五 10:15',
        'Tuesdays and Fridays at 10:15, in Nov, Dec, Jan, and Feb',
      ],
      [
        '0 9 * 6-8 *',
        '6、7、8月 每天 09:00',
        '6、7、8月 每天 09:00',
        'Every day at 09:00, in Jun, Jul, and Aug',
      ],
    ];
    for (const [cron, cn, tw, en] of cases) {
      expect(cronInWords(cron, 'zh-CN')).toBe(cn);
      expect(cronInWords(cron, 'zh-TW')).toBe(tw);
      expect(cronInWords(cron, 'en')).toBe(en);
    }
  });

  it('leaves other shapes to the expression itself', () => {
    for (const cron of ['*/5 * * * *', '0 9 1 * *', '0 9 * 13 *', '0 * * * *'])
      expect(cronInWords(cron, 'zh-CN')).toBeUndefined();
  });
});
