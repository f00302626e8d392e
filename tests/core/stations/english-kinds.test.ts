/**
 * English station names (QA8 #10): "what time does the fishing port drivers home open?" found no station, and the
 * station's reading ran its words together (Dalianwanyugang Siji Zhijia). The kind of place a station's Chinese
 * name holds (渔港, 机场, 物流园) is said in general English words (fishing port, airport, logistics park), and a
 * reading is cut at common words and at the pack's own places.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { romanized } from '../../../src/core/stations/reading.js';
import { askerOn } from '../../helpers/askers.js';
import { startHarness } from '../faq/harness.js';

const root = path.resolve(import.meta.dirname, '../../..');
const pack = (name: string) => path.join(root, 'packs', name);
const now = new Date('2026-12-06T08:05:00+08:00');
const named = (a: Answer) => (a.kind === 'stations' ? (a.named ?? 'stations') : a.kind);

let ganjingzi: Asker;
let meilan: Asker;
let hunnan: Asker;
beforeAll(async () => {
  [ganjingzi, meilan, hunnan] = await Promise.all([
    askerOn(pack('ganjingzi')),
    askerOn(pack('meilan')),
    askerOn(pack('hunnan')),
  ]);
});
const ask = (asker: Asker, q: string) => named(asker.ask(q, { now, timeZone: 'Asia/Shanghai' }));

describe('a station named by its kind of place in English', () => {
  it.each([
    ['what time does the fishing port drivers home open?', 'gj-st-fishport-drivers'],
    ['where is the drivers home at the fishing port', 'gj-st-fishport-drivers'],
    ['airport drivers home hours', 'gj-st-airport-drivers'],
    ['north station drivers home', 'gj-st-north-taxi'],
  ])('甘井子: %s → %s', (q, station) => {
    expect(ask(ganjingzi, q)).toBe(station);
  });

  it.each([
    ['what time does the airport drivers home open?', 'meilan', 'st-airport-drivers'],
    ['logistics park truck drivers home', 'meilan', 'st-airport-cargo'],
    ['what time does the airport warm station open', 'hunnan', 'warm-airport'],
    ['logistics park drivers home', 'hunnan', 'freight-home-wuliu'],
  ])('%s (%s) → %s', (q, on, station) => {
    expect(ask(on === 'meilan' ? meilan : hunnan, q)).toBe(station);
  });

  it('the place alone, without a station word, names no station', () => {
    expect(ask(ganjingzi, 'is the road to the fishing port icy this morning? any fog warning?')).not.toMatch(
      /^gj-st-|stations/,
    );
    expect(ask(meilan, 'airport pickup rules for didi drivers')).not.toMatch(/^st-|stations/);
  });
});

describe('a reading cut into words', () => {
  // A reading cuts at the places of the pack in use: the one loaded last.
  beforeAll(async () => {
    await loadContentPack(pack('ganjingzi'));
  });

  it.each([
    ['大连湾渔港司机之家', 'Dalianwan Yugang Siji Zhijia'],
    ['周水子机场司机暖心驿站', 'Zhoushuizi Jichang Siji Nuanxin Yizhan'],
    [
      '甘井子区南关岭街道大连北站出租车蓄车场东侧平房',
      'Ganjingzi Qu Nanguanling Jiedao Dalian Beizhan Chuzuche Xuchechang Dongce Pingfang',
    ],
    // The pack's own places (辛寨子, 泉水) are words of their own.
    ['甘井子区辛寨子建设银行网点大厅', 'Ganjingzi Qu Xinzhaizi Jianshe Yinhang Wangdian Dating'],
    ['甘井子区泉水农贸市场东门旁', 'Ganjingzi Qu Quanshui Nongmao Shichang Dongmen Pang'],
    // …never splitting a common word (南关岭物流, an alias, leaves 物流园 whole).
    ['南关岭物流园小哥驿站', 'Nanguanling Wuliuyuan Xiaoge Yizhan'],
  ])('%s → %s', (name, reading) => {
    expect(romanized(name)).toBe(reading);
  });

  it('美兰机场司机之家 → Meilan Jichang Siji Zhijia, with 美兰’s pack in use', async () => {
    await loadContentPack(pack('meilan'));
    expect(romanized('美兰机场司机之家')).toBe('Meilan Jichang Siji Zhijia');
  });

  it('an English worker asking gets the station card, its name read out in words', async () => {
    const h = await startHarness({ contentDir: pack('ganjingzi'), now: '2026-12-06T00:05:00Z' });
    try {
      await h.type(':dm', ':as driver-e en', 'what time does the fishing port drivers home open?');
      expect(h.take()[0]?.text).toContain('大连湾渔港司机之家 (Dalianwan Yugang Siji Zhijia)');
    } finally {
      await h.close();
    }
  });
});
