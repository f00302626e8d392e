/**
 * Emergency round 25 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev17-*) — money or papers of one's own handed over and then silence (银行卡塞给我
 * 电话关机, 押金条都留给我了 手机打不通), a goodbye said 发了告别的话, a throat swelling after a food many are
 * allergic to, a car stuck in flood water with its people counted, a diabetic 讲胡话 (Hunan, Hubei, Wu 讲 for 说),
 * people under a collapse counted (脚手架垮了 下面压了两个人), detergent drunk "as a drink"; calm: a battery on
 * charge that smoked and was unplugged with nobody hurt, a threat whose maker never came, waiting until dazed.
 * And what the report is about: a Cantonese fight (打交), a game or a TV series, a cut from a box's edge, a pregnancy
 * said 怀起 with a fall, a chest pinned under a shelf. Checked on
 * variants (not the eval lines) through every tuned pack; built-in knowledge only. What a branch secretary sees:
 * the report arrives as an emergency, or as an ordinary report, and in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Money or papers of one's own handed over, then silence; a goodbye sent, then silence.
  ['老李把工资卡塞给我了 说不用还 现在电话打不通', true],
  ['室友把存折和银行卡都留给我了 人不见了 手机关机', true],
  ['他刚在群里发了告别的话 现在一直联系不上', true],
  // A landlord's keys handed over are no farewell.
  ['房东把钥匙交给我了 之后电话打不通 押金也不退', false],
  // A throat or lips swelling after peanuts, shrimp or seafood.
  ['同事吃了虾 嘴唇跟喉咙都肿起来了', true],
  // A car in flood water, the door stuck, people still inside.
  ['车子困在桥洞积水里 车门打不开 里面还有三个人', true],
  // A diabetic talking nonsense, said with 讲.
  ['站里的师傅有糖尿病 一直冒汗讲胡话', true],
  // People under a collapse, counted.
  ['工地的棚子塌了 下面压了三个人', true],
  // A household chemical drunk "as a drink".
  ['小孩把消毒水当成饮料喝了 一直在哭', true],
  // A battery on charge that smoked, unplugged, nobody hurt: a fault to repair (urgent).
  ['出租屋楼道电动车充电冒烟 我拔了插头 人都没事', false],
  // A threat whose maker never came.
  ['前天有个顾客说要打我 后来没来 要不要报警', false],
  // Waiting until dazed is a complaint about the wait.
  ['今天在商场门口等单等到晕 太热了', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 25 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // A threat whose maker turns up after all is violence now.
  it('那个人说要打我 后来没来 现在又在楼下堵我 → emergency', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('那个人说要打我 后来没来 现在又在楼下堵我').urgency).toBe('emergency');
  });

  // What the report is about: a fight said in Cantonese, a cut from an edge, a pregnancy said 怀起, a chest
  // pinned under a shelf — each as its plain Mandarin telling.
  it.each([
    ['街口两帮人打交 有人头破了', '街口两帮人打架 有人头破了'],
    ['搬货时被铁皮边划了一下手 出了点血', '搬货时手被划伤了 出了点血'],
    ['老婆怀起七个月 在楼梯摔了一跤 下面流血了', '老婆怀孕七个月 在楼梯摔了一跤 下面流血了'],
    ['仓库里工友被倒下来的架子压住胸口 喘不过气', '仓库里工友被倒下来的架子压伤了'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });

  // A game or a TV series is nobody's trouble: no category of the worker's own.
  it.each(['打王者被队友气到吐血', '开黑被队友坑到吐血', '看电视剧里有个骑手被困在电梯里 吓死我了'])(
    '%s → other',
    async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).category).toBe('other');
    },
  );
});
