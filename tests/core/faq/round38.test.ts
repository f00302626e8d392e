/**
 * Round 38 (蜀山 and 五华 dev, docs/rounds/faq.md): a relative the worker tells or keeps something from (不想跟老婆讲) is not who
 * the question is for; insurance paid in another place before coming here (以前在河南交过养老) is where the worker comes
 * from; Kunming 咯 + a verb and Hefei 固 + a verb ask yes or no (固定 stays 固定); an idiom's 成狗 is no pet; everyday
 * words for altitude sickness, heat caught, a drained battery; online loans beyond any pack; English smoke and a
 * blocked account; months of money owed as wages owed; a slow delivery as a late one; another job named by its kind.
 * The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The relative listens; the question is the worker's own. Asked for the relative, it still is not.
  ['wuhua', '不想跟老婆讲 心里烦得很 有没有人能聊聊', 'mental-health'],
  ['yangpu', '心里憋屈 不敢告诉家里人 想找人说说', 'mental-health-hotline'],
  ['yangpu', '我老婆也想体检 能一起吗', 'none'],
  // Insurance paid in another place before: the question is about carrying it on here.
  ['shushan', '之前在六安交了两年社保 现在在这边能续上吗', 'flexible-social-insurance'],
  ['yanta', '以前在河南交过养老保险 现在在西安能接着交吗', 'linghuo-shebao-jiaofei'],
  // Regional questions; 固定 is no Hefei 固.
  ['wuhua', '头盔咯要自己买', 'helmet'],
  ['shushan', '体检固定在哪天', 'health-check-tour'],
  // Freezing "like a dog" is no pet; breathless on the stairs is the altitude.
  ['wuhua', '晚上收车冻成狗 咋办', 'temperature-swings'],
  ['wuhua', '刚到这边走两步就喘 咋个办', 'altitude-reaction'],
  // Online loans are beyond a pack that only names loan scams.
  ['yangpu', '网贷逾期了 催收天天打电话', 'none'],
  // English: smoke on a hill, a blocked account (not a frozen one of a scam).
  ['wuhua', 'there is smoke on the hill, what should I do', 'wildfire-report'],
  ['shushan', 'my account got blocked', 'account-ban'],
  // A slow delivery is a late one; another job named by its kind.
  ['yuhang', '下雨送慢了会扣钱吗', 'fine-appeal'],
  ['chengguan', '想换个保安之类的活', 'job-fair'],
  ['yubei', '想换个保安之类的活', 'job-fair'],
];

describe('round 38: 蜀山 and 五华 words on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
