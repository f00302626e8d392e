/**
 * Stop 20 (docs/rounds/faq.md): a city named as where the worker comes from (老家是商丘的, 我是甘肃人, 从开封过来)
 * is not what the question is about; the question is still answered from the pack, while one about another
 * city still is not. Also: asking what the bot does in Henan, Shaanxi and Wuhan words, a trade named inside
 * 学门…手艺, and likes-for-money as the task scam. Written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

const CASES: [Pack, string, string][] = [
  ['jinshui', '俺老家是商丘的 孩子想在郑州上小学 要准备啥', 'suiqian-ruxue'],
  ['yanta', '我是甘肃人 娃想在这边上公办小学 咋办手续', 'suiqian-ruxue'],
  ['jinshui', '户口在开封 娃能在这上学不', 'suiqian-ruxue'],
  // The question itself about another city: still not this pack's answer.
  ['jinshui', '开封那边孩子上学咋弄', 'none'],
  ['yanta', '宝鸡的娃上学要啥材料', 'none'],
  // What the bot does, in regional words.
  ['jinshui', '你能弄啥', 'jiqiren-nenggan'],
  ['yanta', '你会干撒', 'zhushou-neng-gansha'],
  // A trade named inside the phrase; money for likes and taps.
  ['yanta', '想学门修车手艺 哪有免费的班', 'jineng-peixun-butie'],
  ['jinshui', '有人说动动手指点点赞就能赚钱 真的假的', 'zha-shuadan-daikuan'],
];

describe('origin, regional help words, trades and task scams', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
