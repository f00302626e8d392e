/**
 * QA12 #11: what a zh-TW group reads in /schedule and under a converted quiz. The quiet windows were joined by an
 * ASCII ", " (now 、), and a quiz explanation converted by OpenCC read 溼井蓋 where the locale files and the packs'
 * zh-TW variants write 濕. zh-CN reads as before. Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sentTo } from './fixtures.js';

const open: TestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

describe('zh-TW wording of lessons (QA12 #11)', () => {
  it('joins the quiet windows with 、 in /schedule, in zh-TW and zh-CN alike', async () => {
    const t = await lessonApp(clockAt(MONDAY_10), { engine: false });
    open.push(t);
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(':as org-test', ':in riders-tw', '/schedule');
    expect(sentTo(t, 'riders-tw').at(-1)!.text).toContain(
      '休息和高峰時段不推送：11:00-13:30、17:00-20:00、22:00-08:00（',
    );
    await t.type(':in riders-a', '/schedule');
    expect(sentTo(t, 'riders-a').at(-1)!.text).toContain(
      '休息和高峰时段不推送：11:00-13:30、17:00-20:00、22:00-08:00（',
    );
  });

  it('writes 濕 in a converted quiz explanation, as the variants do', async () => {
    const t = await lessonApp(clockAt(MONDAY_10), { engine: false });
    open.push(t);
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({
      ...pack,
      series: pack.series.map((s) => ({
        ...s,
        lessons: s.lessons.map((l) =>
          l.id === 'safety-helmet'
            ? { ...l, quiz: { ...l.quiz!, explanation: '雨天湿井盖很滑，头盔能保护头部。' } }
            : l,
        ),
      })),
    });
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await t.type(':as org-test', ':in riders-tw', '/lesson');
    await t.type(':as rider-tw-q zh-TW', ':press 1');
    const toast = t.console.transcript.filter((l) => l.kind === 'toast').at(-1)!.text;
    expect(toast).toBe('✅ 答對了！雨天濕井蓋很滑，頭盔能保護頭部。');
  });
});
