/**
 * Emergency round 37 (docs/rounds/reports.md): the kinds of report behind the misses on the dev37 sets — a rider gone down an
 * open manhole typed 调下去 and heard calling from below, someone pinned under a fallen billboard calling out, a driver
 * numb with cold who opened his eyes only after long knocking and whose speech trips (Northeastern 说话拌蒜), heat stroke
 * told as dry skin (一滴汗都没有) and Cantonese 反白眼, paraquat typed 白草枯, a shut bathroom with a gas water heater and
 * no answer, a head coming up in a Cantonese creek (涌) and going under again, moaning behind a door that will not open.
 * Calm: hearsay said 听讲, a faint believed and found to be sleep (以为…原来), first aid asked as "先…还是…", a manhole
 * cover swept away, exasperation said 真系吐血, a kick at the worker's seat, a chassis scraped (车底盘). Where a report goes: a manhole said 沙井, a road under water said 漫, a
 * tree blown down verb first, standing water said 渍水 and someone shocked by a wire down in it — the road's.
 * Checked on variants (not the eval lines) through every tuned pack and the three tuned from this stop.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/nangang', 'packs/nanhai', 'packs/yinzhou'];

const EMERGENCY_ROWS: [string, boolean][] = [
  // 掉 typed 调, and someone heard calling from below.
  ['路口井盖没了 一个骑手连人带车调下去了 听见他在下面喊', true],
  // Pinned under a fallen thing, someone calling out under it.
  ['风把工地的围挡吹下来了 压住一辆电动车 底下有人在叫', true],
  // Cold, slow to wake, speech tripping.
  ['车里一宿没开暖风 师傅冻得缩成一团 叫了半天才睁眼 说话直拌蒜', true],
  // Heat stroke: no sweat at all, confused.
  ['工地门口一个师傅脸通红 一滴汗都没有 问他话前言不搭后语', true],
  ['有个阿伯坐喺路边反白眼 点叫都唔应', true],
  // Paraquat typed by sound.
  ['工友喝了半瓶白草枯 现在说肚子疼', true],
  // A gas water heater in a shut bathroom, knocked and no answer.
  ['室友洗澡一个钟头了 敲门没声音 那个热水器是燃气的', true],
  // A head coming up in the creek and going under again.
  ['河涌水好急 有个人冲下去了 头冒出来又没了', true],
  // Moaning behind a door that will not open.
  ['隔壁阿姨今天一直没出门 敲门里头只有哼哼的声音 门打不开', true],
  // Calm: hearsay.
  ['听讲隔壁区有个骑手中暑走了 我们这边发不发防暑药', false],
  // Calm: believed, then found to be nothing.
  ['刚才以为路边一个大爷晕倒了 过去一问原来在睡觉 没事', false],
  // Calm: first aid asked beforehand.
  ['想问下 遇到有人中暑晕倒 是先喂水还是先扇风', false],
  // Calm: a manhole cover swept away…
  ['暴雨把路口的井盖冲走了 放了两个锥桶', false],
  // …but a person swept away stays one.
  ['暴雨把路口的井盖冲走了 一个骑手连人带车被冲走了', true],
  // Calm: exasperation.
  ['又被判超时 申诉也不通过 真系吐血', false],
  // …while someone vomiting blood stays one.
  ['同事突然吐血了 脸色发白', true],
  // Calm: a kick at the worker's seat, the chassis scraped.
  ['醉酒乘客一路骂人 还踹我座椅', false],
  ['那段路全是大坑 车底盘都刮坏了', false],
  // …while a kick at the worker stays one.
  ['醉酒乘客一直踹我 还掐我脖子', true],
];

describe.each(PACKS)('emergency round 37 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe.each(PACKS)(
  'emergency round 37: someone caught by a road hazard is the road report, through %s',
  (dir) => {
    it.each([
      '有个人骑车掉进没盖的沙井里 卡在里面出不来',
      '河边那条路被水漫了 一个送外卖的连人带车掉进河里了',
      '台风吹倒了一棵大树 压住一个骑手 他还在喊',
      '路口渍水里有根电线断了 一个老人走过去就倒在水里了',
    ])('%s', async (text) => {
      const classifier = await classifierOn(dir);
      const road = classifier.classify('路口的井盖没了 好大一个坑').category;
      const r = classifier.classify(text);
      expect(r.urgency).toBe('emergency');
      expect(r.category).toBe(road);
    });
  },
);
