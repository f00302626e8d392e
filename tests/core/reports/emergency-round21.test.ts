/**
 * Emergency round 21 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev14-*) — fumes in a room where nobody answers, cornered and robbed,
 * followed to the door, held down and beaten, in the water with nobody who can swim, a seizure said in English,
 * "gonna jump" and a ledge, a child climbing a railing high up; calm: a spark caught in time, a wire left
 * hanging, a horror film retold. Checked on variants (not the eval lines) through every tuned pack; built-in
 * knowledge only. What a branch secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Fumes in a shut room and nobody answering; heating asked about is not.
  ['邻居屋里在烧炭 门从里面反锁了 敲门没人应', true],
  ['冬天在店里烧炭取暖 有没有安全的炉子推荐', false],
  // Cornered and robbed there; a bike blocked in, or a gate shut, is not.
  ['下班被两个人堵在巷子里 不让我走 钱包被抢了', true],
  ['被几个混混围在桥洞下面 手机和钱都被抢了', true],
  ['被三個人堵在停車場 錢包被搶了', true],
  ['电动车被人堵住了 推不出去', false],
  ['小区保安把大门堵住了 不让外卖进去', false],
  // Followed from somewhere to the door, and afraid to go in; a workmate coming for a key is not.
  ['有个男的从公交站跟到我家楼下 我不敢上楼', true],
  ['有个人由便利店跟到我小区门口 已经半小时了', true],
  ['我同事跟到我家楼下拿钥匙', false],
  // Held down and beaten; held still for an injection is not.
  ['保安按住我打 现在头很晕', true],
  ['兩個人摁住他打', true],
  ['护士按住他打针 小孩不配合', false],
  // In the water with nobody who can swim; anglers who can't swim are not in it.
  ['有个阿伯跌咗落个鱼塘度 冇人识游水', true],
  ['有人掉进水库了 这里没人会游泳', true],
  ['河边好多人钓鱼 没人会游泳也敢去', false],
  // A seizure said in English; police seizing a bike is not.
  ['my coworker is having a seizure on the floor', true],
  ['police seized my e-bike yesterday', false],
  // About to jump, on a ledge; jumping a queue is not.
  ['he says hes gonna jump, hes on the bridge', true],
  ['a man is standing on the building ledge', true],
  ['people gonna jump the queue at the station', false],
  // A child climbing a railing or a sill high up; a cat sunning on a sill is not.
  ['孩子一个人在家 爬到窗台上了 我们住18楼', true],
  ['小孩在阳台往护栏上爬 这是九楼', true],
  ['猫爬到窗台上晒太阳', false],
  // A spark or smoke at a socket, the power cut and nobody hurt: a repair; flames or people inside still count.
  ['充电柜的插头冒火花 我已经把电断了 没人受伤', false],
  ['插座冒烟了 我拉了闸 没人受伤', false],
  ['插座冒火花 我拔了电 但是后面的柜子已经着火了', true],
  ['插线板冒烟 拔了插头 屋里全是烟 还有人在里面', true],
  // A sign or a wire left hanging is not a person off an edge.
  ['小区门口的招牌掉下来 挂在半空 摇摇晃晃', false],
  ['工人从脚手架滑下去 挂在半空', true],
  // A horror or cop film retold.
  ['昨晚看了个鬼片 里面有人被砍', false],
  ['看了部警匪片 里面有人中枪 吓死我了', false],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 21 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});
