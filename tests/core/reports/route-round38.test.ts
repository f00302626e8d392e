/**
 * Emergency round 34 (docs/rounds/reports.md): the kinds of report behind the misses on the dev34 sets — Fuzhou 伓 (叫伊伓应)
 * and lips 紫紫的, heat stroke told as 蹲下来吐 and a body 烫得跟火炉一样, an allergy on the face (满脸红疙瘩 喉咙发紧),
 * rat poison and a phone typed by sound (老鼠要, 打电化), a child bobbing in the water (一冒一沉) or past the railing with
 * no grown-up by, a goodbye of thanks for the years with a location sent and no answer, a fall through the ice in
 * English. Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only.
 * What a branch secretary sees: the report arrives as an emergency, urgent or ordinary.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const EMERGENCY_ROWS: [string, boolean][] = [
  // Fuzhou speech: 伓 is 不.
  ['阿伯坐在公交站边上倒下去了 喊伊伓应', true],
  ['阿婆倒在路边 嘴唇紫紫的 喘不上气', true],
  // Heat stroke told by what a bystander sees.
  ['跑了一下午 老乡突然趴着吐 还开始说胡话', true],
  ['工友蹲在树底下 额头烫得吓人 问他话答不上来', true],
  // An allergy on the face with the throat closing.
  ['同事吃了芒果 满脸红疙瘩 喉咙发紧', true],
  // Typed by sound: rat poison, the phone.
  ['室友吞了一包老鼠要 打电化给我哭 现在不接了', true],
  // A child going under, or past the railing with nobody watching.
  ['河边有个小孩掉下去了 一沉一浮的', true],
  ['江边有个娃翻过护栏 站到水里了 旁边没有大人', true],
  // A goodbye with thanks for the years, a location sent, then no answer.
  ['老乡给我发消息说谢谢你这些年 然后发了个大桥的定位 电话一直不接', true],
  ['a rider fell through the ice on the river and can’t climb out', true],
  // Calm: the same words with no danger.
  ['湖边好多小孩玩 护栏太矮 没有大人看着 能不能加高', false],
  ['谢谢你这两年的照顾 下个月回老家了 电话打不通的话加我微信', false],
  ['家里老鼠要进来了 有没有人知道哪里买粘鼠板', false],
  // Calm: a threat by phone said with 讲, its maker never came.
  ['有个客人在电话里讲要砍死我 人冇来', false],
  // Calm: a faint that is over, said so.
  ['老乡刚才晕了一下 现在讲没事了 要不要去医院看看', false],
  ['my coworker fainted at the depot yesterday, he is home resting now', false],
  // Calm: a price that "kills".
  ['这配送费要杀人啊 跑一单才两块', false],
  // Calm: first aid asked about with a what-if.
  ['想问一下 要是碰到工友中暑晕倒 等救护车的时候怎么处理', false],
  // Calm: a tree on the bikes, nobody under it.
  ['大风把树吹倒了 压在几台电动车上 还好没砸到人', false],
  // Calm: dizzy for days, a check-up asked for.
  ['头晕了好几天 想问哪里有免费体检', false],
  // Calm: a scare that turned out to be nothing.
  ['刚才江边有人喊有人落水 结果是在拍视频 虚惊一场', false],
  // Calm: the writer says it is no emergency.
  ["not an emergency, but a customer keeps saying he'll kill me if I come back", false],
  // …but a danger now stays one.
  ['有人拿刀说要杀人啊 就在小区门口', true],
  ['老乡头晕了 突然倒在路边叫不醒', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 34 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
