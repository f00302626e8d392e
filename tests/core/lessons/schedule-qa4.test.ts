/**
 * Small things QA round 4 (#15) saw on /schedule: a zh-TW group was answered in the caller's zh-CN
 * (what is posted in a group is in the group's language), and a pack with no quiet windows read
 * "休息和高峰时段不推送：—". Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sentTo } from './fixtures.js';

const open: TestApp[] = [];
afterEach(async () => {
  for (const t of open.splice(0)) await t.close().catch(() => undefined);
});

describe('/schedule (QA round 4 #15)', () => {
  it('in a zh-TW group answers in zh-TW, whoever asks', async () => {
    const t = await lessonApp(clockAt(MONDAY_10), { engine: false });
    open.push(t);
    await bindGroup(t, 'riders-tw', 'riders-test zh-TW');
    await t.type(':as org-test zh-CN', ':in riders-tw', '/schedule');
    const card = sentTo(t, 'riders-tw').at(-1)!.text;
    expect(card).toContain('📅 本群課程安排');
    expect(card).toContain('休息和高峰時段不推送：11:00-13:30');
    expect(card).not.toContain('课程');
    // The caller's own language stays theirs in private.
    await t.type(':dm', '/schedule');
    expect(sentTo(t, 'org-test').at(-1)!.text).toContain('休息和高峰时段不推送');
  });

  it('with no quiet windows says there are none', async () => {
    const t = await lessonApp(clockAt(MONDAY_10), { engine: false });
    open.push(t);
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({ ...pack, settings: { ...pack.settings, quietWindows: [] } });
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(':in riders-a', '/schedule');
    const card = sentTo(t, 'riders-a').at(-1)!.text;
    expect(card).toContain('没有设置休息和高峰时段：到点就推送。');
    expect(card).not.toContain('—');
    await t.type(':dm', '/schedule');
    expect(sentTo(t, 'org-test').at(-1)!.text).toContain('没有设置休息和高峰时段');
  });
});
