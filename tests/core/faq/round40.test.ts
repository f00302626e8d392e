/**
 * Round 40 (青秀, 南开 and 红谷滩 dev; docs/rounds/faq.md): the worker's job told in a concept's words the pack bridges
 * (跑滴滴的 → 网约车司机的) is still who the worker is, not the topic, and so is whether it costs money (体检要钱吗);
 * everyday words (a road turned into a river, a home burnt out…); northern 搁; English for the winter break and below
 * zero; a pattern's gap naming another concept (考个急救证); another province's rural insurance; a ticket's price; taking
 * part as signing up; the district's own name, a drivers' rest room and a night-time pain near a place for stations.
 * The questions are written for these tests, not taken from any eval set.
 */
import { describe, expect, it } from 'vitest';
import { AT_WEDNESDAY_10, askerOn, FAQ_PACKS, seen, withinOneTap } from '../../helpers/askers.js';

const ALL = FAQ_PACKS;
type Pack = keyof typeof ALL;

/** [pack, what the worker types, what the worker sees: an entry, "none" (not sure / don't know) or "stations"]. */
const CASES: [Pack, string, string][] = [
  // The job told, bridged to the pack's word, is context: the pension entry, not the ride-hailing pick-up point.
  // Asked of ride-hailing, the pick-up point stays.
  ['qingxiu', '我是开滴滴的 养老保险能自己交吗', 'social-insurance-flexible'],
  ['qingxiu', '跑滴滴的 东站在哪接客', 'east-station-pickup'],
  // Everyday words for what entries name officially; a battery on fire is still the charging entry's.
  ['shushan', '马路都变成河了 还能骑过去吗', 'flooded-roads'],
  ['nankai', '家里着火了 工会有救急的钱吗', 'union-hardship'],
  ['qingxiu', '电动车充电着火了怎么办', 'charging-safety'],
  ['tianhe', '看病的保险在哪交', 'medical-insurance-resident'],
  // Regional: 搁 of a vehicle is where to park it.
  ['nankai', '步行街不让骑 车往哪搁', 'scenic-street-delivery'],
  // English.
  ['nankai', "what should I wear when it's below zero", 'winter-gear'],
  // Whether it costs money is how the question is asked, not its topic; asked of joining, joining stays.
  ['wuhua', '体检要钱吗', 'health-check'],
  ['wuhua', '入会要交钱不', 'join-union'],
  // …and so is when it starts.
  ['yuelu', '学历提升什么时候开始报名', 'xueli-tisheng'],
  ['qingxiu', '开放大学什么时候开始招生', 'diploma-upgrade'],
  ['shushan', '体检什么时候开始', 'health-check-tour'],
  // A pattern's gap naming another concept: the first-aid certificate, not any certificate; a trade's stays.
  ['yangpu', '想考个急救证', 'first-aid-training'],
  ['shushan', '想考个急救证', 'first-aid-training'],
  ['yangpu', '想考个叉车证', 'skill-certificate-subsidy'],
  // The gatekeeper is the guard at the gate, not the office towers of the access group.
  ['qingxiu', '小区门卫拦着不给进', 'community-access'],
  // Another province's rural insurance brought here is where the worker comes from.
  ['chengguan', '河南的农村医保来这边看病能报吗', 'out-of-province-medical'],
  ['wuhua', '河南的农村医保来这边看病能报吗', 'medical-insurance-outside'],
  // A ticket's price is the price itself (the entry says half price), not a detail the entry lacks.
  ['shushan', '带孩子去景区玩 会员票价多少', 'scenic-discount'],
  // Taking part is signing up.
  ['yanta', '最美骑手评选我能参加吗', 'zuimei-qishou'],
  // Stations: the district's own name is no station's; a site for drivers is a station asked for, not the asker's
  // trade; a place and a night-time pain ask for a clinic, not rest stations.
  ['honggutan', '红谷滩什么时候有招聘会', 'job-fair'],
  ['chengguan', '东岗司机休息室几点开', 'stations'],
  ['honggutan', '西站司机休息室几点开', 'stations'],
  ['hongshan', '半夜肚子疼 离光谷广场近的急诊', 'clinic-nearby'],
];

describe('round 40: 青秀, 南开 and 红谷滩 causes on any pack', () => {
  it.each(CASES)('%s: %s → %s', async (pack, question, expected) => {
    const asker = await askerOn(ALL[pack]);
    expect(seen(asker.ask(question, AT_WEDNESDAY_10))).toBe(expected);
  });
});

// Stop 31: with bridges from 23 packs, 带孩子 leans towards the childcare entries on 雁塔 (带孩 no longer bridges to 景区),
// so the ticket question is "not sure" there — with the scenic entry first, one tap away.
describe('round 40, one tap away', () => {
  it('yanta: 带孩子去景区玩 会员票价多少 → jingqu-banjia offered', async () => {
    const asker = await askerOn(FAQ_PACKS.yanta);
    expect(withinOneTap(asker, asker.ask('带孩子去景区玩 会员票价多少', AT_WEDNESDAY_10))[0]).toBe(
      'jingqu-banjia',
    );
  });
});
