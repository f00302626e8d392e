/**
 * Round 33 (思明 dev, docs/rounds/faq.md): Minnan speech on any pack (囝仔, 阮头家, 按怎办, 厝主, 欲, 厝税, 厝边; 龙头路 stays a road,
 * 按怎么算 stays Mandarin); workers' words — what the dues bring (交了会费…能拿到啥), a price asked down (能便宜吗), the
 * landlord charging more a month, a family that cannot feed itself, a station's cupboard kept overnight, a swollen
 * battery, caught on camera, the one complained about (投诉站长); what is asked decides between two entries on one topic
 * (送晚了被扣钱 能申诉吗). Refusals: what to eat today, a boat to 金门. Stations: a road of an address named without its
 * area (Longtou Road), a boat's timetable is no station's hours, a place of another district of 厦门 (五缘湾). The
 * questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Minnan: 囝仔 = 孩子, 阮 = 我, 头家 = 老板, 按怎办 = 怎么办, 厝主 = 房东, 欲 = 要, 厝税 = 房租, 厝边 = 邻居.
  ['tianhe', '囝仔读小学 屋企困难 有补助无', 'kids-study-grant'],
  ['jinshui', '阮头家欠我两个月工资 按怎办', 'qianxin-taoxin'],
  ['yuhang', '阮头家欠我两个月工资 按怎办', 'unpaid-wages-help'],
  ['hunnan', '厝主讲欲涨厝税 按怎办', 'landlord-dispute'],
  ['yuelu', '阮厝边的电动车在楼道充电 按怎', 'dianping-chongdian'],
  // What the dues bring is the member's benefits.
  ['nanshan', '交了会费一年能拿到啥', 'union-benefits'],
  ['hunnan', '交了会费每年能拿到什么', 'union-benefits'],
  ['yuelu', '交了会费能领到啥', 'huiyuan-fuli'],
  // The landlord charging more a month is a rent rise.
  ['hunnan', '房东每个月多收两百 咋整', 'landlord-dispute'],
  ['yanta', '房东讲下个月起每月多收三百', 'zufang-yajin'],
  // A family that cannot feed itself is hardship.
  ['chaoyang', '老婆住院 一家人吃饭都成问题 工会能帮吗', 'kunnan-bangfu'],
  ['hunnan', '家里出事了 吃饭都成问题 有啥补助', 'union-hardship'],
  // A station's cupboard kept overnight is its locker.
  ['hunnan', '驿站柜子能放一晚上不', 'stations-lockers'],
  // A swollen battery said plainly; caught on camera is a traffic violation.
  ['tianhe', '电池鼓起来了还能不能充', 'dorm-charging-safety'],
  ['siming', '电瓶鼓起来了咋办', 'battery-safety'],
  ['yangpu', '逆行被拍了会扣分吗', 'ebike-plate-helmet'],
  // The one complained about is not the topic.
  ['hongshan', '想匿名投诉站长 咋弄', 'how-to-report'],
  ['siming', '想投诉老板 能匿名吗', 'how-to-report'],
  // …while what he did still is.
  ['siming', '投诉站长克扣工资', 'wage-arrears'],
  // What is asked decides between two entries on one topic: the storm's late orders, the appeal.
  ['siming', '台风天送晚了被罚 能申诉吗', 'penalty-appeal'],
  // Small talk and places elsewhere.
  ['yangpu', '今仔日呷啥好', 'none'],
  ['nanshan', '今天吃什么好', 'none'],
  ['yangpu', '厦门到金门的船几点', 'none'],
  // Look-alikes kept: heat illness asked with 吃什么好; 按怎么算 is Mandarin; 龙头路 is a road, not 龙 + 头路 (a job).
  ['siming', '中暑了吃什么好', 'heat-stroke-first-aid'],
  ['siming', '龙头路驿站几点开门', 'stations'],
  // A boat's running is a timetable, not the island station's hours.
  ['siming', '鼓浪屿的船今天开不开', 'none'],
];

describe('round 33: Minnan speech and short entries on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });

  it.each([
    ['Gulangyu rest station near Longtou Road', 'love-gulangyu'],
    ['龙头路驿站几点开门', 'love-gulangyu'],
  ])('思明: %s → the station %s', async (question, station) => {
    const asker = await askerOn(ALL.siming);
    const a = asker.ask(question, AT_WEDNESDAY_10);
    expect(a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind).toBe(station);
  });

  it('思明: a place of another district of 厦门 (五缘湾) has none of the pack’s stations', async () => {
    const asker = await askerOn(ALL.siming);
    const a = asker.ask('五缘湾那边有驿站吗', AT_WEDNESDAY_10);
    expect(a.kind === 'stations' ? a.results.hits.length : a.kind).toBe(0);
  });
});
