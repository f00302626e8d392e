/**
 * Round 55 (stop 39; docs/rounds/faq.md): reading misses — situations told without the entry's words. Knocking
 * someone over, told with who it was between (把一个老太太带倒了, 把人家的小车刮了), and the other side asking the worker
 * for money (家里人要我赔, 车主要我赔) are the worker's liability to the other side, not being in a crash; fear of being
 * known as the one who told (惊他知道, 看出是我, 查出来是谁告的) asks whether a report is anonymous. The questions are written for these tests, not taken from any
 * eval set.
 */
import { describe } from 'vitest';
import { itAnswers, itOffersFirst, type RoundCase } from './round-cases.js';

const CASES: RoundCase[] = [
  // Knocking someone over, asked to pay.
  ['yuelu', '送单把人家的小车刮了 车主要我赔八百', 'sanzhe-zeren'],
  // Afraid the one reported will know who told.
  ['yangpu', '我反映了站长的事 他能看出是我吗', 'bot-anonymity'],
  ['yuhang', '举报了站长 他能查出来是谁告的不', 'bot-report-private'],
  ['tianhe', '想讲站长嘅问题 又惊佢知道', 'bot-report-how'],
  ['jinshui', '想反映站长 又惊他知道 咋弄', 'jiqiren-fanying'],
];

/** Not answered outright, but the right entry first among the offered ones (was nothing offered). */
const FIRST_OFFERED: RoundCase[] = [
  ['nanhai', '骑车把一个老太太带倒了 她家里人要我赔钱 咋办', 'hit-pedestrian'],
  ['nanhai', '送货把一个阿伯的电动车撞倒了 家属要我赔五千 怎么办', 'hit-pedestrian'],
];

describe('round 55: situations told without the entry’s words', () => {
  itAnswers(CASES);
  itOffersFirst(FIRST_OFFERED);
});
