/**
 * QA12 #6: a schedule of several series listed their titles joined by "and" / 和 — "Riding safely through plum
 * rains and thunderstorms and The roads of Wuzhong", "黃梅天和雷雨季安全跑單和吳中跑單的路": where one title ends,
 * nobody could tell. Several titles are now each quoted in the reader's `quoted` marks (“…”、“…”, zh-TW 「…」、「…」, “…” and “…”); one stands as before. An
 * English reader's Chinese title is marked "(in Chinese)". Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sentTo } from './fixtures.js';

const open: TestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

/** The fixture pack with the safety series renamed to a title holding 和 / "and", scheduled with the fraud series. */
async function twoSeriesApp(): Promise<TestApp> {
  const t = await lessonApp(clockAt(MONDAY_10), { engine: false });
  open.push(t);
  const pack = t.app.deps.content.get();
  t.app.deps.content.replace({
    ...pack,
    series: pack.series.map((s) =>
      s.id === 'safety'
        ? {
            ...s,
            title: '雨天和雷雨季安全跑单',
            variants: { en: { title: 'Riding safely through rain and thunderstorms' } },
          }
        : s,
    ),
    schedules: pack.schedules.map((s) =>
      s.id === 'weekday-safety' ? { ...s, series: ['safety', 'fraud'] } : s,
    ),
  });
  return t;
}

describe('/schedule listing several series', () => {
  it('quotes each title, in every language; one title stands alone as before', async () => {
    const t = await twoSeriesApp();
    await bindGroup(t, 'riders-en', 'riders-test en');
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await bindGroup(t, 'riders-a', 'riders-test');

    await t.type(':as org-test', ':in riders-en', '/schedule');
    const en = sentTo(t, 'riders-en').at(-1)!;
    expect(en.text).toContain(
      '• “Riding safely through rain and thunderstorms” and “防诈课堂” (in Chinese)\n',
    );
    // The lunch schedule's one series: bare, marked as Chinese.
    expect(en.text).toContain('• 防诈课堂 (in Chinese)\n');
    expect(en.choices).toContain('⏸ Pause “Riding safely through rain and thunderstorms” and “防诈课堂”');

    await t.type(':in riders-tw', '/schedule');
    const tw = sentTo(t, 'riders-tw').at(-1)!;
    expect(tw.text).toContain('• 「雨天和雷雨季安全跑單」、「防詐課堂」\n');
    expect(tw.text).toContain('• 防詐課堂\n');
    expect(tw.choices).toContain('⏸ 暫停「雨天和雷雨季安全跑單」、「防詐課堂」');

    await t.type(':in riders-a', '/schedule');
    const zh = sentTo(t, 'riders-a').at(-1)!;
    expect(zh.text).toContain('• “雨天和雷雨季安全跑单”、“防诈课堂”\n');
    expect(zh.text).toContain('• 防诈课堂\n');
    expect(zh.choices).toContain('⏸ 暂停“防诈课堂”');
    expect(zh.text).not.toContain('中文');

    await t.type(':dm', '/schedule');
    expect(sentTo(t, 'org-test').at(-1)!.text).toContain('课程：“雨天和雷雨季安全跑单”、“防诈课堂”；');
  });
});
