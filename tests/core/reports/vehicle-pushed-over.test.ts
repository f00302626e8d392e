/**
 * A vehicle pushed or kicked over is no person down and no assault on one: "楼下那家店老板把我电瓶车推倒了" got the
 * emergency numbers and "report as an emergency" (the person named 我 owns the vehicle; found using the bot on 杨浦,
 * stop 30). Said of a person, or with someone hurt, it stays an emergency. Through every tuned pack; what a worker
 * sees: the emergency numbers first, or an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  ['楼下那家店老板把我电瓶车推倒了', false],
  ['有人把我的电动车踢倒了 车灯碎了', false],
  ['保安把车推倒了 我没事', false],
  // A person pushed down, or hurt beside the vehicle: still an emergency.
  ['有人把他推倒了 头磕在台阶上不动了', true],
  ['他把我电动车踢倒了 我腿压在下面流血了', true],
];

describe.each(TUNEABLE_PACK_DIRS)('a vehicle pushed over, through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
