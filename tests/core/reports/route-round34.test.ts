/**
 * Route round 34 (docs/rounds/reports.md, dev23 on 蜀山, 五华, 洪山 and 金水): a deadline said by what closes, an eviction
 * with a near day and "before tmr" are urgent; a button that does not respond, an appliance smoking that nobody uses,
 * a threat sent by message, days of dizziness with a doctor to find and a bare snatch are no emergencies; a deduction
 * done is pay, money demanded to let a vehicle go is extortion, English pay short by an amount is pay; a child's
 * schooling asked about for the worker ("帮我问问") is for a person to answer.
 * Variants, not the eval lines, through every tuned pack and the four packs of the round; built-in knowledge only.
 * What a secretary sees: urgent items first, no false call-outs, each report in the category of what it is about.
 */
import { describe, expect, it } from 'vitest';
import { classifierOn, TUNEABLE_PACK_DIRS } from '../../helpers/classifiers.js';

// 洪山 and 金水 are among the tuned packs already.
const PACKS = [...TUNEABLE_PACK_DIRS, 'packs/shushan', 'packs/wuhua'] as const;

describe.each(PACKS)('route round 34 through %s', (dir) => {
  // Nobody down or attacked now: the secretary is not called out as for an emergency.
  it.each([
    ['账号被封了 申诉页面的提交按钮怎么点都点不动', false],
    ['驿站的热水壶冒烟了 大家都不敢用了 快来修', false],
    ['充电的插座冒火星子 还好没人在用', false],
    ['有人连着几天给我发消息说要收拾我 我有点怕', false],
    ['这几天跑单老是头晕想吐 有没有地方可以免费量血压', false],
    ['下班路上有个人抢我手机 跑了', false],
    ['有人发信息说今晚要弄死我', true],
    ['刚才有人抢我手机 还拿着刀', true],
    ['宿舍空调冒黑烟 屋里全是烟 人还在里面', true],
  ])('%s → emergency: %s', async (text, emergency) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency === 'emergency').toBe(emergency);
  });

  // A near day that closes a window, or puts the worker out, goes up the queue.
  it.each([
    '扣款申诉后天上午就截止了 还没人处理',
    '孩子转学的事 下周一就开学了',
    '房东叫我们明天就搬走 押金也不退',
    'account locked, need it fixed before tmr',
  ])('%s → urgent', async (text) => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify(text).urgency).toBe('urgent');
  });

  it('a rent that falls due, and moving house by choice, are plain reports', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('房租明天到期了 想问问有没有住房补贴').urgency).not.toBe('emergency');
    expect(classifier.keywordUrgency('我明天搬家 想问问附近有没有驿站')).toBeUndefined();
  });

  it('a deduction done and English pay short by an amount are about pay', async () => {
    const classifier = await classifierOn(dir);
    const pay = classifier.classify('这个月工资被扣了两百块 不知道为什么').category;
    expect(classifier.classify('昨天那单系统说我超时 直接扣了钱 我明明准时到的').category).toBe(pay);
    expect(classifier.classify('my earnings this week were 150 short of what the app showed').category).toBe(
      pay,
    );
  });

  it('money demanded to let the worker’s vehicle go is a safety report', async () => {
    const classifier = await classifierOn(dir);
    const safety = classifier.classify('保安推了我 还骂人').category;
    expect(classifier.classify('小区保安扣着我的电动车不让走 非要我给他一百块').category).toBe(safety);
  });

  it('a wish for a new rest point somewhere is a proposal; a broken station is the station’s', async () => {
    const classifier = await classifierOn(dir);
    const station = classifier.classify('驿站的饮水机坏了 没热水').category;
    expect(
      classifier.classify('想问问能不能在高铁站那边也建个骑手驿站 我们那片连个歇脚的地方都没有').category,
    ).toBe('other');
    expect(classifier.classify('驿站的门锁坏了 能不能修个好点的驿站').category).toBe(station);
  });

  it('a child’s schooling asked about is for a person to answer', async () => {
    const classifier = await classifierOn(dir);
    expect(classifier.classify('孩子跟我过来读书 没有本地户口 学校不收 谁能帮我问问').category).toBe('other');
  });
});
