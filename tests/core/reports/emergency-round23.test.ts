/**
 * Emergency round 23 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev16-*) — a child gone missing in Shanghainese and Wuhan speech (小囡, 寻勿着,
 * 伢), a rider hit said the Beijing way (让车撞了) with a leg twisted and a good deal of blood, a fall from a
 * truck roof, a lift with its trapped people counted (困了俩人), pesticide drunk told in English, a forklift
 * pinning someone to a wall, a live wire touched; calm: 要出人命了 over pay, a first-aid question "just asking",
 * a hazard with nobody touched yet, 别让车撞了. And what the report is about: an account ban over the money
 * it holds, someone trapped by a fire, a stroke's limb that will not move. Checked on variants (not the eval
 * lines) through every tuned pack; built-in knowledge only. What a branch secretary sees: the report arrives
 * as an emergency, or as an ordinary report, and in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // A child gone missing, said in Shanghainese (囡囡, 寻勿着) or Wuhan speech (伢).
  ['阿拉囡囡寻勿着了 刚刚还在超市门口', true],
  ['我家伢在公园不见了 找了半个钟头', true],
  // Hit, said the Beijing way (让车撞了), a leg twisted, a good deal of blood; a warning stays calm.
  ['一个快递员让车撞了 腿拧成那样了', true],
  ['电动车让车刮倒了 腿上流了好些血', true],
  ['过马路小心点 别让车撞了', false],
  // A fall from a truck roof.
  ['有个师傅从车顶上摔下来了 躺地上不动', true],
  // A lift with the people in it counted.
  ['电梯里困了俩人 有股烟味', true],
  // Poison drunk, told in English without "drank pesticide" together.
  ['he drank something from a bottle, said it was weed killer', true],
  // Pinned to a wall by a forklift; a live wire touched.
  ['仓库里一个工友被叉车顶在墙上 喘不过气', true],
  ['my workmate grabbed a bare wire and collapsed', true],
  // "Someone will die" over pay is a complaint.
  ['运费拖了两个月了 要出人命了', false],
  ['账号封了钱取不出来 要出人命了', false],
  // A first-aid question, "just asking".
  ['煤气中毒了怎么急救 就问问', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 23 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // A hazard with nobody touched yet is urgent at most, even where a pack lists it among its emergencies.
  it('路口电线掉在积水里了 还没人碰到 → not an emergency', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('路口电线掉在积水里了 还没人碰到').urgency).not.toBe('emergency');
  });

  // What the report is about: the ban, not the money it holds; the fire, not the trap; the stroke, not a limb;
  // the forklift and the wire, not the breath or the collapse they caused.
  it.each([
    ['账号被冻结了 里面的钱一分都提不出来', '账号被封了'],
    ['出租屋走廊电瓶车烧起来了 房间里有人被困住', '出租屋走廊电瓶车烧起来了'],
    ['公交站一个阿姨半边身子动不了 嘴角歪了', '公交站一个阿姨嘴角歪了 说话不清楚'],
    ['仓库里一个工友被叉车顶在墙上 喘不过气', '仓库里一个工友被叉车撞了'],
    ['my workmate grabbed a bare wire and collapsed', 'my workmate got electrocuted'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });
});
