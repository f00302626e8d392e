/**
 * Emergency round 19 (docs/reports.md): the causes behind misses and false alarms on fresh wordings — a
 * live wire down where people walk past, someone locked in by the people who sent others to beat them.
 * Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only. What a branch
 * secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A power line down where people walk past; nobody passing, or a charging cable, is not an emergency.
  ['路口的电线断了掉在地上 还有人在那走过', true],
  ['电线被风刮断了 耷拉在人行道上 路人还在经过', true],
  ['电线断了 没人经过 明天再修', false],
  ['充电线断了 有人踩了一脚', false],
  // Locked in by the people who sent others to beat them; a prank between colleagues is not.
  ['老板不发工资还找人揍我 现在被锁在他们厂里', true],
  ['同事把我锁在仓库里开玩笑', false],
  // Thick smoke in a stairwell (冒好大烟) and no way out; a smoker's smell is not a fire.
  ['楼道里冒好大的烟 我们下不去了', true],
  ['有人在楼道抽烟 好大烟味', false],
  // A child called 孩儿 (Henan) not found for hours; a lost key is not a person.
  ['俺家孩儿找不着了 都俩钟头了', true],
  ['俺的钥匙找不着了', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 19 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
