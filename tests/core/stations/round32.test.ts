/**
 * Stations round 32 (docs/rounds/faq.md, "Stations round 32 (stop 32)"): a name written with 儿 (燕儿窝) met as questions
 * are read (erhua dropped), a road after a town or a street office in an address (盖山镇福峡路), a part of several
 * stations' names as the area where they stand, services asked at a landmark one station's address names, and a
 * bank by its short name (建行, 工行).
 * New wordings on several packs, not the dev48 questions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { resolve } from 'node:path';
import { askerOn, FAQ_PACKS } from '../../helpers/askers.js';

const opts = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const first = (a: Answer) => (a.kind === 'stations' ? a.results.hits[0]?.station.id : a.kind);

const PACKS = {
  ...FAQ_PACKS,
  cangshan: resolve(import.meta.dirname, '../../../packs/cangshan'),
  jianye: resolve(import.meta.dirname, '../../../packs/jianye'),
};
type Pack = keyof typeof PACKS;

/** Questions answered with a station list: the first station. */
const FOUND: [Pack, string, string][] = [
  // 燕儿窝, shared by two stations' names: the area; a wash there is the lorry drivers' station's
  ['tianshan', '燕儿窝那边能冲个澡不', 'freight-home-yanerwo'],
  // 北三环, shared by two stations' names: a lorry to park and a wash there
  ['jinshui', '北三环那块儿有能停货车冲澡的地儿没', 'siji-sanhuan'],
  // two characters two stations' names share, beside a station word: the question's other words pick one
  ['cangshan', '盖山那个货车司机之家晚上开不开', 'freight-home-gaishan'],
  ['tianhe', '五山那个接力站几点开', 'wushan-relay'],
  ['yuhang', '西溪那个暖心驿站几点关门', 'yh-bafang-mall'],
  // a bank by its short name, when one station stands in such a branch
  ['hongshan', '工行那个接力站几点关门', 'huquan-relay'],
  ['nanshan', '招行里面那个爱心驿站能喝水不', 'relay-shekou-oldstreet'],
  ['jianye', '建行里头那个驿站礼拜六开不开', 'relay-jinying'],
  // the road after the town in the address (盖山镇福峡路388号)
  ['cangshan', '福峡路那个驿站能热饭不', 'warm-gaishan'],
  // the road after the street office in the address (生米街道西站大道)
  ['honggutan', '西站大道那个司机服务站几点开', 'freight-shengmi'],
  // services, no station word, at a landmark only one station's address names (鱼化工业园物流园南门)
  ['yanta', '鱼化工业园那边能停大车冲个凉不', 'yz-yuhua-drivers'],
];

/** Not a station question: the FAQ answers (the entry). */
const FAQ: [Pack, string, string][] = [
  // a two-character part of a station's name with a service, no station word, is still a place told
  ['tianhe', '石牌那边心理咨询要不要预约 收钱吗', 'counselling-in-person'],
  ['xiaodian', '武宿接人的网约车停车场在哪', 'airport-pickup'],
];

describe('stations round 32', () => {
  const askers = new Map<string, Asker>();
  beforeAll(async () => {
    const packs = new Set<Pack>([...FOUND, ...FAQ].map(([p]) => p));
    for (const p of packs) askers.set(p, await askerOn(PACKS[p]));
  });

  it.each(FOUND)('%s: %s → %s', (pack, q, station) => {
    expect(first(askers.get(pack)!.ask(q, opts))).toBe(station);
  });

  it.each(FAQ)('%s: %s → %s', (pack, q, entry) => {
    const a = askers.get(pack)!.ask(q, opts);
    expect(a.kind === 'faq' ? a.hit.entry.id : a.kind).toBe(entry);
  });
});
