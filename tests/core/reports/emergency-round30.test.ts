/**
 * Emergency round 30 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh wordings
 * (evals/own/emergency-dev30-*) — a child led off by someone not theirs (让一个男的领走了, 被人牵走了), Cantonese 哽住
 * (choked on food), Beijing 甭 for 不 after someone called (叫他甭理人), and in English someone barely breathing or
 * a group beating one person. Calm: someone discharged from hospital (Cantonese 入院 … 已经出院) and asking the signs
 * of a danger beforehand (啥症状 想提前知道, 有啥区别). Checked on variants (not the eval lines) through every tuned
 * pack; built-in knowledge only. What a branch secretary sees: the report arrives as an emergency, or as an
 * ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A child led or taken off by someone who is not theirs (让 as the passive, 牽 traditional).
  ['超市门口一个小女孩让一个陌生女的牵走了 她奶奶在找', true],
  ['公園裡有個小朋友被人帶走了 家長到處找', true],
  // Cantonese: choked on food with the face turning colour.
  ['阿伯食糯米鸡哽住 面都紫晒', true],
  // Beijing: fell down and does not answer when called.
  ['师傅摔地上了 喊他半天甭吭声', true],
  // English: barely breathing; a group kicking or hitting one person.
  ['my roommate is on the floor and barely breathing', true],
  ['three men are kicking a courier outside the mall', true],
  ['they dragged him into the back room and are beating him', true],
  // Calm: discharged from hospital, told in Cantonese or plainly.
  ['阿妈上个月入院 而家已经出院 想问点报销', false],
  ['我爸之前住院 已经出院了 想问补贴怎么申请', false],
  // Calm: asking the signs of a danger, or its difference from another, beforehand.
  ['煤气中毒一般有啥症状 我们宿舍用炉子 想提前了解下', false],
  ['中暑和热衰竭有什么区别 想提前知道', false],
  // Calm: a child collected by their own parent, a parcel collected by a man, never mind him.
  ['孩子被他妈妈领走了', false],
  ['快递被一个男的领走了 是不是拿错了', false],
  ['甭理他 他就爱瞎说', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 30 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
