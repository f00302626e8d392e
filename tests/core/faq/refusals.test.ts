/**
 * Refusals round (stop 20, docs/rounds/faq.md): a question close to a pack's topics that the pack does not answer
 * — chit-chat about the bot, another office's matter, a pick between products, a job at a service, a
 * quantity of a detail the entry never names — gets "not sure" (or a greeting), while the answerable
 * look-alike next to it still gets its entry. A province named as the worker's hukou or hometown does not
 * make a question another city's. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, PACKS, seen } from '../../helpers/askers.js';

type Pack = keyof typeof PACKS;

/** [pack, what the worker types, what the worker sees: an entry, or "none" (not sure / small talk)]. */
const CASES: [Pack, string, string][] = [
  // Chit-chat about the bot itself is small talk, not an entry.
  ['jinshui', '你叫啥名字呀', 'none'],
  ['yanta', '你是真人还是机器人', 'none'],
  ['chaoyang', '来个笑话呗', 'none'],
  ['hongshan', 'are you a robot?', 'none'],
  // Another office's matter, even in the words of an entry's topic…
  ['chaoyang', '货车年审在哪儿办', 'none'],
  ['yanta', '产检能免费做不', 'none'],
  ['hongshan', '电瓶车被人顺走了么样办', 'none'],
  ['jinshui', '明天郑州落不落雨', 'none'],
  // …while the entry's own matter is answered.
  ['chaoyang', '开货车进五环得办啥手续', 'huoche-tongxingzheng'],
  ['yanta', '体检车啥时候来站里 要钱不', 'xunhui-tijian'],
  // A pick between products or platforms, a job at a service: no pack's matter.
  ['nanshan', '新能源车哪款好', 'none'],
  ['yanta', '驿站招不招人 想去干', 'none'],
  // Two things the pack covers, compared: the entry that explains both.
  ['jinshui', '众包和专送哪个好', 'zhongbao-zhuansong'],
  // A quantity of a detail the entry never names is offered, not answered…
  ['chaoyang', '居住证有效期多久', 'none'],
  ['hongshan', '景区年卡多少钱', 'none'],
  ['jinshui', '骑手意外险保额是多少', 'none'],
  // …one the entry names, or the quantity itself (标准), is answered.
  ['jinshui', '健康证有效期几年', 'jiankangzheng'],
  ['yanta', '骑手公寓床位一个月多少钱', 'qishou-gongyu'],
  ['chaoyang', '高温津贴标准是多少', 'gaowen-jintie'],
  // An amenity the entry never names (Wi-Fi, a shower, hot water) is offered, not answered…
  ['hongshan', '青年公寓有wifi吗', 'none'],
  ['yanta', '骑手公寓能洗澡吗', 'none'],
  ['chaoyang', '心理咨询室有热水吗', 'none'],
  // …one it names is answered.
  ['yanta', '公寓有洗衣房吗', 'qishou-gongyu'],
  // A province as hukou or hometown, the question about here: answered.
  ['yanta', '老家河南的，医保在老家，在雁塔看病咋报销', 'kanbing-baoxiao'],
  ['chaoyang', '四川户口在北京能交养老吗', 'linghuo-shebao'],
  // …a hometown's own matter, nothing said about here: another province's.
  ['yanta', '河南老家的医保咋报销', 'none'],
  // Workers' words for a topic.
  ['chaoyang', '有人晕倒了 想学怎么救', 'jijiu-peixun'],
  ['hongshan', '有人想收我的骑手号 给钱', 'rent-account-trap'],
];

describe('refusals near a pack’s topics, and the answerable look-alikes beside them', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(PACKS[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
