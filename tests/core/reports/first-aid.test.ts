/**
 * QA9 #9: someone told of CO poisoning got the emergency numbers and the report button, but nothing on what to do
 * meanwhile. Now one short, safe first-aid line follows the numbers when the signal that fired says which danger it
 * is (gas or CO, fire, heavy bleeding, someone who may harm themselves, heat stroke, someone unconscious, chest
 * pain), in the reader's language — and none for other dangers. Real Redis, the console app.
 */
import { describe, expect, it } from 'vitest';
import { firstAidFor } from '../../../src/core/reports/first-aid.js';
import { signalsOf } from '../../../src/core/reports/intake-draft.js';
import { useReportsApp } from './drive.js';
import { linesIn, press } from './helpers.js';

const setup = useReportsApp();

/** What the bot answers `user` in private to `text`, as lines. */
async function answer(user: string, locale: string, text: string): Promise<string[]> {
  setup.app.take();
  await setup.app.type(`:as ${user} ${locale}`, ':dm', text);
  return setup.app.take().join('\n').split('\n');
}

/** The line right under the emergency numbers (the one after the title's). */
const underNumbers = (lines: string[]): string | undefined => {
  const title = lines.findIndex((l) => l.startsWith('⚠️'));
  expect(title).toBeGreaterThanOrEqual(0);
  return lines[title + 2];
};

describe('a first-aid line under the emergency numbers', () => {
  it('CO from gas in a room (QA9): get everyone out and air it, under the numbers', async () => {
    const lines = await answer('rider-fa1', 'zh-CN', '俺们站里一个小伙子烧煤气的屋里晕过去了，叫不醒');
    expect(lines[lines.findIndex((l) => l.startsWith('⚠️')) + 1]).toContain('120');
    expect(underNumbers(lines)).toBe(
      '🩹 马上开窗通风，把人都带到室外；屋里别开关电器、别点火，到室外再打电话。',
    );
    // Once: the line is not repeated elsewhere in the reply.
    expect(lines.filter((l) => l.startsWith('🩹'))).toHaveLength(1);
  });

  it('heat stroke in zh-TW, heavy bleeding in English', async () => {
    const tw = await answer('rider-fa2', 'zh-TW', '同事送單中暑昏倒了，全身發燙，叫不醒');
    expect(underNumbers(tw)).toBe('🩹 把人移到陰涼處，解開衣服，用濕毛巾擦身、搧風降溫；人清醒才小口餵水。');
    const en = await answer(
      'rider-fa3',
      'en',
      'my coworker cut his arm on the shelf and is bleeding heavily',
    );
    expect(underNumbers(en)).toBe(
      '🩹 Press hard on the wound with a clean cloth and keep pressing until help comes.',
    );
  });

  it('during a report too: the category step and the receipt carry it', async () => {
    await setup.app.type(
      ':as rider-fa4 zh-CN',
      ':dm',
      '/report',
      '同事突然胸口疼得厉害，左胳膊发麻，满头大汗',
    );
    const step = linesIn(setup.app, 'rider-fa4').at(-1)!.text.split('\n');
    expect(underNumbers(step)).toBe('🩹 马上停下，坐着休息，不要走动，松开衣领，等救护车。');
    await press(setup.app, 'rider-fa4', '对，下一步');
    await press(setup.app, 'rider-fa4', '匿名反映');
    await press(setup.app, 'rider-fa4', '提交');
    const receipt = linesIn(setup.app, 'rider-fa4')
      .findLast((l) => l.text.includes('已受理'))!
      .text.split('\n');
    expect(underNumbers(receipt)).toContain('🩹 马上停下');
  });

  it('none where the signal does not say which danger it is', async () => {
    for (const text of [
      '有人拿刀在站门口砍人', // violence: the police, no first aid to give
      '骑手被车撞了，躺在地上叫不醒', // a crash: moving them could harm
      '工友被电线电倒了，叫不醒', // a live current: not to be touched
      '小孩喝了百草枯', // poison swallowed: nothing safe to say in one line
      '他吐血了，好多血', // no wound to press
    ]) {
      const lines = await answer('rider-fa5', 'zh-CN', text);
      expect(
        lines.some((l) => l.startsWith('⚠️')),
        text,
      ).toBe(true);
      expect(
        lines.filter((l) => l.startsWith('🩹')),
        text,
      ).toEqual([]);
      await setup.app.type('/cancel');
    }
  });

  it('each kind for the signal that says it', () => {
    const kind = (text: string) => firstAidFor(text, signalsOf(text));
    expect(kind('楼道里一股煤气味，好像漏气了')).toBe('gas');
    expect(kind('宿舍里烧炭取暖，两个人头晕呕吐')).toBe('gas');
    expect(kind('大货车司机睡在车里开着暖风，叫不醒')).toBe('gas');
    expect(kind('出租屋着火了，楼道全是烟')).toBe('fire');
    expect(kind('工友割腕了，流了好多血')).toBe('bleeding');
    expect(kind('兄弟说不想活了，站在天台边上')).toBe('self-harm');
    expect(kind('有人倒在地上叫不醒')).toBe('unconscious');
    expect(kind('有人倒在地上叫不醒，没有呼吸了')).toBeUndefined();
    expect(kind('站长胸口闷，喘不上气')).toBe('chest-pain');
    expect(kind('同事吃东西噎住了，喘不上气')).toBeUndefined();
    expect(kind('我老婆怀孕七个月下面出血了')).toBeUndefined();
  });
});
