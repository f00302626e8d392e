/**
 * Route round 37 and emergencies round 33 (docs/rounds/reports.md): the kinds of report behind the misses on the dev33 sets —
 * a child shut in a car counted by its measure word (有辆车锁着个小孩), a car crushed by a fallen tree with someone
 * still in it; and the calm ones — 明天台风 read as no roof, first aid asked about beforehand (冻伤了能不能拿雪搓), a
 * threat by phone whose maker never came (电话头, 到现在也没来), a sigh over pay or held-up work (救命 补贴还不发,
 * 真的要出人命了), "can someone help me appeal", a dog hit and bleeding with the rider unhurt, an old ache that comes
 * back with the weather (一到冬天就疼), a stove's smoke with everyone out and fine. Checked on variants (not the eval
 * lines) through every tuned pack; built-in knowledge only.
 * What a branch secretary sees: the report arrives as an emergency, urgent or ordinary.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const EMERGENCY_ROWS: [string, boolean][] = [
  // A child shut in a car, the car counted.
  ['小区门口有台车锁着个娃 车窗关得死死的 娃满脸通红', true],
  // A car crushed by what fell on it, someone still inside.
  ['广告牌被风吹下来砸中一辆车 车里还有人 在敲窗', true],
  ['塌方把一台面包车埋了半截 司机还在驾驶室', true],
  // Calm: 天 of a day word before 台风.
  ['后天台风登陆 站里说照常跑单', false],
  // Calm: first aid asked about beforehand, nobody named.
  ['请问中暑了是不是要先喝盐水', false],
  ['冻伤了是用热水泡还是用雪搓', false],
  ['问一下 一氧化碳中毒了应该怎么急救', false],
  // Calm: a threat by phone, its maker never came.
  ['有个客人在电话那头说要弄死我 到现在也没来', false],
  // Calm: a sigh over pay or held-up work.
  ['救命啊 高温补贴还没发', false],
  ['写字楼门禁不让外卖进 天天超时 要出人命了', false],
  ['my account was suspended for no reason, can someone help me appeal it', false],
  // Calm: an animal hit and bleeding, the rider unhurt.
  ['骑车撞了一条狗 狗腿在流血 我人没事', false],
  // Calm: an old injury that aches with the weather.
  ['前年摔断过胳膊 现在一到冬天就疼', false],
  // Calm: a stove's smoke, everyone out and fine.
  ['宿舍炉子冒烟 人都出来了 都没事', false],
  // …but someone named in danger now stays.
  ['同事中暑晕倒了 能不能给他喂水', true],
  ['宿舍炉子冒烟 有个人还在里面叫不醒', true],
  ['he is threatening me with a knife right now, someone help', true],
];

describe.each(TUNEABLE_PACK_DIRS)('route round 37 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  it.each(['宿舍炉子冒烟 人都出来了 都没事', '有个客人在电话那头说要弄死我 到现在也没来'])(
    'a danger over or not at hand is still urgent: %s',
    async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).urgency).toBe('urgent');
    },
  );
});

describe('a drill that keeps workers out is an access report (route round 37)', () => {
  it.each([
    ['packs/nanshan', 'parking-access', 'injury-accident'],
    ['packs/jinshui', 'tingche-jinmen', 'shigu-shoushang'],
    ['packs/chaoyang', 'entry-parking', 'crash-injury'],
  ])('on %s', async (dir, access, accident) => {
    const classifier = await classifierOn(dir);
    const drill = classifier.classify('商场下午搞消防演练 保安说演练期间不让骑手进');
    expect(drill.category).toBe(access);
    expect(drill.urgency).not.toBe('emergency');
    // A drill told with a pretend casualty stays training, not an accident.
    expect(classifier.classify('今天站里搞演练 假装有人被卷闸门压到').category).not.toBe(accident);
  });
});
