/**
 * Where the nearest station is, asked in English or Cantonese (QA12 #2): "where is the nearest rest station" and
 * 「最近嘅驛站喺邊度？」 got the pack's entry "怎么找最近的驿站" (send your location), while Mandarin 附近哪里可以歇脚 got
 * the stations. A worker asking where the nearest one is wants the stations, with a request for their location; the
 * entry answers one asking how to find them.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/core/faq/answer.js';
import type { Asker } from '../../../src/core/faq/ask.js';
import { AT_WEDNESDAY_10, PACKS, askerOn } from '../../helpers/askers.js';
import { startHarness, type FaqHarness } from './harness.js';

const WUZHONG = resolve(import.meta.dirname, '../../../packs/wuzhong');

/** "stations, location asked" for a list waiting for the worker's location; else the entry or the kind of answer. */
const seen = (a: Answer): string =>
  a.kind === 'stations'
    ? a.located
      ? 'stations near a place'
      : 'stations, location asked'
    : a.kind === 'faq'
      ? a.hit.entry.title
      : a.kind;

const WHERE = [
  'where is the nearest rest station',
  'nearest rest station?',
  '最近嘅驛站喺邊度？',
  '附近有冇驛站',
  '最近的驿站在哪',
];
const HOW = [
  'how do I find the nearest rest station',
  'how can I find a rest station near me',
  '附近哪有驿站 怎么查',
];

describe.each([
  ['吴中', WUZHONG, '怎么找最近的驿站'],
  ['杨浦 (the sample pack)', PACKS.yangpu, '怎么查驿站的位置（地图和机器人）'],
])('on %s', (_name, dir, finding) => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(dir);
  });

  it.each(WHERE)('"%s": the stations, and a request for the location', (q) => {
    expect(seen(asker.ask(q, AT_WEDNESDAY_10))).toBe('stations, location asked');
  });

  it.each(HOW)('"%s": how to find them, the entry', (q) => {
    expect(seen(asker.ask(q, AT_WEDNESDAY_10))).toBe(finding);
  });
});

describe('in chat, in English', () => {
  let h: FaqHarness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('lists the stations and asks for the location', async () => {
    await h.type(':dm', ':as rider-near en', 'where is the nearest rest station');
    const text = h
      .take()
      .map((l) => l.text)
      .join('\n');
    expect(text).toContain('五角场万达暖心驿站 (Wujiaochang Wanda Nuanxin Yizhan)');
    // The console shares no location: the way to name a place instead.
    expect(text).toContain('For the nearest ones, just name a place');
  });
});
