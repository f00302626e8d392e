/**
 * Rest stations through the real app: shared locations, named places, services, open-now at a fixed
 * clock, holidays, one-tap problem reports, and locations that make no sense.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentPackError, loadContentPack } from '../../../src/core/content/loader.js';
import { forLocale } from '../../../src/core/script.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { buttonData, startHarness, type FaqHarness } from '../faq/harness.js';
import { nearest, openAllDay, readPack } from './geo-helpers.js';
import { stationName } from '../../../src/core/stations/reading.js';

const { stations, places } = readPack(SAMPLE_PACK);
const place = (id: string) => places.find((p) => p.id === id)!;
const name = (id: string) => stations.find((s) => s.id === id)!.name;
/** Station names listed in a station card, in order ("1. 合生汇暖心驿站 · 170 米"). */
const listed = (text: string | undefined) =>
  [...(text ?? '').matchAll(/^\d\. (.+?)(?: · .*)?$/gm)].map((m) => m[1]);

let h: FaqHarness;
beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Shanghai.
  h = await startHarness({ now: '2026-11-23T02:00:00Z' });
});
afterAll(async () => {
  await h.close();
});

describe('finding stations', () => {
  it('from a shared location: the 3 nearest with distance, open-now, services and phone, the nearest as a venue', async () => {
    const here = { lat: 31.2748, lon: 121.5281 };
    await h.type(':dm', ':as rider-1 zh-CN', `:loc ${here.lat} ${here.lon}`);
    const [line] = h.take();
    expect(listed(line?.text)).toEqual(
      nearest(stations, here)
        .slice(0, 3)
        .map((s) => s.name),
    );
    expect(line?.text).toMatch(/· \d+ 米/);
    expect(line?.text).toContain('🟢 营业中');
    expect(line?.text).toContain('☎ ');
    expect(line?.card.venue?.title).toBe(nearest(stations, here)[0]!.name);
  });

  it('from a named place and a service, in Chinese, traditional and English', async () => {
    const want = nearest(stations, place('wujiaochang'), ['charging'])
      .slice(0, 3)
      .map((s) => s.name);
    await h.type('五角场附近哪里能充电');
    let line = h.take()[0];
    expect(line?.text).toContain('离「五角场」最近的驿站');
    expect(listed(line?.text)).toEqual(want);
    // Asked in traditional characters: the same stations, their names converted.
    await h.type('五角場附近哪裡能充電');
    expect(listed(h.take()[0]?.text)).toEqual(want.map((n) => forLocale('zh-TW', n)));
    await h.type(':as rider-en en', 'where can I get hot water near Wujiaochang');
    line = h.take()[0];
    expect(line?.text).toContain('Stations nearest to 五角场');
    expect(listed(line?.text)).toEqual(
      nearest(stations, place('wujiaochang'), ['hot-water'])
        .slice(0, 3)
        .map((s) => stationName(s, 'en')),
    );
  });

  it('open round the clock: only 24-hour stations', async () => {
    await h.type(':as rider-1 zh-CN', '合生汇那边有没有24小时的驿站');
    const names = listed(h.take()[0]?.text);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(openAllDay(stations.find((s) => s.name === n)!)).toBe(true);
    expect(names[0]).toBe(nearest(stations, place('hesheng-hui'), [], true)[0]!.name);
  });

  it('a service and no place: lists matching stations, asks for the location, and the next location keeps the service', async () => {
    await h.type('哪里能热饭');
    const first = h.take()[0];
    expect(first?.text).toContain('提供微波炉的驿站');
    // The console cannot share a location in one tap: the hint says to name a place (no Telegram 📎 here).
    expect(first?.text).toContain('直接说地名');
    expect(first?.text).not.toContain('📎');
    expect(first?.card.venue).toBeUndefined();
    const here = place('daxuelu');
    await h.type(`:loc ${here.lat} ${here.lon}`);
    const line = h.take()[0];
    expect(line?.text).toContain('（有微波炉）');
    expect(listed(line?.text)[0]).toBe(nearest(stations, here, ['microwave'])[0]!.name);
  });

  it('a station by name: that station’s own card with its hours, not a list of its neighbours', async () => {
    await h.type('控江路社区暖心驿站几点开门');
    const line = h.take()[0];
    expect(listed(line?.text)).toEqual([name('warm-kongjiang-community')]);
    expect(line?.text).toContain(`「${name('warm-kongjiang-community')}」`);
    expect(line?.text).not.toContain('最近的驿站');
    expect(line?.text).toContain('🟢 营业中，到 20:00');
    // Around it is another question: the nearest list.
    await h.type('控江路社区暖心驿站附近还有别的驿站吗');
    expect(listed(h.take()[0]?.text).length).toBeGreaterThan(1);
  });
});

