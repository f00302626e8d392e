/**
 * Telegram keeps 群 where Slack reads 频道 (QA26 #1; the Slack side: tests/adapters/slack/platform-words.test.ts):
 * a report's privacy line, /stop's answer, "上节课" asked with no lesson yet, and the staff group's FAQ refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

const ORGANISER = 1001;
const SECRETARY = 2001;
const TRIAGE = -1002001;

let t: TelegramTestApp;
const group = () => t.u.group(-1001000027001, '美团杨浦骑手群');
beforeAll(async () => {
  t = await createTelegramTestApp();
  await t.handle(t.u.groupText(group(), t.u.person(ORGANISER), '/bind meituan-yangpu'));
});
afterAll(async () => {
  await t?.close();
});

async function said(chat: ReturnType<TelegramTestApp['u']['group']>, from: number, text: string) {
  const mark = t.api.mark();
  await t.handle(t.u.groupText(chat, t.u.person(from), text));
  return t.api.shownTexts(mark).join('\n');
}

describe('a Telegram group is still a 群', () => {
  it('in what a worker reads there, and in the staff group', async () => {
    expect(await said(group(), 27002, '/report 路上有个大坑，电动车差点摔了')).toContain('群里其他人看不到');
    expect(await said(group(), 27003, '@waystation_bot 退订')).toContain('微课堂和通知是发给整个群的');
    expect(await said(group(), 27004, '@waystation_bot 上节课讲的什么')).toContain(
      '最近两周本群没有推送过课程',
    );
    const staff = t.u.group(TRIAGE, '美团杨浦工单群');
    const refusal = await said(staff, SECRETARY, '@waystation_bot 骑手意外险怎么理赔');
    expect(refusal).toContain('这里是工作群');
    expect(refusal).not.toContain('频道');
  });
});
