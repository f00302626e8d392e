/**
 * Emergency round 15: the causes behind the misses and false alarms on fresh wordings in four packs
 * (evals/own/emergency-dev8-*) — danger said by its effect, a hazard threatening people now, a threat
 * announced, a child in a hot car — and their look-alikes: a claim against the worker, a condition
 * (…的话), a film, the past. Checked on variants through every pack. Built-in knowledge only.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn } from '../../helpers/classifiers.js';

const PACKS = ['content', 'packs/nanshan', 'packs/chaoyang', 'packs/hongshan'];

const ROWS: [string, boolean][] = [
  // Blue or grey lips with a pale face: a body short of air.
  ['门口那个大哥脸都白了 嘴唇发乌', true],
  ['他脸色煞白 嘴巴乌的', true],
  ['这活儿累得人嘴唇都发白', false],
  // A live wire down where people pass; the same as a condition is a question.
  ['路口电线断了掉地上 一直打火花 有人要过', true],
  ['电线掉下来冒火花的话 找谁', false],
  ['煤气味很重的话怎么处理 问一下', false],
  // A place on fire said as 着了, smoke pouring in; an engine that started is not.
  ['出租屋楼道着了 门打不开', true],
  ['烟一直往屋里灌 出不去', true],
  ['车子打着了 走了', false],
  // A threat announced by whoever makes it; the worker accused of one is a dispute.
  ['那人放话说今晚要整死我', true],
  ['他发信息说明天要废了我', true],
  ['他说我要是敢走就弄死我', true],
  ['如果有人拿刀追你就赶紧跑', false],
  ['顾客举报我要拿刀捅他 根本没这回事', false],
  ['客人投诉说我威胁要打死他 我被扣钱了', false],
  // A child left in a shut car in the sun, in Wuhan words too.
  ['车里锁了个小伢 晒在太阳底下', true],
  // Film and the past: 片子, 上回, 歇会儿就好了.
  ['昨儿那片子里有人浑身抽 口吐白沫', false],
  ['上回我中暑了 脸都白了 歇会儿就好了', false],
  // A farewell note said as 遗书一样的话 stays a farewell note.
  ['我同事发了遗书一样的话 电话打不通', true],
];

describe.each(PACKS)('emergency round 15 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
