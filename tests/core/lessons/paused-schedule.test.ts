/**
 * A paused group's /schedule (QA8 #13): after /pause it said "⏸ 本群的课程推送已暂停" and still showed each series'
 * next push and a ⏸ button per series. It shows "（已暂停）" for the next push, and an organiser gets one ▶️ button
 * that resumes the group — in zh-CN, zh-TW and English. Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10, sh } from './fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe("a paused group's /schedule", () => {
  it.each([
    [
      'riders-a',
      'riders-test',
      '本群的课程推送已暂停',
      '下一次推送：（已暂停）',
      '▶️ 恢复本群的课程推送',
      '⏸ 暂停',
    ],
    [
      'riders-tw',
      'riders-test zh-TW',
      '本群的課程推送已暫停',
      '下一次推送：（已暫停）',
      '▶️ 恢復本群的課程推送',
      '⏸ 暫停',
    ],
    [
      'riders-en',
      'riders-test en',
      'Lessons are paused in this group',
      'Next push: (paused)',
      '▶️ Resume lessons in this group',
      '⏸ Pause',
    ],
  ])(
    '%s: says paused instead of the next push, and offers resuming',
    async (chat, bind, paused, next, resume, pause) => {
      t = await lessonApp(clockAt(MONDAY_10));
      await bindGroup(t, chat, bind);
      await t.type('/schedule');
      let card = t.console.transcript.at(-1)!;
      expect(card.text).not.toContain(next);
      expect(card.choices.some((c) => c.startsWith(pause))).toBe(true);

      await t.type('/pause', '/schedule');
      card = t.console.transcript.at(-1)!;
      expect(card.text).toContain(paused);
      expect(card.text).toContain(next);
      expect(card.text).not.toMatch(/下一次推送：\d|Next push: [A-Z]/);
      expect(card.choices).toEqual([resume]);

      // A worker sees the same card, with nothing to press.
      await t.type(':as rider-1', '/schedule');
      expect(t.console.transcript.at(-1)!.choices).toEqual([]);

      // The organiser's tap resumes the group: the card shows the next push and the series' buttons again.
      await t.type(':as org-test', `:press 1 ${card.id}`);
      const edited = t.console.transcript.filter((l) => l.id === card.id).at(-1)!;
      expect(edited.text).not.toContain(paused);
      expect(edited.text).not.toContain(next);
      expect(edited.choices.some((c) => c.startsWith(pause))).toBe(true);
      const tue = await t.app.lessons.tick(sh(2026, 3, 3, 10));
      expect(Object.keys(tue.pushes[0]!.lessons)).toEqual([`console:${chat}`]);
    },
  );

  it("a worker's press on the resume button is refused", async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type('/pause', '/schedule');
    const card = t.console.transcript.at(-1)!;
    await t.type(':as rider-1', `:press 1 ${card.id}`);
    expect(t.take().at(-1)).toContain('需要相应权限');
    expect(await t.app.deps.store.lessons.isPaused('console:riders-a')).toBe(true);
  });
});
