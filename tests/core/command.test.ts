/**
 * Commands typed with a Chinese input method: the slash (and sometimes the letters) come out full-width
 * (／report, ／ｒｅｐｏｒｔ). They were read as a question ("report" → the health-check report entry);
 * now they are the command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { parseCommand } from '../../src/core/command.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('a command typed in full-width characters', () => {
  it('／report starts a report', async () => {
    await app.type(':as rider-fw1 zh-CN', ':dm', '／report');
    expect(app.take().join('\n')).toContain('请说说遇到了什么问题');
  });

  it('／ｈｅｌｐ shows the help, and its argument is kept as typed', async () => {
    await app.type(':as rider-fw2 zh-CN', ':dm', '／ｈｅｌｐ');
    expect(app.take().join('\n')).toContain('/report');
    expect(parseCommand('／ｔｉｃｋｅｔ　ＪＮ-2026-000001', undefined)).toMatchObject({
      name: 'ticket',
      args: 'ＪＮ-2026-000001',
    });
  });

  it('a full-width slash inside a sentence is no command', () => {
    expect(parseCommand('体检／report怎么查', undefined)).toBeUndefined();
  });
});

describe('a mistyped command', () => {
  it('/reprot is answered with the command meant, one the person may use', async () => {
    await app.type(':as rider-fw3 zh-CN', ':dm', '/reprot');
    const said = app.take().join('\n');
    expect(said).toContain('没有 /reprot 这个命令');
    expect(said).toContain('您是想用 /report 吗');
  });

  it('another word for a command is answered with the command meant (/broadcast → /notice for an organiser)', async () => {
    await app.type(':as org-li zh-CN', ':dm', '/broadcast');
    expect(app.take().join('\n')).toContain('您是想用 /notice 吗');
    await app.type(':as rider-fw5 zh-CN', ':dm', '/broadcast');
    expect(app.take().join('\n')).not.toContain('/notice');
    await app.type('/menu');
    expect(app.take().join('\n')).toContain('您是想用 /help 吗');
  });

  it('/通知 opens the notice form for an organiser; a worker is told notices are the organisers’', async () => {
    await app.type(':as org-li zh-CN', ':dm', '/通知');
    expect(app.take().join('\n')).toContain('请发送通知内容');
    await app.type('/cancel', ':as rider-fw6 zh-CN', ':dm', '/通知');
    const said = app.take().join('\n');
    expect(said).toContain('通知由组织者发布');
    expect(said).not.toContain('请发送通知内容');
  });

  it('a word far from every command gets the plain answer; a worker is not offered staff commands', async () => {
    await app.type(':as rider-fw4 en', ':dm', '/xyzzy');
    expect(app.take().join('\n')).not.toContain('Did you mean');
    await app.type('/queu');
    expect(app.take().join('\n')).not.toContain('/queue');
  });
});

describe('a command typed in Chinese', () => {
  it('/举报 starts a report, /幫助 shows the help', async () => {
    await app.type(':as rider-zh1 zh-CN', ':dm', '/举报');
    expect(app.take().join('\n')).toContain('请说说遇到了什么问题');
    await app.type(':as rider-zh2 zh-TW', ':dm', '／幫助');
    expect(app.take().join('\n')).toContain('/report');
  });

  it('keeps its argument, and a Chinese word that is no command stays a question', () => {
    expect(parseCommand('/提问 体检在哪约', undefined)).toMatchObject({ name: 'ask', args: '体检在哪约' });
    expect(parseCommand('/体检', undefined)).toBeUndefined();
  });
});
