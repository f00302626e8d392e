/**
 * Round 32 (dev31 on 杨浦, 南山, 金水, docs/rounds/faq.md): regional forms (Henan 嘞 = 的, 娃子, 搁家里; Cantonese 俾封, 发痧;
 * Wu 好退伐); workers' words for cheap meals (优惠餐, 便宜管饱), a bed for a few hundred (一张床), a child alone at home
 * in the holidays, a face check that fails (刷脸), becoming a union member, a car on credit with no down payment, a
 * member whose party ties stay at home, a test's results, a massage asked for, a hole in the road, money sent to a
 * swindler, a car doing it with 叫 for 被, falling out with the employer; an English wage claim. Refusals: a provision
 * the entry never names (托管班管不管接送, 包吃住吗), a greeting with 都, a zone the pack never names (郑东新区) and a
 * place named in English (near Hongqiao railway station). The questions are written for these tests, not taken from
 * any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Heat illness by its southern name.
  ['hongshan', '跑了一上午 好像发痧了 头晕想吐', 'heatstroke-firstaid'],
  ['yuhang', '跑了一上午 好像发痧了 头晕想吐', 'heat-illness'],
  // Cheap meals; a bed for a few hundred.
  ['chaoyang', '附近有没有给骑手的优惠餐', 'aixin-can'],
  ['yuelu', '中午想吃点便宜管饱的饭 哪里有', 'aixin-can'],
  ['yanta', '房租太贵了 有没有几百块一张床的地方', 'qishou-gongyu'],
  // A child alone at home in the holidays (Henan 娃子, 搁家里).
  ['yuhang', '俺家娃子暑假过来 一个人在家没人管 有地方帮着看不', 'summer-care-class'],
  ['chaoyang', '娃子放暑假一个人搁家里 有没有地儿帮着看', 'shuqi-tuoguan'],
  // A face check that fails; an account stopped, in Cantonese.
  ['yuhang', '每次上线刷脸都刷不过 咋办', 'face-check-fails'],
  ['nanshan', '个号俾封咗 点申诉', 'account-ban-appeal'],
  // A hole in the road.
  ['yangpu', '路面上破了个大洞 怎么报上去', 'road-hazard-report'],
  // A car doing it with 叫 for 被; money sent to a swindler.
  ['jinshui', '俺叫一辆面包车给撞了 对方不赔钱 咋整', 'shigu-jiufen'],
  ['chaoyang', '刚给骗子转了两千块 怎么办', 'bei-pianle'],
  ['yuhang', '钱已经转给骗子了 现在咋办', 'scammed-what-now'],
  // Becoming a union member; a car on credit; party ties at home; a test's results; a massage.
  ['jinshui', '想成为工会会员 咋弄', 'ruhui'],
  ['yangpu', '车行说零首付就能提车 利息高不高 靠谱吗', 'fraud-loans-vehicle-rental'],
  ['yangpu', '党员关系还在老家 在这里怎么过组织生活', 'party-mobile-members'],
  ['yangpu', '化验结果几天能出来', 'health-check-report'],
  ['yangpu', '腰酸背痛 驿站有没有人给按一按', 'free-clinic-tcm'],
  // Henan 嘞 = 的; falling out with the employer is a labour dispute.
  ['jinshui', '系统派嘞单老是绕远 想跟平台提提意见', 'guize-fankui'],
  ['chaoyang', '跟站点谈不拢 想去仲裁', 'laodong-zhongcai'],
  // English: an employer that closed down still owing pay.
  ['yangpu', 'The company closed down and still owes me three months of pay', 'wage-arrears'],
  // A provision the entry never names: offered, not answered.
  ['yuhang', '暑假托管班管不管接送', 'none'],
  ['chaoyang', '暑期托管有没有校车接送', 'none'],
  ['yangpu', '托管班包吃住吗', 'none'],
  // Wu 好退伐 asks for a refund the entry never mentions.
  ['yuhang', '景区门票买好了去不了 好退伐', 'none'],
  // A greeting with 都 is small talk.
  ['jinshui', '恁们都吃了没', 'none'],
  // A zone the pack never names, a place named in English: not the pack's stations…
  ['jinshui', '郑东新区有没有歇脚的地方', 'none'],
  ['yanta', '曲江新区有驿站吗', 'none'],
  ['yangpu', 'Is there a rest station near Hongqiao railway station?', 'none'],
  ['nanshan', 'Any rest station near Luohu train station?', 'none'],
  // …while a zone the pack names is its own.
  ['yuelu', '麓谷高新区附近有驿站吗', 'stations'],
];

describe('round 32: workers’ words on fresh sets', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
