/**
 * Round 37 (stop 28, docs/rounds/faq.md): concept groups written from domain knowledge, kept where the dev sets say they
 * help. A sprained ankle or a fall as an injury the worker wants covered; caught by the traffic police's camera as
 * a traffic violation; making a second-hand e-bike road-legal (合法上路) as getting it a plate. Refusals stay refused:
 * heat with nothing asked. The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // A fall with the ankle hurt (滑倒, 脚脖子): is the worker covered? Since round 53 the fall reads as an injury (受伤),
  // not as the scheme's name, and the entry titled 跑单受了伤，保障待遇怎么申请 answers it.
  ['chaoyang', '跑单滑倒了 脚脖子肿了 有保障吗', 'shoushang-lipei'],
  ['jinshui', '送餐时绊倒 脚踝骨裂 职伤咋申请', 'zhishang-shenqing'],
  // Caught by the police's camera riding where one may not (交警拍了, 走机动车道, 骑人行道).
  ['siming', '骑电动车走机动车道被交警拍了怎么办', 'traffic-violations'],
  ['siming', '被交警罚了 说我骑人行道', 'traffic-violations'],
  // A second-hand e-bike made road-legal is a plate to get (合法上路), in Mandarin and Cantonese.
  ['nanshan', '买了辆二手电动车 要合法上路得办啥', 'ebike-registration'],
  ['tianhe', '买咗架二手电动车 点先可以合法上路', 'ebike-plate-rules'],
  // Heat with air conditioning: the cooling entry (stop 31, round 44: an entry's 空调 is read as cooling, as a
  // question's is; before, "not sure" with that entry first).
  ['siming', '今天好热 吹空调去', 'summer-cooling'],
];

describe('round 37: concepts written from domain knowledge', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});
