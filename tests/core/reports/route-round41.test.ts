/**
 * Emergency round 36 (docs/rounds/reports.md): the kinds of report behind the misses on the dev36 sets — an allergy with 肿
 * typed by sound (嗓子种了) and breath said 忽哧忽哧, heat stroke told as a body that cannot sit up and skin dry and hot,
 * 叫不醒 typed 叫不星, a Nanjing 小把戏 shut in a car, a small child out past a balcony or a window with no grown-up by, a
 * rider gone over the edge into the water with only a helmet left floating. Calm: a fire already put out, a faint from
 * the sun the writer got over (歇了一会儿才缓过来), someone falling into an open manhole "some day" (早晚有人掉进去), despair
 * said with 到 after the heat (热到想死). A stranger's child in the water or on a ledge is no category of the worker's
 * own. Checked on variants (not the eval lines) through every tuned pack and the two new ones; built-in knowledge only.
 * What a branch secretary sees: the report arrives as an emergency, or not.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/jianye', 'packs/saihan'];

const EMERGENCY_ROWS: [string, boolean][] = [
  // An allergy: 肿 typed zhong with the wrong character, breath heard 忽哧忽哧, a rash.
  ['同事吃了芒果以后脸种了 喘气忽哧忽哧的', true],
  ['工友喝了一口奶茶 喉咙种起来了 身上起了好多疙瘩', true],
  // Heat stroke: vomiting, cannot sit up, skin dry and hot.
  ['大中午在路边等单 老乡突然吐了 坐都坐不稳 身上又干又烫', true],
  // 叫不醒 typed 叫不星.
  ['桥洞底下有个老人叫不星了 快来人', true],
  // A Nanjing 小把戏 shut in a car in the sun.
  ['停车场有辆车里关着个小把戏 车窗都关死了 晒了好久', true],
  // A small child out past a balcony or a window, no grown-up by.
  ['对面楼有个小孩爬到阳台外面了 家里好像没大人', true],
  ['六楼窗台外头坐着个小朋友 两条腿在外面晃', true],
  ['a little boy is hanging outside the balcony on the 4th floor, no adults around', true],
  // Gone over the edge into the water, only a helmet floating.
  ['桥边护栏断了 一个送餐的连人带车冲下去了 河面上只看到外卖箱在漂', true],
  // Calm: a fire already put out, nobody hurt.
  ['小区门口的垃圾桶着火了 保安已经拿灭火器喷灭了', false],
  // …but one put out with someone hurt stays an emergency.
  ['楼道里电瓶车着火了 已经扑灭了 有个人烧伤了', true],
  ['垃圾桶着火了 已经扑灭了 有个骑手受伤了 一直在流血', true],
  // Calm: a faint from the sun that the writer got over.
  ['今天跑单人都晒晕了 在树底下歇了一会儿才缓过来 站点有藿香正气水吗', false],
  // …but one who has not come round stays one.
  ['同事晒晕了 歇了半天还没缓过来 叫不醒', true],
  // Calm: someone falling in some day is a hazard told.
  ['路口井盖丢了 就放了个锥桶 迟早有人掉进去', false],
  ['井盖丢了 刚才有人掉进去了 没上来', true],
  // Calm: despair said with 到 after the heat.
  ['热到想死 驿站的空调又坏了', false],
  // Calm: a low balcony railing told as a hazard.
  ['宿舍阳台护栏太矮了 楼里小孩多 怕出事', false],
];

describe.each(PACKS)('emergency round 36 through %s', (dir) => {
  it.each(EMERGENCY_ROWS)('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });
});

describe("emergency round 36: a stranger's child in danger is no worker's category", () => {
  it.each(PACKS)('%s: a child in the lake or on a ledge is not sent as a crash', async (dir) => {
    const classifier = await classifierOn(dir);
    const crash = classifier.classify('骑手被车撞了 腿上一直在流血').category;
    for (const text of ['公园湖边有个小孩掉水里了 在扑腾', '对面楼有个小孩爬到阳台外面了 家里好像没大人']) {
      const r = classifier.classify(text);
      expect(r.urgency).toBe('emergency');
      expect(r.category).not.toBe(crash);
    }
    // With nothing else in it, the lake is `other`, for a person to sort.
    expect(classifier.classify('公园湖边有个小孩掉水里了 在扑腾').category).toBe('other');
  });
  it.each(PACKS)('%s: a child shut in a car stays where it went before', async (dir) => {
    const classifier = await classifierOn(dir);
    const r = classifier.classify('停车场一辆车里锁着个小孩 车窗关死了 哭得没声了');
    expect(r.urgency).toBe('emergency');
    expect(r.category).not.toBe('other');
  });
});

describe.each(PACKS)('emergency round 36: what a report is about, through %s', (dir) => {
  it('someone pinned against a wall by a reversing lorry is the accident, not the breath it took', async () => {
    const classifier = await classifierOn(dir);
    const crash = classifier.classify('骑手被车撞了 腿上一直在流血').category;
    const pinned = classifier.classify('面包车倒车的时候把一个快递员挤在墙上了 胸口被压着喘不过气');
    expect(pinned.urgency).toBe('emergency');
    expect(pinned.category).toBe(crash);
  });
  it('being followed for a stretch is a threat, even once home', async () => {
    const classifier = await classifierOn(dir);
    const threat = classifier.classify('有个男的一直跟踪我 还说要打我').category;
    expect(classifier.classify('下班路上被一个男的跟了一路 现在到家了 还是很怕').category).toBe(threat);
  });
  it('a stick used to knock a hand off a live socket is a rescue, not an assault', async () => {
    const classifier = await classifierOn(dir);
    const assault = classifier.classify('有人拿刀砍我 流了好多血').category;
    const shock = classifier.classify('充电柜漏电 一个骑手被电得撒不开手 同事拿木棍打开了 现在人没反应');
    expect(shock.urgency).toBe('emergency');
    expect(shock.category).not.toBe(assault);
    // …while a stick swung at someone stays one.
    expect(classifier.classify('有个醉汉拿木棍打我 头上在流血').category).toBe(assault);
  });
});
