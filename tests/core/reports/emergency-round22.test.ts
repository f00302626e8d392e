/**
 * Emergency round 22 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev15-*) — a person seen down and fitting, a sudden collapse told in Cantonese
 * (瞓低, 紫晒, 冇咗呼吸), a knife held and a chase (揸住, 追住), a pregnancy said 怀娃, not wanting to stay in the
 * world with a knife at hand, bleeding that will not stop typed 止不助, belongings handed over "not needed any
 * more", wrists cut said in English, a cracked helmet and confusion; calm: 想死的心都有了, a first-aid question
 * in Shaanxi speech, a spark at a meter box with everyone fine, a threat by phone with the writer gone. Checked
 * on variants (not the eval lines) through every tuned pack; built-in knowledge only. What a branch secretary
 * sees: the report arrives as an emergency, or as an ordinary report, and in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A person seen down and fitting; a fine seen is dismay.
  ['刚看到一个阿姨倒在公交站旁边 一直抽 口冒白沫', true],
  ['看見一個老伯倒在路邊 嘴巴冒白沫', true],
  ['看到罚单眼前一黑', false],
  ['煮面的锅里冒白沫了', false],
  // A sudden collapse in Cantonese: lying down is rest, suddenly it is a collapse.
  ['有个阿婆喺巴士站突然瞓低咗 嘴唇紫晒', true],
  ['他突然躺地上了 好像没了呼吸', true],
  ['好攰 想瞓低休息下', false],
  // A knife held and someone chased (揸住, 追住); driving (揸车) is not.
  ['有个男人揸住把菜刀喺街口追住人', true],
  ['今日揸车去咗番禺送货', false],
  // A pregnancy said 怀娃 or 怀宝宝, and bleeding or labour.
  ['我老婆怀娃七个月 下面见红了', true],
  ['媳妇怀宝宝八个月 羊水破了', true],
  // Not wanting to stay in the world, a knife at hand.
  ['我真的不想在这世上待了 刀就在手边', true],
  ['不想活在这个世界上了', true],
  // Bleeding that will not stop, 住 typed 助 or 注.
  ['手被玻璃划开了 血按不助', true],
  ['腿上的口子血止不注', true],
  // Belongings handed over, "won't need them"; a thing given away is not.
  ['同事把电动车钥匙塞给我 说以后用不上了 现在电话关机', true],
  ['这个保温箱以后用不着了 谁要', false],
  // Wrists cut, said in English.
  ['my brother cut his wrists, there is blood on the floor', true],
  // A cracked helmet and confusion after a fall.
  ['rider fell off his scooter, helmet cracked, he is confused', true],
  // Despair as an idiom over money.
  ['工资三个月没发 想死的心都有了', false],
  ['被扣了两百 想死的心都有', false],
  // A first-aid question in Shaanxi or northern speech.
  ['中暑咧咋整 喝藿香正气水管用不', false],
  // A spark at a meter box, everyone fine; flames or someone hurt still count.
  ['城中村的电表箱冒火花 人都没事 房东也不来修', false],
  ['配电箱冒火花 已经着火了 有人被电到', true],
  // A threat by phone, the writer gone; the threatener downstairs is still a danger.
  ['客人在电话里说要弄死我 他人没来 我已经送完走了', false],
  ['他在电话里说要弄死我 现在就在楼下', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 22 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // Self-harm is what the report is about, wherever it happens and whatever drove it; a weapon swung at
  // the worker by a guard at a gate is an assault, not a gate problem.
  it.each([
    ['商场停车场有个司机在车里烧炭 车窗缝都用胶带封上了', '同事说不想活了 在屋里烧炭'],
    ['小区门岗保安拿钢管抡我 头上破了在流血', '有人拿钢管打我 头上破了在流血'],
  ])('%s → as its danger alone', async (told, danger) => {
    const classifier = await classifierOn(dir);
    const report = classifier.classify(told);
    expect(report.urgency).toBe('emergency');
    expect(report.category).toBe(classifier.classify(danger).category);
  });

  // A clip someone watched is a story: nobody's trouble to route.
  it.each(['刚刷到个视频 外卖小哥被泥头车压在底下 看得我腿软', '看了个短视频 司机被人砍了 吓死我了'])(
    '%s → other, not an emergency',
    async (text) => {
      const classifier = await classifierOn(dir);
      const report = classifier.classify(text);
      expect(report.category).toBe('other');
      expect(report.urgency).not.toBe('emergency');
    },
  );
});
