/**
 * Emergency round 31 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh wordings
 * (evals/own/emergency-dev31-*) — the passwords to one's money handed over and a bridge or a roof named (银行卡密码发给我妈了
 * 今晚去大桥上站一下), someone on a bridge about to jump said 要往下跳, and followed said in the passive (遭人跟了三条街) with
 * the follower still there. Calm: a cut from a blade or glass that nobody did (手指被美工刀划破一点 贴了创可贴), and a
 * socket's spark or smoke with everyone out and fine (人都跑出来了没事). And what the report is about: a cat's scratch
 * is an accident as a dog's bite is, Shaanxi 叫 is 被 before a shove or broken goods, bleeding after a birth just
 * given is health, a fault at the station told beside a game is the station's. Checked on variants (not the eval
 * lines) through every tuned pack; built-in knowledge only. What a branch secretary sees: the report arrives as an
 * emergency, or as an ordinary report, in the right category.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Money's passwords handed over, and the water's edge or a bridge named.
  ['他把支付宝密码都告诉他姐了 说今晚要去江边走走', true],
  ['工资卡密码发给他老婆了 人现在在大桥上', true],
  // On a bridge or a roof, about to jump down.
  ['那个骑手在天桥上 说要往下跳', true],
  // Followed for streets (passive, Sichuan 遭), hiding, the follower still there.
  ['被一个男的跟了两条街 我躲进便利店了 他还在外面', true],
  ['遭人跟了三条街 躲在药店里 那个男的还在门口', true],
  // Calm: a password that is not money's, a child jumping off a bed, a follower gone.
  ['驿站wifi密码发给我 我在江边', false],
  ['今天被人跟了三条街 后来甩掉了 到家了', false],
  // Calm: a cut from a box or glass, minor, nobody did it.
  ['手指被纸箱划了个小口子 贴了创可贴', false],
  ['手被碎玻璃划破一点 贴了创可贴就好', false],
  // Calm: a socket's spark or smoke, everyone out and fine (urgent).
  ['宿舍插座冒火花 人都跑出来了没事', false],
  ['插座打火花 还冒烟 人都在外面没事', false],
  // …but someone cut by a person, or a fire taking hold, stays.
  ['被人用刀划了一下 有点血 他还在外面', true],
  ['插座着火了 火很大 人都跑出来了没事', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 31 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  it('a battery swelling and hot, not caught yet, is urgent', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('出租屋里电瓶鼓包了 发烫 还没起火').urgency).toBe('urgent');
  });

  // What the report is about, each as its plain telling.
  it.each([
    // A cat's scratch or bite is an accident, as a dog's bite is — not an attack.
    ['被猫挠了一下 手上破了点皮', '被狗咬了一下 手上破了点皮'],
    ['小区里的猫抓了我一下 有点疼', '小区里的狗咬了我一下 有点疼'],
    // Shaanxi 叫 = 被 before a shove and broken goods; 额 = 我 after 要.
    ['前天叫保安推了一把 想投诉', '前天被保安推了一把 想投诉'],
    ['一箱鸡蛋叫额打碎了 商家要额赔', '一箱鸡蛋被我打碎了 商家要我赔'],
    // Bleeding after a birth just given, with no fall, is health, as a pregnancy bleeding is.
    ['媳妇刚生完娃 血一直流 止不住', '老婆怀孕了 一直流血 止不住'],
    // A station fault told beside a game is the station's.
    ['打游戏连跪 站里的空调又坏了', '站里的空调又坏了'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });
});
