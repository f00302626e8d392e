/**
 * Quizzes under a lesson: one answer per person (atomic), private feedback, a running tally on the
 * lesson message (edits spaced out), stats per group and branch, and a lesson deleted from the pack.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { lessonStats } from '../../../src/core/lessons/stats.js';
import { bindGroup, clockAt, delivered, lessonApp, MONDAY_10 } from './fixtures.js';
import { waitFor } from '../../helpers/wait.js';
import { pressData } from '../reports/helpers.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function lessonInGroups(): Promise<TestApp> {
  t = await lessonApp(clockAt(MONDAY_10));
  await bindGroup(t, 'riders-a', 'riders-test');
  await bindGroup(t, 'riders-en', 'riders-test en');
  await t.app.lessons.tick();
  await delivered(t, `lesson:weekday-safety:${MONDAY_10}`);
  t.take();
  return t;
}

const toasts = (t: TestApp) => t.console.transcript.filter((l) => l.kind === 'toast').map((l) => l.text);
const edits = (t: TestApp, chat: string) =>
  t.console.transcript.filter((l) => l.kind === 'edit' && l.to.chatId === chat).map((l) => l.text);

describe('quiz buttons', () => {
  it('one answer per person, private feedback, and a running tally on the lesson', async () => {
    const t = await lessonInGroups();
    await t.type(':as rider-1', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toBe('✅ 答对了！头盔能在事故中保护头部。');
    // The first answer edits the tally in at once.
    expect(edits(t, 'riders-a').at(-1)).toContain('📊 已有 1 人作答：A 1 · B 0 · C 0');

    // A second tap by the same person changes nothing.
    await t.type(':press 2');
    expect(toasts(t).at(-1)).toContain('你已经答过啦（选的是 A）');
    // Ten taps at once by another person: one answer.
    await t.type(':as rider-2');
    await Promise.all(Array.from({ length: 10 }, () => t.console.input(':press 2')));
    expect(toasts(t).filter((x) => x.includes('不对哦，正确答案是 A. 头盔'))).toHaveLength(1);
    expect(toasts(t).filter((x) => x.includes('你已经答过啦（选的是 B）'))).toHaveLength(9);

    // Edits within the interval are folded into one trailing edit with the latest tally.
    await waitFor(
      () => !!edits(t, 'riders-a').at(-1)?.includes('2 人作答：A 1 · B 1 · C 0'),
      'the trailing tally edit',
      6000,
    );
    const tallyEdits = edits(t, 'riders-a');
    expect(tallyEdits.length).toBeLessThanOrEqual(2);
    expect(tallyEdits.at(-1)).toContain('头盔要戴好');
    expect(tallyEdits.at(-1)).not.toContain('🖼'); // an edit does not send the picture again

    const tally = await t.app.deps.store.lessons.tally('console:riders-a', 'safety-helmet', 3);
    expect(tally).toEqual({ byOption: [1, 1, 0], takers: 2, right: 1 });
  });

  it('feedback is in the presser’s language; the quiz checked is the one the group sees', async () => {
    const t = await lessonInGroups();
    await t.type(':as rider-9 en', ':in riders-en', ':press 1');
    expect(toasts(t).at(-1)).toBe('✅ Right! A helmet protects your head in a crash.');
    await t.type(':as rider-8 zh-TW', ':press 3');
    expect(toasts(t).at(-1)).toContain('不對喔');
  });

  it('an answer for a lesson deleted from the pack gets a clear message, no crash', async () => {
    const t = await lessonInGroups();
    const pack = t.app.deps.content.get();
    t.app.deps.content.replace({
      ...pack,
      series: pack.series.map((s) => ({ ...s, lessons: s.lessons.filter((l) => l.id !== 'safety-helmet') })),
    });
    await t.type(':as rider-1', ':in riders-a', ':press 1');
    expect(toasts(t).at(-1)).toBe('⚠️ 这节课已经下架了，答题已关闭。');
    expect(t.take().join('\n')).not.toContain('出了点问题');
    expect(await t.app.deps.store.lessons.tally('console:riders-a', 'safety-helmet', 3)).toMatchObject({
      takers: 0,
    });
    // Forged or stale data is refused the same calm way.
    await pressData(t, { user: 'rider-1', chatId: 'riders-a', kind: 'group' }, 'qz:safety-red-light:7');
    expect(toasts(t).at(-1)).toBe('⚠️ 这个选项已失效。');
  });

  it('counts lessons delivered, quiz takers and the correct rate per group and branch', async () => {
    const t = await lessonInGroups();
    await t.type(
      ':as rider-1',
      ':in riders-a',
      ':press 1',
      ':as rider-2',
      ':press 2',
      ':as rider-3',
      ':in riders-en',
      ':press 1',
    );
    await waitFor(
      async () => (await lessonStats(t.app.deps)).branches[0]?.delivered === 2,
      'delivery counts',
    );
    const stats = await lessonStats(t.app.deps);
    expect(stats.branches).toHaveLength(1);
    expect(stats.branches[0]).toMatchObject({ branch: 'riders-test', delivered: 2, takers: 3, correct: 2 });
    expect(stats.branches[0]!.correctRate).toBeCloseTo(2 / 3);
    expect(stats.branches[0]!.groups.map((g) => [g.chat, g.takers, g.correct])).toEqual([
      ['console:riders-a', 2, 1],
      ['console:riders-en', 1, 1],
    ]);

    await t.type(':as org-test', ':dm', '/lessonstats');
    const text = t.take().at(-1)!;
    expect(text).toContain('测试骑手支部：2 个群 · 推送 2 节 · 答题 3 人次 · 正确率 67%');
    expect(text).toContain('riders-a：推送 1 节 · 答题 2 人次 · 正确率 50%');
    // A secretary sees their own branch; a worker is refused.
    await t.type(':as sec-couriers', '/lessonstats');
    expect(t.take().at(-1)).toContain('暂无数据');
    await t.type(':as rider-1', '/lessonstats');
    expect(t.take().at(-1)).toContain('需要相应权限');
    // In a group: that group.
    await t.type(':as sec-riders', ':in riders-en', '/lessonstats');
    expect(t.take().at(-1)).toContain('答题 1 人次 · 正确率 100%');
  });
});
