/**
 * Emergency round 27 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev18-*) — a farewell with one's bank card handed to anyone (给室友了), a leak said
 * before the grab (插座漏电 有人碰了就松不开), a fall from a gondola further down the sentence, someone pinned with 把
 * (把工友挤在墙上), a knife carried (攥着刀) or a spanner swung, 落谁 typed for 落水; calm: a tree hanging, a threat
 * whose maker was not seen again, 救命 and 要出人命 over money or an account, a pet falling, bleeding that stopped,
 * someone out of hospital. And what the report is about: a person in danger at a home or hurt by a station's
 * thing (the danger, not the place; someone taken ill at a station is left to the words), a drunk who will not
 * wake (a patient, not a brawl), 要削我 (a threat), a vehicle's door or an overturn (a crash, not the road), goods
 * broken and docked (pay), a day's earnings (pay), batteries charged in a
 * corridor (housing), a crime film and a game (nobody's trouble). Checked on variants (not the eval lines) through
 * every tuned pack and 浑南; built-in knowledge only. What a branch secretary sees: the report arrives as an
 * emergency, or as an ordinary report, and in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/hunnan'];

const ROWS: [string, boolean][] = [
  // A farewell with one's bank card or savings handed to someone.
  ['老张把工资卡和存折都留给室友了 说以后别找我', true],
  // A leak said first, then someone who touched it and cannot let go.
  ['插座漏电 有个大姐碰了一下就松不开 人在发抖', true],
  // A fall from a gondola, the place said at length.
  ['有人从大厦东面外墙的吊篮上掉下来了', true],
  // Pinned against a wall, said with 把.
  ['叉车倒车把师傅夹在柱子上了', true],
  // A knife carried to the worker; a spanner swung.
  ['他大舅子攥着刀站在门口堵我', true],
  ['两个司机吵起来了 一个拎着扳手追着另一个打', true],
  // 落谁 typed for 落水.
  ['有人在河边落谁了 拉不上来', true],
  // 晕那儿了 (Henan, Northeastern), an English driver stuck in his cab.
  ['俺师傅在小哥驿站晕那儿了 喊也不应', true],
  ['a truck rolled over on the ring road, driver stuck in the cab', true],
  // A tree or a board hanging, nobody under it yet: a hazard (urgent), not a person off an edge.
  ['小区门口有棵树断了 挂在半空 还没掉下来', false],
  // A threat whose maker was not seen again.
  ['上个礼拜有个客户说要弄死我 后来也没见人', false],
  // A cry for help or "someone will die" over money or an account.
  ['救命 账号又被封了 这个月还没提现', false],
  ['要出人命了 提现一周了还没到账', false],
  // A pet that fell, bleeding that stopped, someone out of hospital.
  ['朋友家的猫从楼上摔下去了', false],
  ['胳膊划了个口子 已经不流血了', false],
  ['我爸心梗出院回家了 想问问有啥补助', false],
];

describe.each(PACKS)('emergency round 27 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // What the report is about, each as its plain telling.
  it.each([
    // A person in danger in a rented room, or hurt by a station's thing: the danger, not the place.
    ['驿站充电柜漏电 一个骑手被电倒了 躺地上抽', '一个骑手被电倒了 躺地上抽'],
    ['媳妇在出租屋羊水破了 叫不来车', '媳妇羊水破了 叫不来车'],
    // A drunk who will not wake is a patient.
    ['喝多了的客人在后座吐完就没动静了', '客人在后座吐完就没动静了'],
    // 要削我 is a threat.
    ['客人说下车要削我', '客人说下车要打我'],
    // A vehicle's door on someone, or an overturn: the crash.
    ['高架桥下一个司机被车门夹住了 车还往前溜', '一个司机被车撞了'],
    [
      'a truck rolled over on the ring road, driver stuck in the cab',
      'a truck crashed, driver stuck in the cab',
    ],
    // Goods broken and docked; a day's earnings.
    ['外卖箱翻了 汤全洒了 要扣我钱', '站长要扣我钱'],
    ['跑了一整天才挣八十块', '一单才两块八 太少了'],
  ])('%s → as %s', async (told, alone) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(told).category).toBe(classifier.classify(alone).category);
  });

  // A crime film, a game or a pet is nobody's trouble: no category of the worker's own.
  it.each(['昨天看了个恐怖片 有个人拿刀砍人 吓死我了', '王者连跪五把 气到吐血', '邻居家的狗掉进河里了'])(
    '%s → other',
    async (text) => {
      const classifier = await classifierOn(dir);
      expect(classifier.classify(text).category).toBe('other');
    },
  );
});
