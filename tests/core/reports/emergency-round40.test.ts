/**
 * Emergency round 40 (docs/reports.md, "Emergency round 40"): the kinds of danger behind the misses and false alarms
 * on fresh wordings (evals/own/emergency-dev40-*) — a pregnancy with blood however it is said or the belly tightening
 * again and again, a fall with the neck or back hurting and a limb gone numb, a fall off a ladder "from up there",
 * cold or a soaking with shivering that will not stop and the tongue tied, someone in the frost who answers only with
 * a moan or is frozen hard, a leak and a hand held by it, something scalding splashed in the face or the eyes, a fit
 * "never had before" (以前没这毛病 is no past). Calm: a jolt at a payslip or a photo (被电到 with no current), a
 * danger read in a feed (朋友圈看到, 网上刷到), a customer's claim the worker disowns (食物中毒跟我有什么关系), tuition
 * (拿不出学费 is no 出血), and the same words without the danger. Checked on variants (not the eval lines) through every tuned pack; built-in
 * knowledge only. What a branch secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A pregnancy, and blood however it is said, or the belly tightening again and again.
  ['媳妇怀着孕 刚才在店里坐着 凳子上有血', true],
  ['同事懷孕八個月 剛剛肚子一陣一陣發硬', true],
  // A fall, the neck or the back hurting, a limb numb or weak: the spine.
  ['师傅从车厢上摔下来 后背疼得厉害 两条腿发麻', true],
  ['從樓梯滾下來 脖子很痛 手腳都麻了', true],
  ['my coworker slipped off the loading dock, his neck hurts and his arms are tingling', true],
  // Up a ladder, then off it from up there.
  ['他爬梯子换灯泡 从上面摔下来了', true],
  // Cold or soaked, shivering that will not stop, the tongue tied; a moan for an answer in the frost; frozen hard.
  ['衣服全淋濕了 一直打寒戰 說話舌頭打結', true],
  ['the guy at the bus stop is soaked through, shivering and his speech is slurred', true],
  ['零下十几度 桥洞底下蹲着个老人 喊他只会哼哼', true],
  ['路边那个大爷 身子冻得邦邦硬', true],
  // A leak and a hand held by it, however it is said, in pinyin too.
  ['插排漏电 同事的手被吸住了 甩不开', true],
  ['电箱漏电 一个工人被电住了', true],
  ['chazuo loudian, tongshi de shou bei xi zhu le', true],
  // Something scalding in the face or the eyes.
  ['炸鸡店的油锅翻了 热油溅了他一脸', true],
  ['开水壶炸了 开水喷到眼睛里', true],
  // A fit never had before is happening now, not in the past.
  ['老李突然倒在地上一直抽 以前从来没这样过', true],
  // Calm: a jolt at a figure or a face, a feed, a claim disowned, the same words without the danger.
  ['看到这个月的罚单 我直接被电到了', false],
  ['刷到他的照片 瞬间被电到', false],
  ['网上刷到有个骑手被人砍了 晚上送单大家小心', false],
  ['朋友圈看到有人被持刀抢劫 我们要注意啥', false],
  ['客户投诉说吃了我送的餐中毒了 跟我有什么关系 餐又不是我做的', false],
  ['以前没这毛病 最近腰老是疼 想去体检', false],
  ['摔了一跤 脖子疼 真麻烦', false],
  ['上个月从梯子上摔下来 脖子疼 手麻 能报工伤吗', false],
  ['怀孕五个月 体检查出贫血 能报吗', false],
  ['饭菜冻得梆梆硬 顾客给了差评', false],
  ['今天零下十几度 叫他起床就哼哼', false],
  ['泼了我一脸水 这顾客太过分了', false],
  // 出学 is 出血 typed by sound, but 出学费 is paying tuition.
  ['女儿考上大学了 家里拿不出学费', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 40 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
