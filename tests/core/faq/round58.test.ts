/**
 * Round 58 (stop 39; docs/rounds/faq.md): words read in the wrong sense, and situations told by what happened.
 * Being scolded is not being hit (a pack writing 动手 only inside 动动手指 read every 骂 as 动手); childcare told
 * without a season is 托管, and the month says which break; 逆行 is a violation, not a parking ticket; going online
 * and finding the wallet short is the day's insurance fee; 钱包里点了取钱 is a withdrawal; a rescue told by what was
 * done asks for the award; a caller wanting the phone's screen is the scam; 坑走 is money lost to a cheat. The
 * questions are written for these tests, not taken from any eval set.
 */
import { describe } from 'vitest';
import { itAnswers, itOffersFirst, type RoundCase } from './round-cases.js';

const CASES: RoundCase[] = [
  // Scolded, on a pack whose scam entry says 动动手指.
  ['yuhang', '被个顾客指着鼻子骂 心里憋屈得很', 'after-a-bad-customer'],
  // The break told by its month, on packs with both seasons' childcare.
  ['xiaodian', '腊月学校放了 娃一个人在家 谁能帮着看看', 'winter-care'],
  ['nankai', '八月孩子放假了 两口子都出去送件 有地方帮忙带吗', 'child-summer-care'],
  // Riding against the traffic, the vehicle taken away.
  ['nanhai', '在路口逆行 交警把车拉走了 去哪领', 'ebike-impound'],
  // The day's fee told by the wallet or the balance.
  ['yanta', '一上线钱包就少了两块钱 咋回事', 'yiwai-xian-meidan'],
  ['yuhang', '第一单结算完余额就少了一块钱 这是扣的啥', 'per-order-insurance'],
  // A withdrawal told as 取钱 from the wallet.
  ['yanta', '钱包里点了取钱 卡上一直没见着', 'tixian-budaozhang'],
  ['yuhang', '钱包里点了取钱两天了 卡里还没有', 'earnings-mismatch'],
  // A rescue, asking what it may earn.
  ['hunnan', '把路边一个老头从河里救上来了 能评个啥不', 'rider-awards'],
  // A caller wanting the screen.
  ['tianhe', '有人打电话说系客服 叫我开屏幕共享', 'scam-fake-support'],
  ['longhua', '有个自称客服的叫我装会议软件给他看手机画面 靠谱吗', 'anti-fraud'],
  // Money lost to a cheat, told with 坑.
  ['tianhe', '刚被人坑走了两千块 咋办', 'scam-report'],
  ['chaoyang', '开会前让人坑走五百 能追回来吗', 'bei-pianle'],
  // A cheap bed told by its price.
  ['yanta', '刚来西安 想找个一个月几百块的地方住', 'qishou-gongyu'],
];

/** Not answered outright, but the right entry first among the offered ones. */
const FIRST_OFFERED: RoundCase[] = [
  ['xiaodian', '七月份学校一放 俩孩子搁家里没人管 哪能帮着看几天', 'summer-care'],
  ['yubei', '从江里捞上来个娃娃 能报个先进不', 'rider-awards'],
  // 动手 before a verb of doing is doing it oneself.
  ['qingxiu', '想自己动手量个血压 边度有机器', 'health-corner'],
];

describe('round 58: words in the wrong sense, situations told by what happened', () => {
  itAnswers(CASES);
  itOffersFirst(FIRST_OFFERED);
});
