/**
 * Round 29 (dev29 on 天河, 雁塔, 洪山, docs/rounds/faq.md): a Cantonese passive with a vehicle (俾的士撞咗), "free" as
 * 唔使钱 and the help request in Cantonese (你识做咩); feeling low with a phone asked for is the hotline, not the
 * counsellor met face to face; a class given by the traffic police, a report asked after by how far it got,
 * insurance from home used here, wages held with months between, a hospital stay with its length, a trade with a
 * word between (学个电焊), an honour with one (评个先进), a brush with a car (剐了), what to keep ahead of a dispute,
 * and English money taken from the first order meet their entries; dyeing hair, recipes and rebinding a bank card
 * are beyond any benefits pack; a district of another city named in full is somewhere else; 站点 as the worker's
 * employer is no station asked for; a venue's hours are not the station named after its place. The questions are
 * written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Cantonese: a passive with a vehicle, "no money needed", the help request.
  ['tianhe', '头先俾的士撞咗 点算', 'injury-after-crash'],
  ['tianhe', '想揾个律师问下 唔使钱嘅', 'free-lawyer'],
  ['tianhe', '你识做咩', 'bot-about'],
  // Feeling low, a phone asked for: the hotline.
  ['yanta', '晚上老是失眠 有没有能打的热线', 'xinli-rexian'],
  ['tianhe', '成晚瞓唔着 有冇热线可以打', 'talk-hotline'],
  ['jinshui', '压力大睡不着 有能打的电话没', 'xinli-rexian'],
  ['yuhang', '最近老失眠 有没有电话可以聊聊', 'mind-hotline'],
  ['nanshan', '压力好大 有冇电话可以倾下', 'counselling-hotline'],
  // …and the counsellor still when met face to face.
  ['yanta', '想约个心理咨询师当面聊聊', 'xinli-dangmian-zixun'],
  ['nanshan', '想当面找心理咨询师聊', 'counselling-in-person'],
  // A class given by the traffic police.
  ['nanshan', '交警讲课什么时候', 'safe-riding-training'],
  ['tianhe', '交警课喺边度上', 'safe-riding-class'],
  ['jinshui', '交警上课啥时候', 'anquan-qixing-ke'],
  // A report asked after by how far it got.
  ['hongshan', '我报的那个事搞到哪一步了', 'track-my-report'],
  ['hongshan', '报上去的事有没有人在管', 'track-my-report'],
  // Insurance from home, used here.
  ['yanta', '医保是外地的 在西安住院能直接结算不', 'kanbing-baoxiao'],
  ['chaoyang', '医保卡是老家办的 在北京看病能用吗', 'kanbing-baoxiao'],
  ['yuhang', '社保卡是老家办的 在杭州看病能刷吗', 'medical-insurance-away'],
  // Wages held with months between; a hospital stay with its length; a trade, an honour with a word between.
  ['nanshan', '老板拖了我三个月的工资 怎么办', 'wage-arrears'],
  ['hongshan', '包工头拖了我们两个月的钱 么样要', 'unpaid-wages-help'],
  ['yanta', '住了两个礼拜院 工会能补点不', 'yiliao-huzhu'],
  ['yanta', '想学个电焊 有免费的班不', 'jineng-peixun-butie'],
  ['hongshan', '帮人报了路面塌陷 能评个先进不', 'best-rider-award'],
  // English: money taken from the first order is the day's insurance.
  ['nanshan', 'why is 3 yuan taken off my first order every day', 'platform-accident-insurance'],
  ['hongshan', 'they deduct 1 yuan from my first order, what is it', 'daily-accident-premium'],
  // A brush with a car; what to keep ahead of a dispute.
  ['chaoyang', '让面包车剐了 现在怎么弄', 'chushi-xianchang'],
  ['chaoyang', '跟站点闹翻了 提前该存点啥', 'weiquan-zhengju'],
  // Beyond any benefits pack.
  ['hongshan', '理发能顺便烫个头不', 'none'],
  ['yanta', '肉夹馍怎么做才好吃', 'none'],
  ['nanshan', '怎么在app里换绑银行卡', 'none'],
  // A district of another city named in full; a neighbouring one an answer names only in passing.
  ['hongshan', '海淀区哪里能做免费体检', 'none'],
  ['yanta', '西湖区的法律援助中心在哪', 'none'],
  ['yuhang', '西湖区的劳动仲裁在哪', 'none'],
  // …while a landmark named after a neighbouring district is still the pack's (白云山 of 白云区).
  ['tianhe', '白云山门票有冇优惠', 'attraction-tickets'],
  // 站点 as the employer: the wages entry, not a station.
  ['jinshui', '站点不给结工资 我想去告 去哪交材料', 'qianxin-taoxin'],
  // A venue's hours are not the station named after its place; the station's own are.
  ['chaoyang', '潘家园旧货市场周末几点开门', 'none'],
  ['chaoyang', '潘家园职工服务驿站几点开门', 'stations'],
  ['chaoyang', '潘家园那个驿站几点开门', 'stations'],
];

describe('round 29: entry questions in workers’ words on fresh sets', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 29: 站点 as the worker’s employer', () => {
  it('asks for no station when the site is the one the worker works for', async () => {
    const asker = await askerOn(ALL.jinshui);
    const read = (q: string) => asker.reader.read(asker.index.plain(q));
    expect(read('跟站点闹掰了 想走仲裁').cues.station).toBe(false);
    expect(read('站点不给俺结账 去哪儿告他').cues.station).toBe(false);
    expect(read('配送站点扣了我两百').cues.station).toBe(false);
    // A station to rest at is still one.
    expect(read('附近有没有站点能歇脚').cues.station).toBe(true);
    expect(read('那个服务站点几点开门').cues.station).toBe(true);
  });
});
