/**
 * QA19: "上一课" / "上节课讲的什么" in a group got the FAQ's "答不上来". It is read as the group's latest lesson (as
 * "这个通知" is read as its latest notice) and that lesson is shown again; a question about it is answered from it.
 * Real Redis, grammY against the Bot API stand-in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { LESSONS_PACK } from '../lessons/fixtures.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

describe('the group’s last lesson, asked for without a reply', () => {
  it('is shown again; with none yet, the worker is told how to get one', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK });
    const { api, u } = tg;
    const group = u.group(-1001234567811, '测试骑手群');
    const worker = u.person(8001);
    await tg.handle(u.groupText(group, u.person(1001), '/bind riders-test'));

    let mark = api.mark();
    await tg.handle(u.groupText(group, worker, '@waystation_bot 上一课'));
    expect(api.shownTexts(mark).join('\n')).toContain('最近两周本群没有推送过课程。发 /lesson 可以领一节。');

    await tg.handle(u.groupText(group, u.person(1001), '/lesson'));
    for (const asked of [
      '@waystation_bot 上节课讲的什么？',
      '@waystation_bot 上一课呢',
      '@waystation_bot 刚才的课再发一下',
    ]) {
      mark = api.mark();
      await tg.handle(u.groupText(group, worker, asked));
      const shown = api.shownTexts(mark).join('\n');
      expect(shown, asked).toContain('📚 本群上一节课：\n📚 安全第一 · 第 1/3 课');
      expect(shown, asked).toContain('骑车一定要戴头盔');
      expect(shown, asked).not.toContain('答不上来');
    }

    // A question about it is answered from it, with the usual offer to pass it on.
    mark = api.mark();
    await tg.handle(u.groupText(group, worker, '@waystation_bot 上节课说的卡扣是什么意思'));
    const answer = api.shownTexts(mark).join('\n');
    expect(answer).toContain('这是微课堂《头盔要戴好》');
    expect(answer).toContain('转给');
  });
});
