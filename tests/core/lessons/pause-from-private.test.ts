/**
 * /pause and /resume from an organiser's private chat (stop 41: pausing a group needed the organiser inside it): the
 * bound groups by name, one tap each, paged when long; words after the command pick a group by name; every press is
 * authorised again on the server, so a worker's forged press changes nothing. zh-CN, zh-TW and en.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10 } from './fixtures.js';
import { press, pressData } from '../reports/helpers.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const last = (t: TestApp) => t.console.transcript.at(-1)!;
const toasts = (t: TestApp) => t.console.transcript.filter((l) => l.kind === 'toast').map((l) => l.text);
const paused = async (t: TestApp) => [...(await t.app.deps.store.lessons.paused())].sort();

async function setup(groups: readonly string[]): Promise<TestApp> {
  t = await lessonApp(clockAt(MONDAY_10), { engine: false });
  for (const g of groups) await bindGroup(t, g, 'riders-test');
  return t;
}

describe('/pause and /resume in private', () => {
  it('an organiser picks the group by name, pauses it, sees it on /schedule, and resumes it the same way', async () => {
    const t = await setup(['riders-a', 'riders-b']);
    await t.type(':as org-test zh-CN', ':dm', '/pause');
    expect(last(t).text).toContain('暂停哪个群的课程推送？');
    expect(last(t).choices).toEqual(['⏸ riders-a', '⏸ riders-b']);
    await press(t, 'org-test', '⏸ riders-b');
    expect(toasts(t).at(-1)).toBe('⏸ 已暂停“riders-b”的课程推送。学习进度会保留，发送 /resume 恢复。');
    expect(await paused(t)).toEqual(['console:riders-b']);
    // The picker is replaced by what was done; the group's own /schedule says it is paused.
    await t.type('/schedule');
    expect(last(t).text).toContain('riders-b');
    expect(last(t).text).toContain('在那个群里或在这里发 /resume 恢复');
    await t.type('/pause');
    expect(last(t).choices).toEqual(['⏸ riders-a']);
    await t.type('/resume');
    expect(last(t).choices).toEqual(['▶️ riders-b']);
    await press(t, 'org-test', '▶️ riders-b');
    expect(toasts(t).at(-1)).toContain('已恢复“riders-b”的课程推送');
    expect(await paused(t)).toEqual([]);
    await t.type('/resume');
    expect(last(t).text).toBe('没有暂停了课程推送的群。');
  });

  it('words after the command pick the group by name; none matching is said', async () => {
    const t = await setup(['riders-a', 'riders-b']);
    await t.type(':as org-test zh-CN', ':dm', '/pause riders-a');
    expect(last(t).text).toBe('⏸ 已暂停“riders-a”的课程推送。学习进度会保留，发送 /resume 恢复。');
    expect(await paused(t)).toEqual(['console:riders-a']);
    await t.type('/pause couriers');
    expect(last(t).text).toContain('没有找到名字里有“couriers”');
    await t.type('/pause riders');
    expect(last(t).text).toBe('⏸ 已暂停“riders-b”的课程推送。学习进度会保留，发送 /resume 恢复。');
  });

  it('pages a long list of groups', async () => {
    const groups = Array.from({ length: 10 }, (_, i) => `riders-${String(i).padStart(2, '0')}`);
    const t = await setup(groups);
    await t.type(':as org-test zh-CN', ':dm', '/pause');
    expect(last(t).text).toContain('（10 个群，第 1/2 页）');
    expect(last(t).choices).toEqual([...groups.slice(0, 8).map((g) => `⏸ ${g}`), '下一页 ›']);
    await press(t, 'org-test', '下一页 ›');
    expect(last(t).text).toContain('第 2/2 页');
    expect(last(t).choices).toEqual(['⏸ riders-08', '⏸ riders-09', '‹ 上一页']);
    await press(t, 'org-test', '⏸ riders-09');
    expect(await paused(t)).toEqual(['console:riders-09']);
  });

  it('pages the groups the words picked, not every group', async () => {
    const riders = Array.from({ length: 10 }, (_, i) => `riders-${String(i).padStart(2, '0')}`);
    const t = await setup(['couriers-a', 'couriers-b', ...riders]);
    await t.type(':as org-test zh-CN', ':dm', '/pause riders');
    expect(last(t).text).toContain('（10 个群，第 1/2 页）');
    await press(t, 'org-test', '下一页 ›');
    expect(last(t).text).toContain('（10 个群，第 2/2 页）');
    expect(last(t).choices).toEqual(['⏸ riders-08', '⏸ riders-09', '‹ 上一页']);
    await press(t, 'org-test', '‹ 上一页');
    expect(last(t).choices).toEqual([...riders.slice(0, 8).map((g) => `⏸ ${g}`), '下一页 ›']);
    // A page whose words now pick one group lists it: only a typed command acts at once.
    await pressData(t, { user: 'org-test', chatId: 'org-test', kind: 'private' }, 'lsn:pl:pg:0:riders-09');
    expect(last(t).choices).toEqual(['⏸ riders-09']);
    expect(await paused(t)).toEqual([]);
  });

  it('a worker is refused, and a forged press from a worker changes nothing', async () => {
    const t = await setup(['riders-a']);
    await t.type(':as rider-1', ':dm', '/pause');
    expect(last(t).text).toContain('只有组织者能暂停');
    await pressData(t, { user: 'rider-1', chatId: 'rider-1', kind: 'private' }, 'lsn:pg:console:riders-a');
    expect(toasts(t).at(-1)).toContain('需要相应权限');
    expect(await paused(t)).toEqual([]);
  });

  it.each([
    ['zh-TW', '暫停哪個群的課程推送？', '⏸ 已暫停「riders-a」的課程推送。'],
    ['en', 'Pause lessons in which group?', '⏸ Lessons paused in “riders-a”.'],
  ])('%s', async (locale, ask, done) => {
    const t = await setup(['riders-a']);
    await t.type(`:as org-test ${locale}`, ':dm', '/pause');
    expect(last(t).text).toContain(ask);
    await press(t, 'org-test', '⏸ riders-a');
    expect(toasts(t).at(-1)).toContain(done);
  });
});
