/**
 * Emergency round 14: the causes behind the misses and false alarms on two packs nobody tuned on
 * (朝阳, 洪山), checked on variants of them through those packs and both sample packs, so a branch
 * secretary is alerted — and not alerted for the look-alikes. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = ['content', 'packs/nanshan', 'packs/chaoyang', 'packs/hongshan'];

const ROWS: [string, boolean][] = [
  // "What do I do" in English with a person named and a state going on is a call for help, not a FAQ.
  ['my coworker is having a seizure on the floor, what do I do', true],
  ['a customer collapsed at the door and is not breathing what should I do', true],
  ['heat stroke, what should you do', false],
  // A thing punched in anger is no assault on a person.
  ['passenger refused to get out and kept punching the seat, yelling at me', false],
  ['he punched the window and then punched me in the face', true],
  // A mob at a driver's car: surrounded, windows smashed, dragged out.
  ['几个人把我车围了 在砸车窗 要把我拽下来', true],
  ['一帮人围过来要打我 我躲在车里', true],
  ['把司机从车里揪出来了 围着踹', true],
  ['顾客一直跟我吵 说要投诉我', false],
  ['一群人把路口围了 在打电话叫拖车', false],
  // Frostbite of an ear, a hand or toes wants a doctor, not an ambulance; a body giving up to cold does.
  ['天天在外面吹风 耳朵冻伤了 流黄水 能帮着看看吗', false],
  ['手指头冻坏了 又红又肿 有什么药膏', false],
  ['雪地里一个人冻得说不出话 嘴唇发紫', true],
  // A fixture that fell over is a hazard (urgent), unless someone is hurt by it.
  ['施工围挡倒在路中间 晚上根本看不见', false],
  ['大树被风刮倒在路上 电动车过不去', false],
  ['广告牌倒在路边 下面压着一个人 起不来', true],
  // Second check (evals/own/emergency-dev6-*): Beijing 让…给 passive and a pinned leg, a bottle swung and
  // a chase with the victim named between, Wuhan 晕过克了 / 冇得反应 / 伢, a pregnancy said as 怀了八个月.
  ['兄弟让水泥罐车给蹭了 脚压底下了 直哼哼', true],
  ['那人抡着铁棍追着我们小哥打', true],
  ['师傅在车里晕过克了 喊他冇得反应', true],
  ['江滩边上一个细伢掉江里了', true],
  ['我媳妇怀了七个月 肚子疼 见红了', true],
  ['站里闷得人喘不上气似的 空调啥时候修', false],
  ['让师傅给我留个座 晚点到', false],
  ['让老板给打了个招呼 结果还是罚了', false],
  ['我手机压底下了 找不到', false],
];

describe.each(PACKS)('emergency round 14 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
