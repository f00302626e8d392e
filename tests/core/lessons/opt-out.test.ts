/**
 * Workers asking for the lessons and notices to stop (QA4 #9): told what they can do — mute the group, tell the
 * branch with one tap; in private, that nothing is pushed there — never an FAQ entry that shares a word.
 * Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { asksToStop } from '../../../src/core/lessons/opt-out.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10 } from './fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('opting out of lessons and notices', () => {
  it('in a group: mute the chat or tell the branch, whichever way it is asked', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    t.take();
    for (const line of ['@waystation_bot 退订', '@waystation_bot 别再给我推课了，太烦了', '/stop', '/mute']) {
      await t.type(':as w1', ':in riders-a', line);
      const out = t.take().join('\n');
      expect(out, line).toContain('没法只给您一个人停掉');
      expect(out, line).toContain('消息免打扰');
      expect(out, line).not.toContain('押金');
      expect(t.console.transcript.at(-1)!.choices).toEqual(['📨 告诉支部']);
    }
    // The tap passes the wish to the branch, in words the branch understands.
    await t.type(':press 1');
    const passed = t.console.transcript
      .filter((l) => l.to.chatId !== 'riders-a' && l.kind === 'send')
      .map((l) => l.text)
      .join('\n');
    expect(passed).toContain('希望本群少推或暂停微课堂和通知');

    // A worker's /pause is told the same, not only "no permission".
    await t.type('/pause');
    expect(t.take().join('\n')).toContain('只有组织者能暂停本群的推送');

    // An organiser is told how to pause the group.
    await t.type(':as org-test', '@waystation_bot 退订');
    expect(t.take().join('\n')).toContain('/pause');

    // Not listed in /help.
    await t.type(':as w1', '/help');
    expect(t.take().join('\n')).not.toContain('/stop');
  });

  it('in private: nothing is pushed there; how to quiet the group', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await t.type(':as w1', ':dm', '/stop');
    let out = t.take().join('\n');
    expect(out).toContain('不会在私聊里给您推送');
    expect(out).not.toContain('没有 /stop');
    await t.type(':as w2 en', 'unsubscribe');
    out = t.take().join('\n');
    expect(out).toContain('I send no lessons or notices in private');
  });

  it('a subscription of something else is not an opt-out', () => {
    for (const q of [
      '退订',
      '别发了',
      'stop',
      '请别再发通知了',
      'stop sending lessons please',
      '不想再收到这些',
    ])
      expect(asksToStop(q), q).toBe(true);
    for (const q of [
      '美团会员怎么退订',
      '外卖骑士卡自动续费怎么退订',
      '平台别再给我派远单了',
      'stop sign',
      '停车在哪',
    ])
      expect(asksToStop(q), q).toBe(false);
  });
});
