/**
 * Emergency round 35 (docs/rounds/reports.md): the kinds of report behind the misses on the dev35 sets — an allergy told in
 * southwestern and northeastern speech (脸肿起了, 出气都恼火, 身上起一片一片的疙瘩), someone buried (把搬运工埋到了), frozen
 * hands with a mind going (说话颠三倒四), pills saved up then silence, despair at the water then no answer, a toddler in a
 * locked car in English, a wildfire with people still up the hill, a wire poked at with a stick, someone swept into an
 * open manhole. Calm: a threat from a passenger who got out and went, a manhole cover lifted by water, first aid asked
 * about after a clause about the season. Checked on variants (not the eval lines) through every tuned pack; built-in
 * knowledge only. What a branch secretary sees: the report arrives as an emergency, or not.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const EMERGENCY_ROWS: [string, boolean][] = [
  // An allergy: swollen up, the throat tight, breathing hard (恼火), a rash spread over the body.
  ['工友吃了芒果 嘴巴肿起了 喉咙发紧 出气都恼火', true],
  ['同事吃了海鲜 嗓子眼儿发紧 身上起了一片一片的疙瘩', true],
  // Buried, said 埋到了.
  ['仓库货架倒了 把一个装卸工埋到了 喊不出来', true],
  // Frozen hands and a mind going.
  ['桥洞底下有个老乡 手冻得发紫发硬 说话语无伦次的', true],
  // Pills saved up, then silence.
  ['室友前两天跟我说安眠药攒够了 今天电话一直关机', true],
  // Despair at the water's edge, then no answer.
  ['老乡发语音说在江边 这辈子就这样了 然后电话就不接了', true],
  ['a toddler is alone in a locked car in the sun, crying less and less', true],
  // A wildfire with people still up the hill.
  ['后山起山火了 往村里烧 山上还有老人', true],
  // A wire poked at, a man shaking and down.
  ['有个师傅拿竹竿去挑掉下来的电线 人一抖就倒了', true],
  // Swept into an open manhole.
  ['路口井盖被水冲开了 一个外卖员连人带车被冲进去了', true],
  // Calm: a threat from a passenger who got out and went.
  ['有个乘客喝多了说要弄死我 下车就走了 我人没事 想问能不能拉黑', false],
  // Calm: a cover lifted by water, nobody in it.
  ['学校门口的井盖被水冲开了 还没人来盖 我放了个锥桶', false],
  // Calm: first aid asked about after a clause about the season.
  ['快到汛期了 想问下遇到有人掉进水里应该怎么救 有没有培训', false],
  // Calm: pills bought as an errand.
  ['帮客户买的药买好了 打他电话一直不接', false],
  // Held down and beaten; wild mushrooms, then seeing things.
  ['菜市场门口几个人按到一个送餐的在打', true],
  ['工友吃了野生菌 说看见墙上有小人在爬 一直吐', true],
  ['菌子季节到了 哪里有卖见手青的', false],
  // …but a danger now stays one.
  ['井盖被水冲开了 刚才有个人掉进去了 没上来', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 35 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe("emergency round 35: a wildfire is nobody's home", () => {
  it.each(TUNEABLE_PACK_DIRS)('%s: a wildfire is no housing report', async (dir) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify('后山起山火了 烟大得很 往村子这边烧过来 半山上还有几户老人家没下来');
    expect(r.urgency).toBe('emergency');
    expect(r.category).not.toBe('housing');
  });
});

describe('emergency round 35: what a report is about, how urgent', () => {
  it.each(TUNEABLE_PACK_DIRS)('%s: a body that gave way after wild mushrooms is health', async (dir) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify('两个工友吃了炒的野生菌 一个看见满地小人 一个吐得站都站不起来了');
    expect(r.urgency).toBe('emergency');
    expect(r.category).toBe(classifier.classify('工友中暑了 头晕 一直吐 叫不醒').category);
  });
  it.each(TUNEABLE_PACK_DIRS)('%s: a heater unplugged and out of use since is not urgent', async (dir) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('驿站的取暖器昨天冒火星子 拔了电以后现在不敢用了').urgency).not.toBe('urgent');
    // …but one people still charge at stays urgent.
    expect(classifier.classify('驿站插座冒火星子 拔了电 大家还在那充电').urgency).toBe('urgent');
  });
});
