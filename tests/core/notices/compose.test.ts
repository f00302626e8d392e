/**
 * What an organiser types for a notice: language blocks and send times.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadI18n } from '../../../src/core/i18n.js';
import {
  noticeCard,
  parseNoticeText,
  parseSendTime,
  previewLocales,
  NOTICE_MAX_CHARS,
} from '../../../src/core/notices/compose.js';
import { plainText } from '../../../src/core/card.js';
import { MONDAY_10, sh, TZ } from '../lessons/fixtures.js';

const i18n = loadI18n(resolve(import.meta.dirname, '../../../locales'));

describe('parseNoticeText', () => {
  it('splits [en] and [zh-TW] blocks off the main text', () => {
    expect(parseNoticeText('明天封路\n请绕行\n[en]\nRoad closed tomorrow\n[zh-TW] 明天封路，請繞行')).toEqual(
      {
        ok: true,
        main: '明天封路\n请绕行',
        variants: { en: 'Road closed tomorrow', 'zh-TW': '明天封路，請繞行' },
      },
    );
    expect(parseNoticeText('  只有中文  ')).toEqual({ ok: true, main: '只有中文', variants: {} });
    // Only tagged blocks: zh-CN (or the first) becomes the main text.
    expect(parseNoticeText('[zh-CN] 中文\n[EN] English')).toEqual({
      ok: true,
      main: '中文',
      variants: { en: 'English' },
    });
  });

  it('refuses empty text, an empty block and text over the limit', () => {
    expect(parseNoticeText('   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseNoticeText('中文\n[en]\n')).toEqual({ ok: false, error: 'variant-empty', locale: 'en' });
    expect(parseNoticeText('字'.repeat(NOTICE_MAX_CHARS + 1))).toMatchObject({
      ok: false,
      error: 'too-long',
      length: NOTICE_MAX_CHARS + 1,
    });
  });
});

describe('parseSendTime (BOT_TIMEZONE)', async () => {
  it('reads HH:MM as today, or tomorrow once it has passed, and a full date', async () => {
    expect(await parseSendTime('16:30', MONDAY_10, TZ)).toEqual({ ok: true, at: sh(2026, 3, 2, 16, 30) });
    expect(await parseSendTime('9:05', MONDAY_10, TZ)).toEqual({ ok: true, at: sh(2026, 3, 3, 9, 5) });
    expect(await parseSendTime('16：30', MONDAY_10, TZ)).toEqual({ ok: true, at: sh(2026, 3, 2, 16, 30) });
    expect(await parseSendTime('2026-03-05 09:00', MONDAY_10, TZ)).toEqual({
      ok: true,
      at: sh(2026, 3, 5, 9),
    });
  });

  it('reads times as people say them, in Chinese (both scripts) and English', async () => {
    const cases: [string, number][] = [
      ['明天早上九点', sh(2026, 3, 3, 9)],
      ['周五下午三点', sh(2026, 3, 6, 15)],
      ['週五下午三點', sh(2026, 3, 6, 15)],
      ['今晚8点', sh(2026, 3, 2, 20)],
      ['后天 14:30', sh(2026, 3, 4, 14, 30)],
      ['in 2 hours', sh(2026, 3, 2, 12)],
      ['tomorrow 9am', sh(2026, 3, 3, 9)],
      ['Friday 3pm', sh(2026, 3, 6, 15)],
    ];
    for (const [said, at] of cases)
      expect(await parseSendTime(said, MONDAY_10, TZ), said).toEqual({ ok: true, at });
  });

  // QA4 #1: on a UTC server "2分钟后" came out 12-06 09:03 instead of 12-05 17:03. This runs in the test
  // process's own zone (UTC in CI and in the Docker image), the next test in two others.
  const SAT_1701 = sh(2026, 12, 5, 17, 1);
  const relative: [string, number][] = [
    ['2分钟后', sh(2026, 12, 5, 17, 3)],
    ['两分钟后', sh(2026, 12, 5, 17, 3)],
    ['10分钟后', sh(2026, 12, 5, 17, 11)],
    ['半小时后', sh(2026, 12, 5, 17, 31)],
    ['两小时后', sh(2026, 12, 5, 19, 1)],
    ['一个半小时后', sh(2026, 12, 5, 18, 31)],
    ['兩小時後', sh(2026, 12, 5, 19, 1)],
    ['in 2 minutes', sh(2026, 12, 5, 17, 3)],
    ['下月3日10点', sh(2027, 1, 3, 10)],
    ['20号下午3点', sh(2026, 12, 20, 15)],
    ['本月31号9:00', sh(2026, 12, 31, 9)],
    ['3号上午10点', sh(2027, 1, 3, 10)],
    ['明天早上九点', sh(2026, 12, 6, 9)],
    ['12月8日下午2点', sh(2026, 12, 8, 14)],
  ];
  it('reads relative and day-of-month times in the district’s zone, whatever the server’s', async () => {
    for (const [said, at] of relative)
      expect(await parseSendTime(said, SAT_1701, TZ), said).toEqual({ ok: true, at });
    // "下个月15号" is the 15th of next month (QA4 saw tomorrow): 41 days ahead, over the limit, from 5 Dec.
    expect(await parseSendTime('下个月15号上午10点', SAT_1701, TZ)).toEqual({ ok: false, error: 'far' });
    expect(await parseSendTime('下个月15号上午10点', sh(2026, 12, 20, 9), TZ)).toEqual({
      ok: true,
      at: sh(2027, 1, 15, 10),
    });
    // Half-read is refused rather than guessed: chrono alone took "下月第三个周一10点" as 10点 tomorrow.
    expect(await parseSendTime('下月第三个周一10点', SAT_1701, TZ)).toEqual({ ok: false, error: 'bad' });
    expect(await parseSendTime('2月30号10点', SAT_1701, TZ)).toEqual({ ok: false, error: 'bad' });
  });

  it('gives the same answers in a process whose TZ is neither UTC nor the district’s', () => {
    const script = `
      import { parseSendTime } from './src/core/notices/compose.ts';
      const out = [];
      for (const said of ${JSON.stringify(relative.map(([s]) => s))})
        out.push((await parseSendTime(said, ${SAT_1701}, 'Asia/Shanghai')).at ?? null);
      console.log(JSON.stringify(out));`;
    for (const zone of ['America/New_York', 'Asia/Shanghai']) {
      const stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          cwd: resolve(import.meta.dirname, '../../..'),
          env: { ...process.env, TZ: zone },
          encoding: 'utf8',
        },
      );
      expect(JSON.parse(stdout), zone).toEqual(relative.map(([, at]) => at));
    }
  });

  it('refuses nonsense, a day without an hour, the past and the far future', async () => {
    for (const bad of ['25:00', '12:60', '2026-02-30 09:00', '', '随便什么时候'])
      expect(await parseSendTime(bad, MONDAY_10, TZ)).toEqual({ ok: false, error: 'bad' });
    for (const vague of ['tomorrow', '明天下午'])
      expect(await parseSendTime(vague, MONDAY_10, TZ)).toEqual({ ok: false, error: 'no-hour' });
    expect(await parseSendTime('2026-03-01 09:00', MONDAY_10, TZ)).toEqual({ ok: false, error: 'past' });
    expect(await parseSendTime('2026-06-01 09:00', MONDAY_10, TZ)).toEqual({ ok: false, error: 'far' });
  });
});

describe('noticeCard', () => {
  const notice = {
    id: 'n7',
    text: '明天封路',
    variants: { en: 'Road closed tomorrow' },
    ack: true,
    photo: 'tg-file-1',
    photoChannel: 'telegram',
  };
  it('renders the group’s language with a "got it" button and its count', () => {
    const en = noticeCard(notice, 'en', i18n, { ackCount: 3, channel: 'telegram' });
    expect(plainText(en)).toBe('📢 Notice\nRoad closed tomorrow');
    expect(en.buttons).toEqual([[{ label: '✅ Got it · 3', data: 'ack:n7' }]]);
    expect(en.photo).toEqual({ fileId: 'tg-file-1' });
    const tw = noticeCard(notice, 'zh-TW', i18n);
    expect(plainText(tw)).toBe('📢 通知\n明天封路');
    expect(tw.buttons?.[0]?.[0]?.label).toBe('✅ 收到');
  });
  it('keeps a platform file id on its platform and makes the preview button inert', () => {
    expect(noticeCard(notice, 'zh-CN', i18n, { channel: 'slack' }).photo).toBeUndefined();
    expect(noticeCard(notice, 'zh-CN', i18n, { preview: true }).buttons?.[0]?.[0]).toEqual({
      label: '✅ 收到',
      data: 'ack:preview',
    });
    expect(noticeCard({ ...notice, ack: false }, 'zh-CN', i18n).buttons).toBeUndefined();
    expect(previewLocales(notice.variants)).toEqual(['zh-CN', 'en']);
  });
});
