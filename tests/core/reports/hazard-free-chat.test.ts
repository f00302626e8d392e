/**
 * A live hazard told in free chat (QA31 #2): "充电柜冒火花，大家还在充电" typed outside a report got the FAQ's
 * indoor-charging answer and no danger line, while inside /report the same words are 🟠 urgent; "sparking but we
 * switched it off" got the 119 emergency card. Now the worker still exposed is told what to do first and offered the
 * report (which starts 🟠 with their words), in their language; a hazard already made safe is not told to call 119.
 * Typed in pinyin, the words are read back as the report reads them (round 40: "chazuo mao huohua le" got the FAQ).
 * Console (three languages) and the Telegram stand-in (private and a group).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/app.js';
import { buttonsOf, createTelegramTestApp, type TelegramTestApp } from '../../helpers/fake-bot-api.js';
import { linesIn, press } from './helpers.js';

let app: TestApp;
let t: TelegramTestApp;
beforeAll(async () => {
  app = await createTestApp();
  t = await createTelegramTestApp();
});
afterAll(async () => {
  await app?.close();
  await t?.close();
});

/** What the bot said to `user` (as "id locale") after they typed `text` in private, in one string. */
async function told(user: string, text: string): Promise<string> {
  const id = user.split(' ')[0]!;
  const before = linesIn(app, id).length;
  await app.type(`:as ${user}`, ':dm', text);
  return linesIn(app, id)
    .slice(before)
    .map((l) => l.text)
    .join('\n');
}

describe('a hazard people are still exposed to, told in free chat', () => {
  it('zh-CN: what to do now and the offer to report, then the report starts 🟠 with the words', async () => {
    const said = await told('hz-cn zh-CN', '充电柜冒火花，大家还在充电');
    expect(said).toContain('先别靠近');
    expect(said).toContain('拨打 119');
    expect(said).toContain('交给支部');
    expect(said).not.toContain('电动车电瓶能不能在驿站充电');
    // Not an emergency: no list of numbers, no 🆘.
    expect(said).not.toContain('请立即拨打');
    await press(app, 'hz-cn', '反映给支部');
    const [start, proposal] = linesIn(app, 'hz-cn')
      .slice(-2)
      .map((l) => l.text);
    expect(start).toContain('充电柜冒火花，大家还在充电');
    expect(proposal).toContain('紧急程度：🟠 紧急');
  });

  it('zh-TW: the same, in Traditional Chinese', async () => {
    const said = await told('hz-tw zh-TW', '充電櫃冒火花，大家還在充電');
    expect(said).toContain('先別靠近');
    expect(said).toContain('撥打 119');
    expect(said).not.toContain('電動車電瓶能不能在驛站充電');
  });

  it('English: the same, in English', async () => {
    const said = await told(
      'hz-en en',
      'The charging cabinet at the station is sparking and people are still charging',
    );
    expect(said).toContain('Keep away from it');
    expect(said).toContain('call 119');
    expect(said).toContain('tap the button below');
    expect(said).not.toContain('Can I charge my e-bike battery');
    await press(app, 'hz-en', 'Report this');
    expect(linesIn(app, 'hz-en').at(-1)!.text).toContain('urgency: 🟠 urgent');
  });

  it('a hazard that is not electric is told to keep away, with no power or 119 in it', async () => {
    const said = await told('hz-road zh-CN', '路口那个井盖松了 很危险 还没人摔');
    expect(said).toContain('先离远一点');
    expect(said).not.toContain('119');
  });

  it('asked as a question: the danger line first, then the FAQ answers', async () => {
    const said = await told('hz-ask zh-CN', '插座冒火花 还有人在用 怎么办？');
    expect(said).toMatch(/^⚠️ 先别靠近/);
    expect(said.split('\n').length).toBeGreaterThan(1);
  });
});

