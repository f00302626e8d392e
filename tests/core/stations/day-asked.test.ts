/**
 * A named station asked about a day or its hours (QA stop 32, item 4): "金融高新区骑手之家周日开门吗" on a Saturday got
 * only "🟢 营业中，到 18:00", and the rider would have ridden there on Sunday, when it is closed. Now the day asked is
 * answered (closed said plainly) with the week's hours, in zh-CN, zh-TW and English, on any pack; "明天呢" right after
 * is asked of the same station.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askedDay } from '../../../src/core/stations/asked-day.js';
import { startHarness, type FaqHarness } from '../faq/harness.js';

const NANHAI = resolve(import.meta.dirname, '../../../packs/nanhai');
/** Saturday 5 December 2026, 14:40 in Shanghai (as QA's console clock). */
const SATURDAY = '2026-12-05T06:40:00Z';

const text = (h: FaqHarness) =>
  h
    .take()
    .map((l) => l.text ?? '')
    .join('\n');

describe('the day a question asks about', () => {
  it.each([
    ['金融高新区骑手之家周日开门吗', { weekday: 'sun' }],
    ['礼拜六开到几点', { weekday: 'sat' }],
    ['星期天有开吗', { weekday: 'sun' }],
    ['下周一开吗', { weekday: 'mon', nextWeek: true }],
    ['周末开不开', { weekend: true }],
    ['明天呢', { offset: 1 }],
    ['晚上开不开', { offset: 0, evening: true }],
    ['is it open on sunday', { weekday: 'sun' }],
    ['what about tomorrow', { offset: 1 }],
    // the last day said is the one asked: a follow-up after the first question
    ['金融高新区骑手之家周日开门吗 明天呢', { offset: 1 }],
  ])('%s', (q, day) => {
    expect(askedDay(q)).toMatchObject(day);
  });

  it('none in a question about no day', () => {
    expect(askedDay('千灯湖驿站有厕所吗')).toBeUndefined();
  });
});

describe('a named station asked about a day', () => {
  let h: FaqHarness;
  beforeAll(async () => {
    h = await startHarness({ contentDir: NANHAI, now: SATURDAY });
  });
  afterAll(async () => {
    await h.close();
  });

  it('closed on the day asked is said plainly, with the week’s hours', async () => {
    await h.type(':dm', ':as rider-d1 zh-CN', '金融高新区骑手之家周日开门吗');
    const card = text(h);
    expect(card).toContain('明天（周日）：休息，不开门');
    expect(card).toContain('周六 09:00–18:00；周日 休息');
  });

  it('"几点开门" by an alias gives the week’s hours', async () => {
    await h.type(':dm', ':as rider-d2 zh-CN', '海八路骑手之家几点开门');
    expect(text(h)).toContain('营业时间：周一至周五 08:00–21:00；周六 09:00–18:00；周日 休息');
  });

  it('"明天呢" right after is asked of the same station', async () => {
    await h.type(':dm', ':as rider-d3 zh-CN', '金融高新区骑手之家礼拜六开到几点');
    expect(text(h)).toContain('今天（周六）：09:00–18:00');
    await h.type('明天呢');
    const next = text(h);
    expect(next).toContain('金融高新区骑手之家');
    expect(next).toContain('明天（周日）：休息，不开门');
  });

  it('the evening: not open after it closes at 18:00', async () => {
    await h.type(':dm', ':as rider-d4 zh-CN', '金融高新区骑手之家晚上开吗');
    expect(text(h)).toContain('晚上不开，18:00 关门');
  });

  it('in English and in traditional script', async () => {
    await h.type(':dm', ':as rider-d5 en', 'is the rider home at Jinrong open on Sunday');
    expect(text(h)).toContain('Tomorrow (Sunday): closed');
    await h.type('what about monday');
    expect(text(h)).toContain('The day after tomorrow (Monday): 08:00–21:00');
    await h.type(':as rider-d6 zh-TW', '金融高新區騎手之家星期天有開嗎');
    expect(text(h)).toContain('明天（週日）：休息，不開門');
  });

  it('a weekday open all week gets its hours, not a closure', async () => {
    await h.type(':dm', ':as rider-d7 zh-CN', '千灯湖暖心驿站周日几点开门');
    const card = text(h);
    expect(card).toContain('明天（周日）：07:00–22:00');
    expect(card).not.toContain('不开门');
  });
});

describe('on another pack (杨浦)', () => {
  let h: FaqHarness;
  beforeAll(async () => {
    h = await startHarness({ now: SATURDAY });
  });
  afterAll(async () => {
    await h.close();
  });

  it('控江路 is closed on Sundays: said for 星期天', async () => {
    await h.type(':dm', ':as rider-d8 zh-CN', '控江路社区暖心驿站星期天开不开');
    expect(text(h)).toContain('明天（周日）：休息，不开门');
  });
});
