/**
 * Route round 32 (docs/rounds/reports.md, dev22 on 城关, 渝北, 岳麓 and 思明): a pack's phrase of a blow is not the everyday
 * 打 (打滑, 打湿, 打电话); goods pinned on a truck, batteries carried indoors and a car door hit are things, not
 * people; a wound already stitched, or told with 昨个, is past; a worker who says they will not harm themselves is
 * heard; a lasting complaint with a checkup to afford, or shade lacking, is no attack now; a socket that sparks each
 * time it is used is a fault; a question about schooling, childcare, a skills course or social insurance is `other`;
 * a beating told as past still makes the report a safety one; a hazard that has harmed nobody so far is urgent.
 * Variants, not the eval lines, through every tuned pack and the four packs of the round; built-in knowledge only.
 * What a secretary sees: no false call-outs, and each report in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [
  ...TUNEABLE_PACK_DIRS,
  'packs/chengguan',
  'packs/yubei',
  'packs/yuelu',
  'packs/siming',
] as const;

describe.each(PACKS)('route round 32 through %s', (dir) => {
  // Nobody down, pinned, attacked or ill now: the secretary is not called out as for an emergency.
  it.each([
    ['下雨路面打滑 好几个电动车差点摔倒', false],
    ['宿舍屋顶漏水 被子都打湿了', false],
    ['老家打电话说孩子在学校出了点事 想请假回去', false],
    ['城里限行 货都压在车上卸不了', false],
    ['电瓶车电池全拉到屋里充电 插排都烧黑了', false],
    ['被一辆三轮车撞了后视镜 对方跑了', false],
    ['昨个下班被电动车刮倒了 手上缝了三针 对方不赔', false],
    ['压力好大 欠了网贷 放心我不会想不开的 就想找人说说', false],
    ['my chest has hurt off and on for two weeks, where can I get a cheap checkup', false],
    ['最近天天在路边等单 晒得头晕恶心 附近没有一块遮阳的地方', false],
    ['驿站那个插座每次充电都冒火花', false],
    ['插座冒火花 着火了 屋里还有人', true],
    ['头被砸破了 缝了针 现在还在流血', true],
    ['he suddenly has chest pain and can’t breathe', true],
  ])('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  it.each([
    '孩子明年要上学了 外地户口怎么办入学',
    '有没有给骑手孩子办的暑假托管班',
    '请问站里有没有免费的技能培训 想学开叉车',
    '外地人社保可以在这边交吗',
  ])('%s → a question for a person to answer: other', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).category).toBe('other');
  });

  it('someone pinned while unloading is an accident, as a rider hit by a car', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('卸货的时候铁架子倒下来把人压住了 腿拉不出来').category).toBe(
      classifier.classify('骑手被车撞了 腿骨折了').category,
    );
  });

  it('a hazard said to have harmed nobody so far is urgent', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('楼道里十几台电瓶车一起充电 插排都烧黑了 暂时没出事').urgency).toBe('urgent');
  });

  it('a wage row that ended in a beating, told as past, is as a shove by a guard', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('上个月去找老板要工资 他叫了几个人把我按住打了一顿').category).toBe(
      classifier.classify('保安推了我 还骂人').category,
    );
  });
});
