/**
 * Round 42 (观山湖, 小店, 龙华 and 天山 dev; docs/rounds/faq.md): where something is at another district's landmark of the
 * pack's own city is somewhere the pack has no answer for; 怎么处理 is a frame; regional words and English of the four
 * packs' sets; Hainanese 汝 in small talk; the pack's own city
 * in English; a hedge (大概) or a fee before a quantity is no detail. The questions are written for these tests, not taken from
 * any eval set.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { quantityDetail } from '../../../src/core/faq/detail.js';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // Where something is at another district's landmark, in the same clause: nothing of this pack.
  ['guanshanhu', '花果园哪里可以换电', 'none'],
  ['guanshanhu', '甲秀楼那边在哪能换电池', 'none'],
  // …but the pack's own places, and a landmark where something happened, keep their answers.
  ['guanshanhu', '世纪城哪里可以换电', 'battery-swap'],
  ['guanshanhu', '在花果园送餐被车撞了，平台那个保障怎么申请', 'accident-scene'],
  // How to handle it (怎么处理, 如何处理) frames the question like 怎么办: the topic decides.
  ['guanshanhu', '号被限制接单了 如何处理', 'account-ban'],
  ['guanshanhu', '撞了人怎么处理', 'accident-scene'],
  // Regional words of the four packs' cities: Jin 煤火 (a coal stove) and 黑夜; north-western 这达.
  ['xiaodian', '屋里生的煤火，黑夜头疼恶心', 'coal-fumes'],
  ['tianshan', '在这达跑了两年 孩子能在这达上学不', 'child-school-enrolment'],
  // English: rain gear borrowed, a cold radiator, not locals, a stolen e-bike (still beyond a pack without theft).
  ['guanshanhu', 'can I borrow an umbrella at a station', 'rain-gear'],
  ['xiaodian', 'the radiator is cold, who do I call', 'heating-problems'],
  ['tianshan', 'we are not locals, can my son go to school here', 'child-school-enrolment'],
  ['longhua', 'my e-bike got stolen last night', 'ebike-theft'],
  ['guanshanhu', 'my e-bike was stolen last night', 'none'],
  ['tianshan', 'can I take my delivery box on the subway', 'metro-security-check'],
  ['tianshan', 'What should I do right after a crash with a car', 'accident-scene'],
  // The pack's own city in English, spelt otherwise than its pinyin, is here; another city is not.
  ['tianshan', 'I live in Urumqi, where can I swap batteries', 'battery-swap'],
  ['tianshan', 'I ride in Harbin, where can I swap batteries', 'none'],
  // How sure the sum should be (大概, 平均) is no detail of the topic; a fee is the sum itself.
  ['xiaodian', '换电池一个月大概多少钱', 'battery-swap'],
  ['guanshanhu', '换电一个月平均多少钱', 'battery-swap'],
  ['nanshan', '平台每天扣的保险费一般几块钱', 'platform-accident-insurance'],
  ['guanshanhu', '体检报告有效期大概几年', 'none'],
  // Workers' words: an account stopped, a half helmet, a flat like an ice cellar, a deposit asked for orders.
  ['xiaodian', '我的账号停用了 咋办', 'account-ban'],
  ['guanshanhu', '上不了线 网不好', 'none'],
  ['longhua', '半盔能过交警那关吗', 'helmet-rule'],
  ['tianshan', '屋里冷得跟冰窖一样 找谁', 'heating-complaint'],
  ['xiaodian', '有个人说交两百押金就给派高价单 是不是骗子', 'anti-fraud'],
  ['longhua', '台风天快到了 要提前做啥', 'typhoon-prep'],
];

describe('round 42: causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

/** A stations answer that lists none, saying the pack knows only its own district's stations. */
const outside = (a: Answer) =>
  a.kind === 'stations' && a.results.outside === true && a.results.hits.length === 0;

describe('round 42: stations at another district of the same city', () => {
  it.each([
    ['longhua', '海甸岛哪里能充电'],
    ['xiaodian', '柳巷附近有能歇脚的驿站吗'],
    ['guanshanhu', '花果园附近的驿站几点关门'],
  ] as [Pack, string][])('%s: %s lists no station of the pack', async (pack, question) => {
    const asker = await askerOn(ALL[pack]);
    expect(outside(asker.ask(question, AT_WEDNESDAY_10))).toBe(true);
  });
});

describe('round 42: small talk', () => {
  it.each(['汝食饭未', '汝好啊'])('Hainanese "%s" is a greeting', (text) => {
    expect(smallTalk(text)).toBe('greeting');
  });
  it('"汝" before a question leaves it a question', () => {
    expect(smallTalk('汝知道驿站在哪吗')).toBeUndefined();
  });
});

describe('round 42: the detail a quantity question asks', () => {
  const fillers = new Set([...'的了吗个是有一']);
  it.each([
    ['换电池一个月大概多少钱', undefined],
    ['换电池大概是多少钱', '电池'],
    ['会费一般几块钱', undefined],
    ['居住证有效期大概几年', '效期'],
  ])('%s → %s', (question, detail) => {
    expect(quantityDetail(question, fillers)).toBe(detail);
  });
});
