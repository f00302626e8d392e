/**
 * Emergency round 28 (docs/rounds/reports.md): the kinds of danger behind the misses on fresh wordings
 * (evals/own/emergency-dev19-*) — a shock from a charger said in English (got a shock), a hand pulled into a
 * belt, a child carried off by a stranger (in English, and 被…抱起就跑了), 出气都出不赢 (Hunan: breath that
 * cannot keep up), two who went down into a basement or a pit and did not come up, a driver who does not notice
 * the knock on his window (Wu 敲窗伊不晓得), a whole blister strip of pills, 活着没得意思. And what the report is
 * about: a fit (口里吐白沫) and a stroke after a fall (脸歪一边) are illness, bleeding after a birth is illness,
 * no air down a pit is illness, goods broken that the worker must pay for are pay, a rider falling into a
 * manhole in a short video is nobody's trouble. Checked on variants (not the eval lines) through every tuned
 * pack; built-in knowledge only. What a branch secretary sees: the report arrives as an emergency, or as an
 * ordinary report, and in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A shock from a charger or a socket, said in English.
  ['my mate grabbed the charging pile and got a nasty shock, he is lying there', true],
  // A hand pulled into a machine.
  ['his arm got caught in the conveyor and it will not come out', true],
  // A child carried off by a stranger.
  ['my daughter was by the gate and a strange man just grabbed her away', true],
  ['商场门口一个小孩被一个女的抱起来就跑了', true],
  // Hunan 出气 for breathing: it cannot keep up.
  ['同事吃了芒果 嘴巴肿了 出气都出不赢', true],
  // Gone down into a pit and not come up, no air down there.
  ['化粪池清淤 一个师傅下去就没上来 里面可能缺氧', true],
  // Knocked on and unaware of it (Wu 伊 = 他, 不晓得 = 不知道).
  ['货车停在路边 发动机一直开着 拍车窗伊不晓得', true],
  // A whole blister strip of pills; life not worth it, said with 没得.
  ['室友吃了一整板安定 人叫不太动', true],
  ['老乡一直讲活着没得意思 刚才把门反锁了', true],
  // Calm: a shock of another kind, a child taken out to dinner, a 出气 of anger, someone who went down for lunch.
  ['I got a shock when I saw this month’s pay', false],
  ['my son and a man from the station took him out for noodles', false],
  ['老板拿我们出气 真费劲', false],
  ['他下楼去了 没上来吃饭', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 28 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // What the report is about, each as its plain telling.
  it.each([
    // A fit told by what is seen, and a stroke after a fall: illness.
    ['站里一个大哥理包裹时突然抽起来 嘴里吐白沫', '一个大哥突然抽搐 口吐白沫'],
    ['楼下一个阿婆摔倒了 嘴歪到一边 说话含糊', '一个阿婆中风了 说话含糊'],
    // Bleeding after a birth: illness.
    ['老婆产后一直流血 止不住 脸发白', '老婆怀孕了 一直流血 止不住'],
    // No air down a pit: a body's trouble.
    ['污水池清理 工人下去就没上来 下面有沼气', '工人中暑晕倒了 叫不醒'],
    // Goods broken that the worker must pay for.
    ['顾客的花瓶被我摔碎了 要赔多少', '站长要扣我钱'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });

  // A rider falling into a manhole in a short video is nobody's trouble.
  it('a short video of a rider falling into a manhole → other', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('刷到个短视频 骑手摔进下水井 吓死人').category).toBe('other');
  });
});