describe('open now, in BOT_TIMEZONE', () => {
  it('late on a Monday: closed stations say when they open, 24-hour ones are open', async () => {
    h.clock.now = new Date('2026-11-23T15:30:00Z'); // 23:30 in Shanghai
    await h.type(':as rider-night zh-CN', '合生汇暖心驿站几点开门');
    const text = h.take()[0]?.text ?? '';
    expect(text).toContain('🔴 休息中，明天 09:00 开门');
    // None of the nearest is open: the nearest open one is added.
    expect(text).toContain('现在开着的最近一个');
    expect(text).toContain('24 小时开放');
  });

  it('on a date in closedOn the station is closed for the holiday', async () => {
    h.clock.now = new Date('2026-10-01T02:00:00Z'); // National Day, 10:00
    await h.type('控江路社区暖心驿站几点开门');
    expect(h.take()[0]?.text).toContain('🔴 今天节假日闭站');
    h.clock.now = new Date('2026-11-23T02:00:00Z');
  });
});

describe('one-tap problem reports', () => {
  it('marks the station for the rest of the day, tells its branch once, and counts a person once', async () => {
    await h.type(':as rider-r1 zh-CN', '控江路社区暖心驿站几点开门');
    const answer = h.take()[0]!;
    // One compact button per station (not three each), opening that station's choices.
    expect(answer.choices.length).toBeLessThanOrEqual(4);
    expect(answer.choices[0]).toBe('⚠️ 1号有问题');
    await h.type(`:press 1 ${answer.id}`);
    const card = h.take().at(-1)!;
    expect(card.text).toContain('「控江路社区暖心驿站」怎么了');
    expect(buttonData(card)).toEqual([
      'stn:r:warm-kongjiang-community:closed',
      'stn:r:warm-kongjiang-community:nowater',
      'stn:r:warm-kongjiang-community:full',
    ]);
    await h.type(`:press 2 ${card.id}`);
    let out = h.take();
    expect(out.find((l) => l.kind === 'toast')?.text).toContain('已标记');
    const triage = out.filter((l) => l.to.chatId === 'triage-kongjiang');
    expect(triage).toHaveLength(1);
    expect(triage[0]?.text).toContain('控江路社区暖心驿站 — 没热水');

    await h.type(`:press 2 ${card.id}`);
    expect(h.take()[0]?.text).toContain('已经反映过');

    // Another worker asking today sees the mark; a second report does not announce again.
    await h.type(':as rider-r2 zh-CN', '控江路社区暖心驿站几点开门');
    const seen = h.take()[0]!;
    expect(seen.text).toContain('⚠️ 今天有人反映：没热水');
    await h.type(`:press 1 ${seen.id}`);
    await h.type(`:press 2 ${h.take().at(-1)!.id}`);
    out = h.take();
    expect(out.filter((l) => l.to.chatId === 'triage-kongjiang')).toHaveLength(0);
    const date = '2026-11-23';
    expect(
      (await h.app.deps.store.faq.stationReports(['warm-kongjiang-community'], date)).get(
        'warm-kongjiang-community',
      ),
    ).toEqual({ nowater: 2 });

    // The next day the mark is gone.
    h.clock.now = new Date('2026-11-24T02:00:00Z');
    await h.type('控江路社区暖心驿站几点开门');
    expect(h.take()[0]?.text).not.toContain('今天有人反映');
    h.clock.now = new Date('2026-11-23T02:00:00Z');
  });
});

describe('locations that make no sense', () => {
  it('0,0: says the location looks wrong and offers the district list', async () => {
    await h.type(':as rider-x zh-CN', ':loc 0 0');
    const line = h.take()[0]!;
    expect(line.text).toContain('位置好像不对');
    expect(buttonData(line)).toEqual(['stn:all:0']);
    await h.type(`:press 1 ${line.id}`);
    const list = h.take().at(-1)!;
    expect(list.text).toContain('的全部驿站');
    expect(buttonData(list)).toEqual(['stn:all:1']);
  });

  it('outside the district: no station nearby, and the district list', async () => {
    await h.type(':loc 39.9042 116.4074');
    const line = h.take()[0]!;
    expect(line.text).toContain('那附近没有驿站');
    expect(line.text).toContain('上海市杨浦区');
    expect(line.card.venue).toBeUndefined();
  });
});

describe('a station with malformed hours', () => {
  it('is caught by the content check with its file and line', async () => {
    const err = await loadContentPack(resolve(import.meta.dirname, '../../fixtures/packs/bad-hours')).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ContentPackError);
    const problems = (err as ContentPackError).problems.filter((p) => p.file.endsWith('stations.yaml'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => typeof p.line === 'number')).toBe(true);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/hours|range/);
  });
});
