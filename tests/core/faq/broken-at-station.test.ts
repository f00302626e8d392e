/**
 * Something broken at a station is a problem to report, not a question of where a service is (stop 41: "站点的饮水机
 * 坏了找谁" got the list of stations with hot water). Told so with the report button in private — its words kept for
 * the report — and, for a station named, its phone and its one-tap problems; in a group, to say it in private. Asking
 * where ("哪里有热水", "充电器坏了哪里能充电") is still answered with stations. zh-CN, zh-TW, en.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { brokenAtStation } from '../../../src/core/faq/broken.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await t.type(':as org-li zh-CN', ':in riders-meituan 美团骑手群', '/bind meituan-yangpu');
  t.take();
});
afterAll(async () => t.close());

let people = 0;
/** A new worker asks in private; the bot's last message. */
async function ask(locale: string, text: string) {
  await t.type(`:as rider-broken-${++people} ${locale}`, ':dm', text);
  t.take();
  return t.console.transcript.at(-1)!;
}

describe('something broken at a station', () => {
  it.each([
    ['zh-CN', '站点的饮水机坏了找谁', '驿站里的东西坏了，是要反映的问题', '📝 这是要反映的问题'],
    ['zh-CN', '驿站的充电桩坏了', '驿站里的东西坏了，是要反映的问题', '📝 这是要反映的问题'],
    ['zh-TW', '驛站的飲水機壞了找誰', '驛站裡的東西壞了，是要反映的問題', '📝 這是要反映的問題'],
    [
      'en',
      'the water dispenser at the station is broken, who do I tell',
      'Something broken at a station is a problem to report',
      '📝 Report this problem',
    ],
  ])('%s “%s” is a report to make, not a list of stations', async (locale, text, said, button) => {
    const reply = await ask(locale, text);
    expect(reply.text).toContain(said);
    expect(reply.text).not.toMatch(/提供热水的驿站|提供充电的驿站|Stations .* with/);
    expect(reply.choices).toEqual([button]);
  });

  it('a station named gets its phone and its one-tap problems, and 📝 starts a report with the words', async () => {
    const reply = await ask('zh-CN', '五角场万达暖心驿站的厕所堵了');
    expect(reply.text).toContain('五角场万达暖心驿站的东西坏了');
    expect(reply.text).toContain('021-65101002');
    expect(reply.choices).toEqual(['没开门', '没热水', '人满了', '📝 这是要反映的问题']);
    await t.type(`:press 4 ${reply.id}`);
    expect(t.take().join('\n')).toContain('厕所堵了');
  });

  it('in a group, the worker is asked to say it in private', async () => {
    await t.type(
      ':as rider-broken-g zh-CN',
      ':in riders-meituan 美团骑手群',
      '@waystation_bot 站点的饮水机坏了找谁',
    );
    const reply = t.console.transcript.at(-1)!;
    expect(reply.text).toContain('请私聊我说是哪个驿站、什么坏了');
    expect(reply.choices).toEqual([]);
  });

  it('asking where is still answered with stations', async () => {
    expect((await ask('zh-CN', '哪里有热水')).text).toContain('提供热水的驿站');
    expect((await ask('zh-CN', '充电器坏了哪里能充电')).text).toContain('提供充电的驿站');
    expect(brokenAtStation('我家空调坏了')).toBe(false);
    expect(brokenAtStation('驿站的空调不制冷了')).toBe(true);
  });
});
