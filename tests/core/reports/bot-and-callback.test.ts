/**
 * "你是真人吗" gets an honest "我是自动回复的助手" and "13812345678 给我回个电话" is told the bot cannot phone — each
 * with the way to a person at the branch, a report (QA22 #3, #4). Before, the first got a greeting that never said
 * it was a machine, the second the FAQ on a hit-and-run.
 */
import { describe, expect, it } from 'vitest';
import { linesIn, press } from './helpers.js';
import { useReportsApp } from './drive.js';

const setup = useReportsApp({ bind: 'meituan' });

const last = (chat: string) => linesIn(setup.app, chat).at(-1)!;

describe('asking whether the bot is a person', () => {
  it.each(['你是真人吗', '是机器人吗', '你是机器人吗 嘎哈呢'])(
    '"%s": says it is an automatic assistant',
    async (words) => {
      await setup.app.type(':as rider-b1', ':dm', words);
      expect(last('rider-b1').text).toContain('我是自动回复的助手，不是真人');
      expect(last('rider-b1').choices.join()).toContain('反映问题');
    },
  );

  it('in English, the same, and the button starts a report', async () => {
    await setup.app.type(':as rider-b2 en', ':dm', 'are you a bot?');
    expect(last('rider-b2').text).toContain('not a person');
    await press(setup.app, 'rider-b2', 'Report');
    expect(last('rider-b2').text).toMatch(/what happened|problem/i);
  });

  it('in a group, says so and offers the private way', async () => {
    await setup.app.type(':as rider-b3', ':in riders-meituan', '@waystation_bot 你是真人吗');
    const seen = last('riders-meituan');
    expect(seen.text).toContain('我是自动回复的助手');
    expect(seen.choices.length).toBeGreaterThan(0);
  });
});

describe('asking the bot to phone', () => {
  it('"13812345678 给我回个电话": cannot call, the way to the branch instead, no FAQ entry', async () => {
    await setup.app.type(':as rider-c1', ':dm', '13812345678 给我回个电话');
    const seen = last('rider-c1');
    expect(seen.text).toContain('打不了电话');
    expect(seen.text).not.toContain('13812345678');
    expect(seen.text).not.toContain('撞');
    expect(seen.choices.join()).toContain('反映问题');
  });

  it('"call me back please": the same in English', async () => {
    await setup.app.type(':as rider-c2 en', ':dm', 'call me back please');
    expect(last('rider-c2').text).toContain("can't make phone calls");
  });
});
