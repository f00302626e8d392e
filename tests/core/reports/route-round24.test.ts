/**
 * Route round 24 (docs/rounds/reports.md, 浑南 dev): Northeastern speech and winter, read as meant. Emergencies said
 * the northern way (脑瓜子 the head, 背过气去 passed out, 挺那儿了 lying motionless, 血呼啦的 bloody, 掉冰窟窿里
 * through the ice, 耗子药 rat poison); calm: 冻坏了 of the writer or a thing (very cold), 整死我了 (exasperation),
 * 整得我上不来气, a throat 冒烟 with thirst. And what a report is about: wages not settled (没结) over the rent
 * they are for, money short (少算了…钱), a cut with its figure ("took 30%"), kept offline (不让我上线), snow left
 * on a road, a fight (干仗), a feature asked of the bot (驿站助手 is the bot, not a station). Variants, not the
 * eval lines, through every tuned pack; built-in knowledge only. What a branch secretary sees: the report
 * arrives as an emergency or an ordinary one, in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/hunnan'] as const;

const ROWS: [string, boolean][] = [
  // The head said 脑瓜子, with a concussion's signs.
  ['哥们脑瓜子磕马路牙子上了 迷迷糊糊的 一直吐', true],
  // Passed out (背过气去), lying motionless (挺那儿了), covered in blood (血呼啦的).
  ['工友干着活突然背过气去了', true],
  ['老李挺那儿了 叫也不吱声', true],
  ['一个小哥摔得血呼啦的', true],
  // Through the ice; rat poison said 耗子药.
  ['有个骑手掉冰窟窿里了', true],
  ['孩子把耗子药吃了', true],
  // A threat to the writer's life said with 整死 is still a threat.
  ['那人说要整死我 现在就在楼下', true],
  // Very cold, of the writer, the weather or a thing.
  ['今天可冻坏了 驿站几点开门', false],
  ['跑了一上午 我都冻坏了', false],
  ['电瓶冻坏了 打不着火', false],
  // Exasperation, and figures of speech.
  ['站长天天整我 整死我了', false],
  ['这破平台整死人了 一单就给两块', false],
  ['这单子整得我上不来气', false],
  ['渴得嗓子冒烟了 驿站有水没', false],
];

describe.each(PACKS)('route round 24 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // Each report lands where the plain wording of its matter does.
  it.each([
    ['工资仨月没结 下礼拜还得交房租', '工资拖了三个月没发'],
    ['系统少算了我好几单的钱', '这周工资少了两百'],
    ['they took 35% of my fares this week', 'the platform takes a bigger cut now'],
    ['平台不让我上线 说车龄太老', '账号被封了'],
    ['小区门口那条道积雪一尺厚 没人清', '路面结冰了 好多人摔'],
    ['昨天俩人在站门口干仗了', '有人在站门口打架'],
    ['驿站助手能不能加个语音的按钮', '建议多组织点骑手活动'],
  ])('%s → as %s', async (told, plain) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(plain).category);
  });
});
