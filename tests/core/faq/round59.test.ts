/**
 * Round 59 (stop 40; docs/rounds/faq.md): situations told by what happened. Someone who is no rider asking to go into a
 * rest place (可不可以进去坐下, 休息的地方让进不) asks who may use the stations; money paid on starting and held back
 * after leaving, told with the gear handed back (押的那四百, 当初交的六百, 头盔都交回去了), is the deposit, not wages owed;
 * a household that cannot hold out (家里实在撑不住了, 一个人跑单实在顶不住了) is hardship, not stress. The questions are
 * written for these tests, not taken from any eval set.
 */
import { describe } from 'vitest';
import { itAnswers, itOffersFirst, type RoundCase } from './round-cases.js';

const CASES: RoundCase[] = [
  // Not a rider, asking to go in.
  ['nanshan', '我是环卫工 不是骑手 可不可以进去坐下歇歇', 'stations-about'],
  ['wuhua', '我是环卫工 你们那个休息的地方让进不', 'stations-overview'],
  ['tianshan', '我是送快递的 不是骑手 驿站都可以进去吗', 'station-intro'],
  // The deposit, told by the gear handed back and the sum paid on starting.
  ['jinshui', '头盔都交回去了 当初交的六百块站长拖着不给', 'yajin-butui'],
  ['qingxiu', '唔做了 箱子都还回去了 押的那四百蚊一直唔退', 'deposit-refund'],
  ['nanhai', '离职了 装备都还回去了 当初交的五百块一直没退', 'deposit-refund'],
  // A household that cannot hold out.
  ['siming', '老爸住院花了好几万 家里实在撑不住了 工会能帮一下吗', 'union-hardship'],
  ['nankai', '家里遭了火灾 一个人跑单实在撑不住了 工会能搭把手不', 'union-hardship'],
];

/** Not answered outright, but the right entry first among the offered ones. */
const FIRST_OFFERED: RoundCase[] = [
  ['guanshanhu', '老婆病了要动手术 屋里快扛不住了 工会能帮衬点不', 'union-hardship'],
];

describe('round 59: who may use a station, the deposit, a household that cannot hold out', () => {
  itAnswers(CASES);
  itOffersFirst(FIRST_OFFERED);
});
