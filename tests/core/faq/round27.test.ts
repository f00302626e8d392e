/**
 * Round 27 (岳麓 dev, docs/rounds/faq.md): a Changsha district nobody tuned on. Changsha speech is read as Mandarin
 * (恰 = 吃, 哒 = 了, 哦该 = 怎么办, 堂客 = 老婆); a bad review told by its stars, New Year's Eve as the festival,
 * being kept offline by the app, wages held "for half a year", kit handed back, money not got back, fasting
 * for a check-up, a battery charged indoors and an English payout meet their entries; 今年 / 区里 say when and
 * who, not what about. What is asked is judged without a manner adverb (能直接走吗), cover is bought by paying
 * in (医保能自己买吗), money got back is a refund and an account got back unblocked. Family taken along on an
 * outing leaves the worker's own question his. A lost insurance card is beyond any benefits pack. The questions
 * are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { focusOf } from '../../../src/core/faq/focus.js';
import { forSomeoneElse } from '../../../src/core/faq/scope.js';
import type { FaqEntry } from '../../../src/core/content/schema.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // Changsha speech; New Year's Eve; kept offline; wages held with who and how long between.
  ['yuelu', '年三十晚上驿站有冇得饭恰', 'jieri-weiwen'],
  ['yuelu', '跑到半夜系统就不让我上线了', 'lianxu-jiedan'],
  ['yuelu', '站长拖了我半年的钱 几十个人都冇拿到', 'qianxin-zhaoshui'],
  ['yuelu', '顾客自己不接电话 还给我打一颗星', 'chaping-chuli'],
  // The year and the district office say when and who, not what about.
  ['hongshan', '今年区里检查身体么时候搞', 'free-checkup-bus'],
  // A manner adverb before what is asked.
  ['yuelu', '出了车祸 我可以马上走不', 'shigu-xianchang'],
  // Cover bought by paying in.
  ['yangpu', '没单位 医保能自己买吗', 'social-insurance-flexible'],
  ['hongshan', '冇单位 医保能自己买不', 'flexible-social-security'],
  // Money got back; an account got back.
  ['tianhe', '辞职了 押金可以拿回来吗', 'deposit-refund'],
  ['jinshui', '号被封了 能弄回来不', 'fenghao-jiefeng'],
  // Fasting for a check-up; English pay below what the app showed.
  ['yangpu', '体检前要饿着肚子吗', 'health-check-tour'],
  ['chaoyang', 'my daily payout is less than the app says', 'shouru-mingxi'],
  // A battery charged indoors, however the room is named.
  ['yanta', '电瓶晚上拎回宿舍充 行不', 'dianche-chongdian'],
  ['jinshui', '电池搬进出租屋充一晚上中不中', 'diandongche-chongdian'],
  ['yuhang', '电瓶能拿回宿舍里充不', 'ebike-charging-at-home'],
  // An account lent with the platform named inside.
  ['jinshui', '有人要借我的美团号跑单 一个月给八百', 'renlian-renzheng'],
  // Family taken along: the worker's own ticket — unless the question then asks for them, or asks to bring them.
  ['hongshan', '带屋里人去黄鹤楼 门票好贵', 'scenic-half-price'],
  ['yuelu', '带屋里人去岳麓书院 他们也能半价不', 'none'],
  ['yanta', '骑手公寓能带老婆一起住不', 'none'],
  // A lost insurance card is the insurance office's.
  ['nanshan', '医保卡掉了怎么补', 'none'],
  ['yuelu', '社保卡丢了去哪补办', 'none'],
  // Mandarin words sharing a Changsha character keep their sense.
  ['yuelu', '恰好路过驿站 能进去歇下不', 'yizhan-shi-shenme'],
];

describe('round 27: entry questions in workers’ words on a district nobody tuned on', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

describe('round 27: the rules', () => {
  it('judges what is asked without a manner adverb, and buying cover as paying in', () => {
    expect(focusOf('我能直接走吗')).toBe('走吗');
    expect(focusOf('可以马上换电池吗')).toBe('换电池吗');
    expect(focusOf('医保能自己买吗')).toBe('自己交吗');
    expect(focusOf('门票在哪里买')).toBe('买');
  });

  it('reads family taken along on an outing as the worker’s, family asked for as theirs', () => {
    const entry = {
      id: 'x',
      title: '景点门票优惠',
      answer: '骑手半价。',
      questions: [],
      tags: [],
    } as unknown as FaqEntry;
    expect(forSomeoneElse('带家里人去书院 骑手半价是真的吗', entry)).toBe(false);
    expect(forSomeoneElse('带家里人去书院 他们也能半价吗', entry)).toBe(true);
    expect(forSomeoneElse('能带老婆一起去书院吗', entry)).toBe(true);
    expect(forSomeoneElse('我老婆想去书院 能半价吗', entry)).toBe(true);
  });
});
