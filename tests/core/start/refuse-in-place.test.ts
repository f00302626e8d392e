/**
 * Redirects that led to a refusal (QA4 #12): a command the person may not use is refused where it is typed,
 * not sent to a private chat that refuses it; /lesson in a staff chat says what the chat is, not "/bind it".
 * Real Redis, the console app.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../helpers/app.js';
import { bindGroup, clockAt, lessonApp, MONDAY_10 } from '../lessons/fixtures.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('refused in place', () => {
  it('a worker’s /export and /notices in a group are refused there, an organiser’s sent to private', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await bindGroup(t, 'riders-a', 'riders-test');
    t.take();
    for (const command of ['/export', '/notices', '/notice']) {
      await t.type(':as w1', ':in riders-a', command);
      const out = t.take().join('\n');
      // Notices are the organisers' to send: a worker is told where they are (QA19), not a bare "no permission".
      expect(out, command).toContain(command === '/export' ? '需要相应权限' : '通知由组织者发布');
      expect(out, command).not.toContain('私聊');
    }
    await t.type(':as org-test', '/notices');
    expect(t.take().join('\n')).toContain('请在和我的私聊里使用');
  });

  it('/lesson in a triage chat says what the chat is, not to /bind it', async () => {
    t = await lessonApp(clockAt(MONDAY_10));
    await t.type(':as org-test', ':in triage-riders', '/lesson');
    const out = t.take().join('\n');
    expect(out).toContain('分拣群');
    expect(out).toContain('微课堂只推送到绑定的工友群');
    expect(out).not.toContain('/bind');
  });
});
