/**
 * An organiser correcting a notice written in Chinese with an [en] version (orgmonth, week 1): the ✏️ 更正 prompt
 * showed only the Chinese under "现在的内容", so the organiser retyped only that, and the English group's copy
 * became the Chinese text without a word to them. Now the prompt shows every version as it is typed, and a
 * correction that leaves one out says what its groups get instead.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { clockAt, delivered, LESSONS_PACK } from '../lessons/fixtures.js';
import type { TestApp } from '../../helpers/app.js';
import { ORGANISER, press } from './helpers.js';

let tg: TelegramTestApp | undefined;
afterEach(async () => {
  await tg?.close();
  tg = undefined;
});

describe('correcting a notice that has an [en] version', () => {
  it('shows the [en] version in the prompt, and says so when the correction leaves it out', async () => {
    tg = await createTelegramTestApp({ contentDir: LESSONS_PACK, now: clockAt(Date.now()).now });
    tg.app.deps.delivery.start(['telegram']);
    const { api, u } = tg;
    const organiser = u.person(ORGANISER);
    const zh = u.group(-1001234567811, '骑手一群');
    const en = u.group(-1001234567812, 'Riders English');
    await tg.handle(u.groupText(zh, organiser, '/bind riders-test'));
    await tg.handle(u.groupText(en, organiser, '/bind riders-test en'));
    await tg.handle(
      u.privateText(
        organiser,
        '/notice 周六上午9点驿站免费体检，请带身份证。\n[en] Free health checks at the station on Saturday from 9:00.',
      ),
    );
    await press(tg, 'nt:all');
    await press(tg, 'nt:go');
    await press(tg, 'nt:ok');
    await delivered(tg as unknown as TestApp, 'notice:n1');

    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:fix:n1');
    const prompt = api.shownTexts().at(-1)!;
    expect(prompt).toContain('现在的内容（连同各语言版本，改好后整段发回）：');
    expect(prompt).toContain(
      '周六上午9点驿站免费体检，请带身份证。\n[en] Free health checks at the station on Saturday from 9:00.',
    );

    // The organiser fixes the hour in the Chinese only.
    const fixing = api.mark();
    await tg.handle(u.privateText(organiser, '周六上午8点半驿站免费体检，请带身份证。'));
    const reply = api.shownTexts(fixing).join('\n');
    expect(reply).toContain('已发出的 2 条消息正在逐条修改');
    expect(reply).toContain(
      '⚠️ 这次没有写 [en] 版本：1 个英文群的通知改成了中文原文。要保留英文，请再点“✏️ 更正”，在正文后另起一行写 [en] 和英文内容。',
    );
    const edit = await api.waitFor('editMessageText', (p) => Number(p.chat_id) === en.id, { after: fixing });
    expect(String(edit.params.text)).toContain('周六上午8点半驿站免费体检');

    // Written again with its [en] block, nothing is said about versions.
    await tg.handle(u.privateText(organiser, '/notices'));
    await press(tg, 'nt:show:n1');
    await press(tg, 'nt:fix:n1');
    expect(api.shownTexts().at(-1)).not.toContain('[en] Free');
    const again = api.mark();
    await tg.handle(
      u.privateText(
        organiser,
        '周六上午8点半驿站免费体检，请带身份证。\n[en] Free health checks at the station on Saturday from 8:30.',
      ),
    );
    expect(api.shownTexts(again).join('\n')).not.toContain('版本');
    const back = await api.waitFor('editMessageText', (p) => Number(p.chat_id) === en.id, { after: again });
    expect(String(back.params.text)).toContain('Free health checks at the station on Saturday from 8:30.');
  });
});
