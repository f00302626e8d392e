/**
 * Emergency round 34 (docs/reports.md): the kinds of report behind the misses on the dev34 sets — Fuzhou 伓 (叫伊伓应)
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
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 34 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
