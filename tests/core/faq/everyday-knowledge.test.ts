/**
 * Round 17 (docs/rounds/faq.md): workers tell a topic through their situation — the season (三伏天, 数九寒天), what it
 * does to the body (晒得头晕, 冻得没知觉), a family member and a grade (闺女上一年级), a sum in the middle of a
 * phrase (先交三百, 先垫八百块), a platform's name on the phone (说是顺丰的), what they saw (倒地不喘气). The
 * built-in knowledge (lexicon.yaml concepts and conceptPatterns) reads them as the pack's own words, on every
 * pack, and a pack without the topic still says it does not know. The questions are written for these tests,
 * not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen, withinOneTap } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

/** [pack, what the worker types, the entry answered ("none": not sure / don't know)]. */
const CASES: [Pack, string, string][] = [
  // The hot stretch of the year and the sun on the body.
  ['yangpu', '三伏天在外面送单晒得头晕眼花', 'summer-heat-protection'],
  ['nanshan', '三伏天在外面送单晒得头晕眼花', 'heat-relief'],
  ['hongshan', '三伏天在外面送单晒得头晕眼花', 'heatstroke-firstaid'],
  ['chaoyang', '三伏天在外头跑单晒得头晕想吐', 'fangshu-zhongshu'],
  // The cold, with a few words between the hand and what the cold did to it.
  ['chaoyang', '数九寒天骑车手冻得没知觉，咋整', 'dongtian-fanghan'],
  // A sum inside the phrase: paying up front is the scam.
  ['nanshan', '网上招人说先交三百才给派单', 'fraud-part-time'],
  ['hongshan', '网上说先垫八百块做任务', 'task-scam'],
  ['chaoyang', '有人让我先交了钱再派活，靠谱吗', 'jianzhi-pianju'],
  // A code read out to someone who says he is the platform.
  ['yangpu', '有人自称平台的，让我把短信里的数字念给他', 'fraud-fake-customer-service'],
  ['chaoyang', '刚有人说是顺丰的，让我把短信里的几个数报给他', 'jia-kefu'],
  // Children by family word and grade; a place at university and no money for it.
  ['chaoyang', '我闺女九月要上一年级，外地户口要准备啥', 'haizi-shangxue'],
  ['nanshan', '我儿子考上了大学学费不够', 'children-study-aid'],
  // A grade names school entry, not the broad 上学 a school-grant entry also uses.
  ['hongshan', '闺女明年该上一年级了', 'migrant-kids-enrol'],
  ['nanshan', '闺女明年该上一年级了', 'school-enrollment'],
  // Taking the employer to law; learning what to do when someone collapses.
  ['chaoyang', '路上看见人倒地不喘气，我想学学按胸口', 'jijiu-peixun'],
  // A pack without the topic still does not answer it.
  ['nanshan', '路边有人倒地不喘气，想学怎么按胸口', 'none'],
  ['hongshan', '有人说是美团的，要我把短信里的几个数报给他', 'none'],
  ['hongshan', '今天下雨吗', 'none'],
];

describe('everyday knowledge: situations, seasons, sums and family words meet any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

// Stop 31: overtime pay withheld by the boss is answered with the wage-arrears entry (bridges at weight 1.5); taking
// the company to law, the arbitration entry, is offered under it.
describe('everyday knowledge, one tap away', () => {
  it('chaoyang: 老板拖着加班费不给，想告公司，怎么走 → wage arrears, arbitration offered', async () => {
    const asker = await askerOn(PACKS.chaoyang);
    const a = asker.ask('老板拖着加班费不给，想告公司，怎么走', AT_WEDNESDAY_10);
    expect(withinOneTap(asker, a)).toEqual(expect.arrayContaining(['qianxin-zenmeban', 'laodong-zhongcai']));
  });
});
