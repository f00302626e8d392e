/**
 * Emergency round 29 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh wordings
 * (evals/own/emergency-dev29-*) — southwestern 莫 / 莫得 and northwestern 么 for 没 (活着莫意思, 叫了半天么反应), Sichuan
 * 噎倒了 (choked), 压到起 动不得 (pinned, cannot move), two gone down a pit and not come up said over two clauses, a
 * person fallen into a well said place first (井里掉人了), skin coming off in pieces after a scald, a child led off by
 * a stranger crying for a parent, and in English someone gone limp, beaten with sticks or under a wheel. Calm: a
 * threat not carried out (后头也没动手, Hefei 港 = 说), a spark that has not caught (还没烧起来), and questions on warning
 * signs or on what to do first on seeing someone down. And what the report is about: 被电打了 is a shock, a pipe
 * that fell on someone an accident, coal smoke with someone sick poisoning, a pregnancy in danger after a fall
 * illness. Checked on variants (not the eval lines) through every tuned
 * pack; built-in knowledge only. What a branch secretary sees: the report arrives as an emergency, or as an
 * ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // 莫 and 么 for 没 (southwestern, Lanzhou).
  ['老乡一直说活着莫意思', true],
  ['师傅倒在库房里 喊了好几声么反应', true],
  // Choked (噎到 / 噎倒: the verb completed), pinned and unable to move (Chongqing 压到起, 动不得).
  ['老人吃汤圆噎到了 脸都紫了', true],
  ['同事遭铁架子压倒起的 动不得', true],
  // Gone down a pit and not come up, over two clauses.
  ['污水井清淤 下去一个师傅 半天没得上来', true],
  // Someone fallen into water or a well, said place first.
  ['河里掉人了 快来', true],
  // Skin coming off in pieces after a scald.
  ['开水泼到腿上了 皮一片片往下脱', true],
  // A child led off by a stranger, crying for a parent.
  ['超市门口有个男的拉着一个小孩走 小孩一直哭着喊爸爸', true],
  // English: gone limp, beaten with pipes, under a wheel.
  ['my coworker just went limp on the floor', true],
  ['two riders are getting beaten with pipes outside the mall', true],
  ['a rider is stuck under the bus wheels', true],
  // Calm: how-to and warning-sign questions, said in dialect or plainly.
  ['问一下 中暑了该么样处理', false],
  ['想问下 看到有人晕倒了 先做啥子', false],
  ['想了解一下 煤气中毒有哪些先兆', false],
  // Calm: a threat made whose maker never came or never struck (Hefei 港 = 说).
  ['那个客人港要打我 后头也没来 我想投诉', false],
  ['保安说要打我 后面也没动手', false],
  // Calm: a spark that has not caught yet (urgent).
  ['插座冒火星 还没烧起来', false],
  // Calm: a thing dropped in a well, a father carrying his own crying child.
  ['井里掉了个手机', false],
  ['我抱着孩子 孩子一直哭着要妈妈', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 29 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // What the report is about, each as its plain telling.
  it.each([
    // Shocked (被电打了) is the accident of a shock, not a beating.
    ['师傅修电箱的时候被电打了 倒在地上不动', '师傅修电箱的时候触电了 倒在地上不动'],
    // Struck by a thing that fell (掉下来的钢管) is an accident, not an attack with a pipe.
    ['楼上掉下来的钢管砸到一个骑手的头 流了好多血', '一个骑手被车撞了 头上流了好多血'],
    // A pregnancy in danger after a fall is illness; a pregnant woman hit and bleeding from the leg is the crash's.
    ['老婆怀孕六个月 在楼梯上摔了 下面见红了', '老婆怀孕了 一直流血 止不住'],
    ['孕妇被电动车撞了 腿上流血', '一个骑手被电动车撞了 腿上流血'],
    // Coal smoke with someone sick from it is poisoning, not a fire.
    ["coal smoke in the dorm, my roommate keeps vomiting and can't get up", '室友煤气中毒了 一直吐 起不来'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });
});
