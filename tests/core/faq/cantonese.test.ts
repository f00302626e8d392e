/**
 * Written Cantonese (Guangzhou, Shenzhen) read as Mandarin (docs/rounds/faq.md, Round 21): pronouns and time words,
 * 喺 / 嚟 / 攞 / 返 as verbs, 唔俾 = 不让, 俾 + a doer = 被, 话 = 说, 点 + verb = 怎么 + verb, 人工 = 工资,
 * while the Mandarin words that share a character (仲裁, 电话, 几点, 个钟头, 人工客服) stay what they are.
 * The questions are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_WEDNESDAY_10 as opts, answerId as id, askerOn, PACKS } from '../../helpers/askers.js';

const TIANHE = resolve(import.meta.dirname, '../../../packs/tianhe');

describe('written Cantonese', () => {
  let yangpu: Asker;
  let nanshan: Asker;
  let tianhe: Asker;
  beforeAll(async () => {
    yangpu = await askerOn(SAMPLE_PACK);
    nanshan = await askerOn(PACKS.nanshan);
    tianhe = await askerOn(TIANHE);
  });

  it.each([
    ['我哋而家喺边度', '我们现在在哪里'],
    ['下昼成日唔派单俾我 话我太攰', '下午经常不派单给我 说我太累'],
    ['咁样得唔得', '这样行不行'],
    ['按金攞唔攞得返', '按金拿不拿得回'],
    ['保安唔俾我入 仲话要报警', '保安不让我进 还说要报警'],
    ['送外卖摔亲咗', '送外卖摔伤了'],
    ['搬货砸亲只脚', '搬货砸伤只脚'],
    ['电鸡俾交警扣咗 点办理', '电动车被交警扣了 怎么办理'],
    ['老细拖咗两个月人工', '老板拖了两个月工资'],
  ])('reads %s as %s', (q, plain) => {
    expect(yangpu.index.plain(q)).toBe(plain);
  });

  it.each([
    ['劳动仲裁要几耐', '劳动仲裁要多久'],
    ['打电话问过了 几点开', '打电话问过了 几点开'],
    ['跑了四个钟头', '跑了四个小时'],
    ['人工客服点揾', '人工客服怎么找'],
    ['普通话我讲唔好', '普通话我说不好'],
  ])('keeps the Mandarin word in %s', (q, plain) => {
    expect(yangpu.index.plain(q)).toBe(plain);
  });

  it('answers a Shenzhen worker writing Cantonese', () => {
    for (const [q, entry] of [
      ['我哋小区啲保安唔俾我入 点算', 'community-access'],
      ['老细拖咗我两个月人工 而家搵边个', 'wage-arrears'],
      ['而家畀人呃咗两千蚊 仲追唔追得返', 'fraud-what-to-do'],
      ['剪头发使唔使钱', 'haircut'],
      // Whether the insurance pays after a fall: the injury cover's entry since round 53 (the claim's before).
      ['踩车跌亲咗 保险赔唔赔', 'occupational-injury-cover'],
      ['我个仔想喺深圳读书 要乜嘢资料', 'school-enrollment'],
    ] as const) {
      expect(id(nanshan.ask(q, opts)), q).toBe(entry);
    }
  });

  it('answers a Guangzhou worker writing Cantonese', () => {
    for (const [q, entry] of [
      ['成日俾客人乱打差评 点投诉', 'bad-rating'],
      ['跑到下昼app唔派单俾我 话我太攰', 'fatigue-limit'],
      ['劳动仲裁几耐有结果', 'labour-arbitration'],
    ] as const) {
      expect(id(tianhe.ask(q, opts)), q).toBe(entry);
    }
  });

  it('reads a hometown said as "X来的" (我系江西嚟嘅) as where the worker came from', () => {
    expect(id(tianhe.ask('我系江西嚟嘅 喺天河做咗三个月 老细一分钱都冇俾 搵边个', opts))).toBe(
      'wage-arrears',
    );
    expect(id(tianhe.ask('送外卖摔伤了 那个职业伤害保障管不管 我是广西来的', opts))).toBe(
      'injury-cover-basics',
    );
    // Still another province's matter when the question asks about it.
    expect(id(tianhe.ask('我是湖南来的 湖南的医保怎么交', opts))).toBe('weak');
  });

  it('still refuses what the pack does not cover, asked in Cantonese', () => {
    expect(id(tianhe.ask('今晚足球边队赢', opts))).not.toMatch(/^[a-z]+-/);
    expect(id(yangpu.ask('电瓶车俾人偷咗 点算', opts))).toBe('weak');
  });
});
