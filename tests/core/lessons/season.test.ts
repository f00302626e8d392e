/**
 * Lessons that fit the group and the season: a series (or one lesson) may say in which `months` and to
 * which kinds of group it applies. What does not fit is passed over — the group gets the next lesson that
 * fits — and comes back in its season. A zh-TW group reads a lesson without a zh-TW variant in traditional
 * characters. Real Redis, the console app, the delivery engine, a clock set by the test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, delivered, lessonApp, sentTo, sh } from './fixtures.js';

const open: TestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

const lessonTexts = (t: TestApp, chat: string) =>
  sentTo(t, chat)
    .map((l) => l.text)
    .filter((x) => x.includes('📚'));

/** The fixture pack with the safety series limited to winter and its helmet lesson to couriers. */
function seasonal(t: TestApp, seriesMonths: string[], helmetAudience?: string[]) {
  const pack = t.app.deps.content.get();
  t.app.deps.content.replace({
    ...pack,
    series: pack.series.map((s) =>
      s.id !== 'safety'
        ? s
        : {
            ...s,
            months: seriesMonths,
            lessons: s.lessons.map((l) =>
              l.id === 'safety-helmet' && helmetAudience
                ? { ...l, audience: helmetAudience as ('delivery' | 'express')[] }
                : l,
            ),
          },
    ),
  });
}

describe('lessons out of season and off-audience', () => {
  it('a winter series is not pushed in summer, and is in December; /schedule agrees', async () => {
    const clock = clockAt(sh(2026, 7, 6, 10)); // Monday 6 July
    const t = await lessonApp(clock);
    open.push(t);
    await bindGroup(t, 'riders-a', 'riders-test');
    seasonal(t, ['11-2']);
    t.take();
    const july = await t.app.lessons.tick();
    expect(july.pushes).toEqual([expect.objectContaining({ schedule: 'weekday-safety', outcome: 'empty' })]);
    await t.type(':in riders-a', '/schedule');
    expect(t.take().join('\n')).not.toContain('头盔要戴好');

    clock.at = sh(2026, 12, 7, 10); // Monday 7 December
    const december = await t.app.lessons.tick();
    expect(december.pushes[0]!.lessons).toEqual({ 'console:riders-a': 'safety-helmet' });
    await delivered(t, `lesson:weekday-safety:${clock.at}`);
    expect(lessonTexts(t, 'riders-a').at(-1)).toContain('头盔要戴好');
  });

  it('/schedule and /lesson say an out-of-season series rests until its month, not that it is all learned (QA7 #1)', async () => {
    const clock = clockAt(sh(2026, 7, 6, 10)); // Monday 6 July
    const t = await lessonApp(clock, { engine: false });
    open.push(t);
    await bindGroup(t, 'riders-a', 'riders-test');
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await bindGroup(t, 'riders-en', 'riders-test en');
    seasonal(t, ['11-2']);
    await t.type(':in riders-a', '/schedule');
    const cn = sentTo(t, 'riders-a').at(-1)!.text;
    expect(cn).toContain('这组课程眼下不当季，11月起继续');
    expect(cn).not.toContain('全部学完');
    await t.type(':in riders-tw', '/schedule');
    expect(sentTo(t, 'riders-tw').at(-1)!.text).toContain('這組課程眼下不當季，11月起繼續');
    await t.type(':in riders-en', '/schedule');
    const en = sentTo(t, 'riders-en').at(-1)!.text;
    expect(en).toContain('out of season for now; they go on from November');
    expect(en).not.toContain('has done every lesson');

    // Every lesson of the season had (the fraud series has none for July either): /lesson says when more come.
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({
      ...pack,
      series: pack.series.map((s) => ({ ...s, months: s.id === 'safety' ? ['11-2'] : ['6-8'] })),
    });
    for (const s of pack.series.filter((x) => x.id !== 'safety'))
      for (const l of s.lessons)
        await t.app.deps.store.lessons.pick(`had:${l.id}`, 'console:riders-a', [l.id]);
    await t.type(':in riders-a', '/lesson');
    const reply = sentTo(t, 'riders-a').at(-1)!.text;
    expect(reply).toContain('本群当季的课程已经学完，11月起还有新课');
    expect(reply).not.toContain('全部课程');

    // Truly done once the winter lessons are had too.
    for (const l of pack.series.find((x) => x.id === 'safety')!.lessons)
      await t.app.deps.store.lessons.pick(`had:${l.id}`, 'console:riders-a', [l.id]);
    await t.type(':in riders-a', '/schedule');
    expect(sentTo(t, 'riders-a').at(-1)!.text).toContain('这组课程本群已经全部学完');
  });

  it('a lesson for another kind of group is passed over for the next one, on a push and on /lesson', async () => {
    const clock = clockAt(sh(2026, 3, 2, 10));
    const t = await lessonApp(clock);
    open.push(t);
    await bindGroup(t, 'riders-a', 'riders-test');
    await bindGroup(t, 'riders-b', 'riders-test');
    seasonal(t, ['1-12'], ['express']); // the helmet lesson is for couriers only
    t.take();
    const push = await t.app.lessons.tick();
    expect(push.pushes[0]!.lessons['console:riders-a']).toBe('safety-red-light');
    await delivered(t, `lesson:weekday-safety:${clock.at}`);
    expect(lessonTexts(t, 'riders-a').at(-1)).toContain('不闯红灯');
    // riders-b had 不闯红灯 from the push too; on demand it goes on to the third, never the couriers' helmet lesson.
    await t.type(':as org-test', ':in riders-b', '/lesson');
    expect(lessonTexts(t, 'riders-b').at(-1)).toContain('雨天慢行');
    await t.type('/lesson');
    expect(lessonTexts(t, 'riders-b').join()).not.toContain('头盔要戴好');
  });

  it('a zh-TW group reads a lesson without a zh-TW variant in traditional characters', async () => {
    const clock = clockAt(sh(2026, 3, 2, 10));
    const t = await lessonApp(clock);
    open.push(t);
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    t.take();
    await t.app.lessons.tick();
    await delivered(t, `lesson:weekday-safety:${clock.at}`);
    const [tw] = lessonTexts(t, 'riders-tw');
    expect(tw).toContain('頭盔要戴好');
    expect(tw).toContain('騎車一定要戴頭盔');
    expect(tw).toContain('騎電動車必須戴什麼');
    expect(tw).not.toContain('头盔');
    expect(sentTo(t, 'riders-tw').at(-1)!.choices).toEqual(['A. 頭盔', 'B. 帽子', 'C. 耳機']);
  });
});
