/**
 * Emergency round 20 (docs/rounds/reports.md): the kinds of danger behind the misses and false alarms on fresh
 * wordings (evals/own/emergency-dev13-*) — held behind a locked door till one pays, followed street after
 * street, swept into a drain, a throat closing, poison drunk, skin come away after a scald, someone pinned under
 * a fallen shelf, the means and the night set; calm: a film retold, an injury healed, a fire feared, a figure of
 * speech. Checked on variants (not the eval lines) through every tuned pack; built-in knowledge only. What a
 * branch secretary sees: the report arrives as an emergency, or as an ordinary report.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const ROWS: [string, boolean][] = [
  // Held: a door, gate or shutter locked on the worker, not let go (till they pay); a gate shut to visitors is not.
  ['到客户厂里送货 他们把铁门锁上了 不让我们出去 说不付钱不放人', true],
  ['卸完货老板把卷闸门拉下来 不给我走 非要我赔钱', true],
  ['老闆把鐵門鎖了 不讓我走 手機也被收了', true],
  ["the boss locked the gate and won't let me leave until I pay him", true],
  ['小区把大门锁了 不让外卖进去', false],
  ['店里关门了 不让我们进去取餐', false],
  // Followed street after street, still behind (Cantonese 跟住); a workmate learning the route is not.
  ['有个男的跟住我两条街 我停他又停 而家仲喺后面', true],
  ['我同事一路跟着我学送单', false],
  // Swept into a drain (冲咗落坑渠); rain water or a phone into a drain is not a person.
  ['暴雨 有个阿伯连人带车冲咗落坑渠 睇唔到人', true],
  ['雨好大 水冲进了排水渠', false],
  ['手机掉咗落渠', false],
  // A throat closing, breath barely there.
  ['my friend ate peanuts and now he can barely breathe', true],
  ['his throat is closing up after a bee sting', true],
  // Poison drunk (Cantonese 饮, nongyao typed 农要); a bottle of cola or water is not.
  ['老婆饮咗成樽洗洁精', true],
  ['他喝了农要 口吐白沫', true],
  ['饮咗成樽可乐', false],
  ['我饮咗成樽水', false],
  // Skin come away or big blisters after a scald; sunburn peeling or a small blister is not.
  ['开水泼到阿姨脚上 一大块皮都掉了', true],
  ['被蒸汽烫到 手上起了好多大泡', true],
  ['boiling water spilled on his arm and the skin is peeling off', true],
  ['晒了一天 背上脱了一层皮', false],
  ['手被杯子烫了一下 起了个小泡', false],
  // Someone pinned under a fallen load (把个阿姨压底下了); a parcel at the bottom of the pile is not.
  ['架子倒了 把个阿姨压底下了', true],
  ['货堆塌了 把一哥们儿压在下面了', true],
  ['把快递压在底下了 找不着', false],
  // Despair, the means ready and the night set; settling a dispute tonight, or a knife for dumplings, is not.
  ['我真的撑不住了 绳子都买好了 今晚就了结', true],
  ['撑不住了 今晚就把这事了结 明天去仲裁', false],
  ['刀都准备好了 今晚包饺子', false],
  // A film retold, with how it leaves the writer now; something happening at the cinema now still counts.
  ['琴晚睇咗套戏 入面有人被斩 吓到我今日唔敢出门', false],
  ["watched a movie where a courier was stabbed, now I'm scared to ride at night", false],
  ['看了部电影 里面骑手被车撞飞 今天都不敢骑快', false],
  ['看电影的时候 旁边的人突然倒地不动了 现在还叫不醒', true],
  // An injury healed, the claim stuck.
  ['hurt my back at work last year, it has healed but the claim is stuck', false],
  // Figures of speech and fears: tired enough to spit blood, a fire "some day".
  ['累得我都快吐血了', false],
  ['充电线都烤化了 哪天得着火', false],
  ['电瓶车天天在楼道充电 迟早会着火', false],
  // A vehicle that hit someone, zhuang typed 装.
  ['路口 兄弟被车装飞了 不动了', true],
];

describe.each(TUNEABLE_PACK_DIRS)('emergency round 20 through %s', (dir) => {
  it.each(ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // A bad day told in order, the danger last: it lands where the danger alone would, not with the fine.
  it.each([
    [
      '今天真倒霉 早上单价低 中午被投诉扣了二十块 下午同事被泥头车撞飞了 腿流了好多血',
      '同事被泥头车撞飞了 腿流了好多血',
    ],
    [
      '今日好黑仔 中午俾人投诉扣咗五十蚊 夜晚有个饮醉酒嘅人拎住酒樽砸我头 而家流紧血',
      '有个饮醉酒嘅人拎住酒樽砸我头 而家流紧血',
    ],
  ])('%s → as its danger alone', async (told, danger) => {
    const classifier = await classifierOn(dir);
    const report = classifier.classify(told);
    expect(report.urgency).toBe('emergency');
    expect(report.category).toBe(classifier.classify(danger).category);
  });
});