describe('typed in pinyin, read back as the report reads it (round 40)', () => {
  it('a hazard people are still exposed to: the danger line and the offer, the report 🟠', async () => {
    const said = await told('hz-py1 zh-CN', 'chazuo mao huohua le, hai you ren zai yong');
    expect(said).toContain('先别靠近');
    expect(said).toContain('交给支部');
    expect(said).not.toContain('请立即拨打');
    await press(app, 'hz-py1', '反映给支部');
    expect(linesIn(app, 'hz-py1').at(-1)!.text).toContain('紧急程度：🟠 紧急');
  });

  it('a fire: the emergency numbers with the fire line first, not the FAQ on charging', async () => {
    const said = await told('hz-py2 zh-CN', 'chongdianzhuang zhaohuo le');
    expect(said).toContain('请立即拨打');
    expect(said).toContain('马上撤离');
    expect(said).not.toContain('电动车电瓶能不能在驿站充电');
  });

  it('a question the pack answers, in pinyin, is read as that question: no danger read into it', async () => {
    // Read with the report's words alone these were 面非礼发 (violence) and 天台热了 (a roof).
    for (const [user, text] of [
      ['hz-py4 zh-CN', 'mianfei lifa zai nali'],
      ['hz-py5 zh-CN', 'tian tai re le, you mei you liang shui'],
    ] as const) {
      const said = await told(user, text);
      expect(said).not.toMatch(/请立即拨打|先别靠近|先离远一点/);
    }
  });

  it('a knife put to someone: the emergency numbers, where the FAQ has 拿到 for na dao (round 41)', async () => {
    for (const [user, text] of [
      ['hz-py6 zh-CN', 'you ge ren na dao zhi zhe wo, kuai lai ren'],
      ['hz-py7 zh-CN', 'ta na dao zhui wo tongshi'],
    ] as const) {
      expect(await told(user, text)).toContain('请立即拨打');
    }
  });

  it('a child missing: the emergency numbers, not 海子 from the pieces of everyday words (round 41)', async () => {
    expect(await told('hz-py8 zh-CN', 'xiaohai bu jian le, zhao le ban tian')).toContain('请立即拨打');
  });

  it('a fitting broken, no danger told: no danger line', async () => {
    const said = await told('hz-py3 zh-CN', 'yizhan de chongdianzhuang huai le');
    expect(said).not.toMatch(/先别靠近|请立即拨打/);
  });
});

describe('a hazard already made safe is not told to call 119', () => {
  it('zh-CN 已经关了, English "switched it off", "nobody uses it": no emergency card, no danger line', async () => {
    for (const [user, text] of [
      ['hz-off1 zh-CN', '充电柜冒火花 但我们已经关了'],
      ['hz-off2 en', 'the battery cabinet is sparking but we switched it off'],
      ['hz-off3 en', 'the socket is sparking, nobody uses it any more'],
    ] as const) {
      const said = await told(user, text);
      expect(said).not.toContain('119');
      expect(said).not.toMatch(/先别靠近|Keep away/);
    }
  });

  it('but flames are still a fire: the emergency numbers', async () => {
    expect(
      await told('hz-fire en', 'the battery cabinet is sparking, we switched it off but it caught fire'),
    ).toContain('119 Fire and rescue');
    expect(await told('hz-fire2 zh-CN', '充电柜冒火花 已经关了 但是着火了')).toContain('请立即拨打');
  });
});

describe('on the Telegram stand-in', () => {
  it('in private: the line and the 📝 button; in a group: the line and the private link, words kept', async () => {
    const rider = t.u.person(39201);
    await t.handle(t.u.privateText(rider, '充电柜冒火花，大家还在充电'));
    const shown = t.api.lastMessage(rider.id)!;
    expect(shown.text).toContain('先别靠近');
    expect(buttonsOf(shown).map((b) => b.text)).toContain('📝 把这些反映给支部');

    const group = t.u.group(-1003920000001, '骑手群');
    const mark = t.api.mark();
    await t.handle(t.u.groupText(group, t.u.person(39202), '@waystation_bot 充电柜冒火花，大家还在充电'));
    const said = t.api.shownTexts(mark).join('\n');
    expect(said).toContain('先别靠近');
    expect(said).toContain('私聊时会直接带进反映里');
  });
});
