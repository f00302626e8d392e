/**
 * QA12: an English group gets a lesson the pack wrote only in Chinese as it is (there is no machine
 * translation), and is told so under the header; a lesson with an English version carries no such note.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, LESSONS_PACK, lessonApp, MONDAY_10, sentTo } from './fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('a lesson in an English group', () => {
  it('says when it is in Chinese only', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-en', 'riders-test en');
    await t.type(':as org-test', ':in riders-en', '/lesson');
    const written = sentTo(t, 'riders-en').at(-1)!.text;
    expect(written).toContain('Safety first · lesson 1 of 3');
    expect(written).toContain('Wear your helmet');
    expect(written).not.toContain('in Chinese');

    await t.type('/lesson');
    const chinese = sentTo(t, 'riders-en').at(-1)!.text;
    expect(chinese).toContain(
      'Safety first · lesson 2 of 3\n(This lesson is available in Chinese only.)\n不闯红灯',
    );
  });

  it("marks the quiz's Chinese explanation and the next lesson's Chinese title (QA12 #5)", async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-en', 'riders-test en');
    await bindGroup(t, 'riders-a', 'riders-test');
    await t.type(':as org-test', ':in riders-en', '/lesson', '/lesson');
    const toasts = () => t!.console.transcript.filter((l) => l.kind === 'toast').map((l) => l.text);
    await t.type(':as rider-en-q en', ':press 2');
    expect(toasts().at(-1)).toBe('✅ Right! (in Chinese) 超时可以报备，闯红灯要命。');
    // The English quiz's explanation is English, and says nothing of Chinese.
    await t.type(':as org-test', ':in riders-a', '/lesson', '/lesson');
    await t.type(':as rider-cn-q zh-CN', ':press 2');
    expect(toasts().at(-1)).toBe('✅ 答对了！超时可以报备，闯红灯要命。');

    await t.type(':as org-test', ':in riders-en', '/schedule');
    const schedule = sentTo(t, 'riders-en').at(-1)!.text;
    expect(schedule).toContain('Next lesson: “雨天慢行” (in Chinese) — Safety first, lesson 3 of 3');
    await t.type(':in riders-a', '/schedule');
    const zh = sentTo(t, 'riders-a').at(-1)!.text;
    expect(zh).toContain('下一课：《雨天慢行》（安全第一 第 3/3 课）');
    expect(zh).not.toContain('中文');
  });
});

describe('an English lesson without a quiz of its own (QA19)', () => {
  it('marks the Chinese quiz it asks', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ws-en-quiz-'));
    try {
      await cp(LESSONS_PACK, dir, { recursive: true });
      const file = path.join(dir, 'lessons/safety/01-helmet.md');
      const md = await readFile(file, 'utf8');
      // The English variant keeps its title and body but drops its quiz.
      await writeFile(file, md.replace(/\n {4}quiz:\n(?: {6}.*\n)+/, '\n'));
      t = await lessonApp(clockAt(MONDAY_10), { contentDir: dir });
      await bindGroup(t, 'riders-en', 'riders-test en');
      await t.type(':as org-test', ':in riders-en', '/lesson');
      const written = sentTo(t, 'riders-en').at(-1)!.text;
      expect(written).toContain('Wear your helmet');
      expect(written).toContain('❓ Quick quiz: 骑电动车必须戴什么？ (in Chinese)');
      expect(written).not.toContain('(This lesson is available in Chinese only.)');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
