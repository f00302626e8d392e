/**
 * Round 45 (dev45 on twelve packs; docs/rounds/faq.md): tomorrow's weather or a typhoon's track asked with the city or a
 * 会 in between, and moving from one platform to another, are beyond any pack; asking whether the bot is a person is
 * small talk; a ticket stuck on the bike, nights without sleep, pay that has not come, a level pushed up for a fee and
 * a grave illness told in workers' words; Min 风台; 南宁's landmarks of other districts; the district's or city's own
 * name in pinyin names no station by itself. The questions are written for these tests, not taken from any eval set.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import { smallTalk } from '../../../src/core/faq/smalltalk.js';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen } from '../../helpers/askers.js';

// 仓山 is asked on here only (not added to FAQ_PACKS, which another round may extend at the same time).
const ALL = { ...FAQ_PACKS, cangshan: resolve(import.meta.dirname, '../../../packs/cangshan') };
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The forecast and a typhoon's track: no entry knows them.
  ['yuelu', '后天长沙会不会下雨', 'none'],
  ['honggutan', '明天南昌几度', 'none'],
  ['chengguan', '明天兰州会不会刮沙尘', 'none'],
  ['cangshan', '风台什么时候到福州', 'none'],
  // …while what to do in such weather is the pack's.
  ['chengguan', '刮沙尘暴了还送不送', 'sandstorm'],
  ['cangshan', '台风天还要送单吗', 'typhoon-stop-work'],
  // Moving to another platform: no entry says what it asks of a newcomer.
  ['honggutan', '从饿了么转到美团要办什么', 'none'],
  ['cangshan', '从美团换去饿了么要咋弄', 'none'],
  // A motorcycle licence is another office's.
  ['nankai', '考个驾驶本多少钱', 'none'],
  // Workers' words.
  ['cangshan', '送完下楼车把上夹了张条子', 'delivery-parking'],
  ['wuhua', '刚停了一下车上就贴了张单子', 'rider-parking'],
  ['hunnan', '这几天天天翻来覆去合不上眼 心里憋得慌', 'mental-hotline'],
  ['wuhua', '钱到现在还没打过来 站长说等等', 'wage-arrears'],
  ['wuhua', '有人说交两百能帮我刷等级', 'anti-fraud'],
  ['chengguan', '老婆得了尿毒症 要透析 工会能帮点不', 'union-hardship'],
  ['cangshan', '电剩一格了 哪里能换一块满的', 'battery-swap'],
  // 南宁's landmarks of other districts are somewhere the pack has no station.
  ['qingxiu', '朝阳广场有冇驿站', 'none'],
  // The district's own name in English is the whole district, not a station named after it.
  ['nankai', 'Are there any free computer courses in Nankai?', 'skills-training'],
];

describe('round 45: dev45 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

/** A stations answer that lists none, saying the pack knows only its own district's stations. */
const outside = (a: Answer) =>
  a.kind === 'stations' && a.results.outside === true && a.results.hits.length === 0;

describe('round 45: stations at another district of 南宁', () => {
  it.each(['三街两巷附近有冇驿站', '南宁火车站附近有冇驿站', '广西大学附近有驿站吗'])(
    'qingxiu: %s lists no station of the pack',
    async (question) => {
      const asker = await askerOn(ALL.qingxiu);
      expect(outside(asker.ask(question, AT_WEDNESDAY_10))).toBe(true);
    },
  );
});

describe('round 45: whether the bot is a person', () => {
  it.each(['你是机器人还是真人', '老铁 你是真人不 唠会嗑呗', '你是不是机器人'])(
    '"%s" is small talk, answered honestly (QA22 #4)',
    (text) => {
      expect(smallTalk(text)).toBe('bot');
    },
  );
  it('a question after it stays a question', () => {
    expect(smallTalk('你是真人不 工伤怎么报')).toBeUndefined();
  });
});
