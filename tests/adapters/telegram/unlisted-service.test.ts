/**
 * A worker asks which station has something no station lists (母婴室, a nursing room): the answer says so
 * first, and the stations under it are headed as a list, not as "these have it" (QA14). A service the pack's
 * stations all lack (淋浴) says the same. The real app and adapter against the Bot API stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unlistedThings } from '../../../src/core/stations/unlisted.js';
import { createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';

let t: TelegramTestApp;
beforeAll(async () => {
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await t?.close();
});

let nextRider = 9600;
async function ask(question: string, language_code: string): Promise<string> {
  const rider = t.u.person(++nextRider, { language_code });
  const mark = t.api.mark();
  await t.handle(t.u.privateText(rider, question));
  return t.api.shownTexts(mark).join('\n');
}

describe('a thing no station lists', () => {
  it.each([
    ['zh-CN', '哪个驿站有母婴室', '没有驿站写明有「母婴室」', '驿站列表：'],
    ['zh-TW', '哪個驛站有母嬰室', '沒有驛站寫明有「母嬰室」', '驛站列表：'],
  ])('%s: "%s" says none lists it, then the stations as such', async (locale, question, none, heading) => {
    const shown = await ask(question, locale);
    expect(shown.split('\n')[0]).toContain(none);
    expect(shown).toContain(heading);
    expect(shown).toMatch(/^1\. /m);
  });

  it('English: the thing is read from "which station has a …"', () => {
    const none = () => false;
    expect(unlistedThings('which station near me has a nursing room?', none)).toEqual(['nursing room']);
    expect(unlistedThings('哪个驿站有人吗', none)).toEqual([]);
  });

  it('near a place: none lists it, then the stations nearest that place', async () => {
    const shown = await ask('五角场附近哪个驿站有母婴室', 'zh-CN');
    expect(shown.split('\n')[0]).toContain('没有驿站写明有「母婴室」');
    expect(shown).toContain('离「五角场」最近的驿站');
  });

  it('beside a service some list: the stations with that one, and none lists the other (stop 36 leftover)', async () => {
    for (const question of ['哪个驿站有微波炉和母婴室', '哪个驿站有母婴室、微波炉']) {
      const shown = await ask(question, 'zh-CN');
      expect(shown.split('\n')[0], question).toContain('没有驿站写明有「母婴室」');
      expect(shown, question).toContain('微波炉');
      expect(shown, question).not.toContain('「微波炉');
      expect(shown, question).toMatch(/^1\. /m);
    }
  });

  it('a service none of the stations offers says none offers it', async () => {
    expect((await ask('哪个驿站有淋浴', 'zh-CN')).split('\n')[0]).toBe(
      '没有驿站提供淋浴，下面是最近的几个：',
    );
    expect((await ask('which station has a shower', 'en')).split('\n')[0]).toBe(
      'No station offers shower; these are the nearest:',
    );
  });

  it('a service some stations offer is headed as theirs, with no "none lists it"', async () => {
    const shown = await ask('哪个驿站有热水', 'zh-CN');
    expect(shown.split('\n')[0]).toBe('提供热水的驿站：');
    expect(shown).not.toContain('写明');
  });
});
