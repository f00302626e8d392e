/**
 * /stations as a worker sees it, through the real app: with no place known it lists open stations
 * first, asks for a location or a place name, and the next location or place answers with the nearest
 * stations from there. Ground truth comes from the pack's own files (geo-helpers), not from the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from '../faq/harness.js';
import { nearest, openAllDay, readPack } from './geo-helpers.js';
import { stationName } from '../../../src/core/stations/reading.js';

const { stations, places } = readPack(SAMPLE_PACK);
const place = (id: string) => places.find((p) => p.id === id)!;
const byName = (n: string) => stations.find((s) => s.name === n)!;
/** Station names listed in a station card, in order ("1. 合生汇暖心驿站 · 170 米"). */
const listed = (text: string | undefined) =>
  [...(text ?? '').matchAll(/^\d\. (.+?)(?: · .*)?$/gm)].map((m) => m[1]!);

const MONDAY_10 = new Date('2026-11-23T02:00:00Z'); // 10:00 in Shanghai
const MONDAY_2330 = new Date('2026-11-23T15:30:00Z'); // 23:30 in Shanghai

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ now: MONDAY_10.toISOString() });
});
afterAll(async () => {
  await h.close();
});

async function stationsCommand(...before: string[]) {
  await h.type(...before, '/stations');
  return h.take().at(-1)!;
}

describe('/stations', () => {
  it('in the day: three open stations in the pack’s order, each with its report buttons, and how to get the nearest', async () => {
    h.clock.now = MONDAY_10;
    const card = await stationsCommand(':as rider-s1 zh-CN', ':dm');
    const names = listed(card.text);
    expect(names).toHaveLength(3);
    expect(card.text.match(/🟢/g)).toHaveLength(3);
    const order = names.map((n) => stations.indexOf(byName(n)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(card.text).toContain('想找离您最近的');
    expect(card.card.venue).toBeUndefined(); // no place known, so no distance and no map pin
    expect(card.text).not.toMatch(/ · \d+ 米/);
    // One compact "report a problem" button per station; the problems are offered after the tap.
    expect(buttonData(card)).toEqual(names.map((n) => `stn:p:${byName(n).id}`));
  });

  it('late at night: the round-the-clock stations come first', async () => {
    h.clock.now = MONDAY_2330;
    const card = await stationsCommand(':as rider-s2 zh-CN', ':dm');
    expect(listed(card.text)).toEqual(
      stations
        .filter(openAllDay)
        .slice(0, 3)
        .map((s) => s.name),
    );
    h.clock.now = MONDAY_10;
  });

  it('the location shared next gets the nearest stations from there, with distances', async () => {
    await stationsCommand(':as rider-s3 zh-CN', ':dm');
    const here = place('daxuelu');
    await h.type(`:loc ${here.lat} ${here.lon}`);
    const card = h.take().at(-1)!;
    expect(listed(card.text)).toEqual(
      nearest(stations, here)
        .slice(0, 3)
        .map((s) => s.name),
    );
    expect(card.text).toMatch(/· \d+ 米/);
    expect(card.card.venue?.title).toBe(nearest(stations, here)[0]!.name);
  });

  it('a place named next gets the nearest stations to that place', async () => {
    await stationsCommand(':as rider-s4 zh-CN', ':dm');
    await h.type('五角场');
    const card = h.take().at(-1)!;
    expect(card.text).toContain('离「五角场」最近的驿站');
    expect(listed(card.text).slice(0, 3)).toEqual(
      nearest(stations, place('wujiaochang'))
        .slice(0, 3)
        .map((s) => s.name),
    );
  });

  it('/stations with a place after it answers as the place typed alone does, in one reply; words that are no place get the list', async () => {
    await h.type(':as rider-s7 zh-CN', ':dm', '五角场');
    const typed = h.take();
    await h.type(':as rider-s8 zh-CN', ':dm', '/stations 五角场');
    const command = h.take();
    expect(command).toHaveLength(1);
    expect(command.map((l) => l.text)).toEqual(typed.map((l) => l.text));
    expect(command[0]!.text).toContain('离「五角场」最近的驿站');
    expect(listed(command[0]!.text).slice(0, 3)).toEqual(
      nearest(stations, place('wujiaochang'))
        .slice(0, 3)
        .map((s) => s.name),
    );
    await h.type('/stations 工资条');
    const list = h.take();
    expect(list).toHaveLength(1);
    expect(list[0]!.text).not.toContain('最近的驿站');
    expect(listed(list[0]!.text)).toHaveLength(3);
  });

  it('in a group it answers in the group; in English for an English speaker', async () => {
    const inGroup = await stationsCommand(':as rider-s5 zh-CN', ':in riders-stations 骑手群');
    expect(inGroup.to.chatId).toBe('riders-stations');
    expect(listed(inGroup.text)).toHaveLength(3);
    const en = await stationsCommand(':as rider-s6 en', ':dm');
    expect(en.text).toContain('Stations:');
    expect(en.text).toContain('name a place, e.g. "near Wujiaochang"');
    // The same stations, each with its pinyin reading for an English reader (stop 33).
    expect(listed(en.text)).toEqual(
      listed(inGroup.text).map((n) =>
        stationName(
          stations.find((s) => s.name === n)!,
          'en',
        ),
      ),
    );
    expect(en.text).toMatch(/ \([A-Z][A-Za-z' ]+ Yizhan\)/);
  });
});
