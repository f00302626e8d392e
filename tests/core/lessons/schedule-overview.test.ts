/**
 * The organisers' /schedule overview in private (orgmonth, week 2): a group that paused one schedule's series with
 * ⏸ on its /schedule was still counted in "推送到 N 个群", so the figure disagreed with the push that followed, and
 * "有 1 个群暂停了课程推送" did not say which group, so the organiser could not find it to resume it. Now each
 * schedule counts the groups it will reach and names those that paused it, and the paused groups are named.
 * Real Redis, the console app, in zh-CN and English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { press } from '../reports/helpers.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sh } from './fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("the organisers' /schedule overview", () => {
  it('counts only the groups a push will reach and names the paused ones', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a 骑手一群', 'riders-test');
    await bindGroup(t, 'riders-b 骑手二群', 'riders-test');
    await bindGroup(t, 'couriers-a 快递一群', 'couriers-test');
    // In 骑手二群 the organiser pauses the anti-fraud series (schedule lunch-fraud) only; 快递一群 is paused whole.
    await t.type(':in riders-b', '/schedule');
    await press(t, 'riders-b', '⏸ 暂停“防诈课堂”');
    await t.type(':in couriers-a', '/pause');

    await t.type(':dm', '/schedule');
    const overview = t.console.transcript.at(-1)!.text;
    expect(overview).toContain('课程：防诈课堂；推送到 1 个群（另有 1 个群暂停了这组：骑手二群）');
    expect(overview).toMatch(/weekday-safety[^•]*推送到 2 个群\n/);
    expect(overview).toContain(
      '⏸ 暂停了全部课程推送的群（1 个）：快递一群。在那个群里或在这里发 /resume 恢复。',
    );

    // The push at 13:30 (12:30 deferred out of the lunch window) goes to the one group the overview counted.
    const lunch = await t.app.lessons.tick(sh(2026, 3, 2, 13, 30));
    const fraud = lunch.pushes.find((p) => p.schedule === 'lunch-fraud')!;
    expect(Object.keys(fraud.lessons)).toEqual(['console:riders-a']);

    await t.type(':as org-test en', '/schedule');
    const english = t.console.transcript.at(-1)!.text;
    expect(english).toContain('to 1 group (1 more group paused these: 骑手二群)');
    expect(english).toContain(
      '⏸ Every lesson paused in 1 group: 快递一群. Send /resume there, or here to choose, to restart.',
    );
  });
});
