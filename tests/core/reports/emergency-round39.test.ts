/**
 * Emergency round 39 (docs/reports.md, "Emergency round 39"): the kinds of danger behind the misses and false alarms
 * on fresh wordings (evals/own/emergency-dev39-*) — blood dripping on and on, a medicine or an injection followed by
 * the lips or throat swelling and the breath or the skin going, someone lying in the snow in the frost or drunk, a
 * toxic gas escaping, someone gone into the water who cannot be seen now, the last shift and the gear left behind
 * with cold deep water pictured, letters to the family and the pills laid out. Calm: stitches out or a cast off, a
 * smell gone, despair about pay said as a degree (穷得想跳河, 激到吐血, 真不想活了 over fuel money), a price pushed
 * down (压价压到两百), and the same words without the danger (a drill, slippers lost, a last order before going home).
 * Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only. What a branch secretary
 * sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Blood dripping on and on, however calmly told.
  ['手被玻璃割了 血一直往下滴', true],
  ['让狗咬了一口 血滴答滴答地掉', true],
  // A medicine or an injection, the lips or tongue swelling, the breath or the skin going.
  ['刚吃了消炎药 舌头肿起来了 有点喘不上气', true],
  ['had a penicillin shot an hour ago, now my lips are swelling and I have hives all over', true],
  // Someone lying in the snow, in the frost or drunk.
  ['雪地里躺着个醉汉 零下十几度', true],
  ["a drunk guy passed out in the snow, it's minus 15 out", true],
  // A toxic gas escaping.
  ['工厂那边氯气泄漏了 味道很冲', true],
  ['ammonia leaking at the cold store, two guys still inside', true],
  // Into the water and not seen now.
  ['几个小伙子下河游泳 有一个现在看不到人了', true],
  ["my cousin went swimming in the reservoir and now we can't find him", true],
  ['同事下水庫游泳 到現在都沒看到人', true],
  ["he went into the river to swim and we can't see him anymore", true],
  // The last shift, the gear left, cold deep water pictured; letters to the family and the pills laid out.
  ['最后一趟送完了 以后别给我排班了 那条河的水应该很深吧', true],
  ["last delivery done, don't schedule me anymore, the river must be cold tonight", true],
  ['I wrote letters to my wife and kids, the pills are lined up', true],
  // …and despair about pay with a means told stays.
  ['一天扣了三百 真不想活了 农药都买好了', true],
  // Calm: a drop or two, healed, a smell gone, pay vented, a price pushed down, a drill, a lost slipper, going home.
  ['手指被纸划了 血滴了两滴 贴了创可贴', false],
  ['上个月胳膊摔骨折了 石膏拆了 能报销吗', false],
  ['the cast came off last week, who do I send the receipts to', false],
  ['出租屋前阵子有煤气味 现在已经没味了 房东还要我们出钱', false],
  ['一单才三块 穷得想跳河 这罚款也太狠了', false],
  ['平台又扣钱 激到我吐血', false],
  ['一趟跑下来油钱都不够 真不想活了', false],
  ['下周厂里搞氨气泄漏应急演练 大家别慌', false],
  ['去河里游泳的时候找不到拖鞋了', false],
  ['最后一单送完了 以后不用给我排班了 我回老家了', false],
  ['冬天在雪地里躺着拍照 冻得够呛', false],
  ['雪地里倒着辆电动车 零下二十度', false],
  ['游泳馆找不到人登记', false],
  ['游泳的时候没看到人 挺清静', false],
  ['送完最后一单 去河里游个泳 水应该挺凉快', false],
];

// A pack that names 砸到人 among its emergencies, read by meaning: a price pushed down (压价压到两百) is nobody crushed.
const PRICE_PUSHED_DOWN: [string, string, boolean][] = [
  ['packs/cangshan', '货主压价压到一车才三百 跑一趟亏一趟', false],
  ['packs/cangshan', '广告牌倒下来压到一个骑车的人', true],
];

describe('emergency round 39: a pack phrase read by meaning', () => {
  it.each(PRICE_PUSHED_DOWN)('%s: %s → emergency: %s', async (dir, text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe.each(TUNEABLE_PACK_DIRS)('emergency round 39 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
