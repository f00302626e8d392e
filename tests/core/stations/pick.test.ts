/**
 * "2" after a numbered list of stations means the second station: the same worker, in the same chat,
 * within ten minutes, gets that station in full (hours, services, address). Without a recent list the
 * "only a number" pointer stays; a number beyond the list says how many there were.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forLocale } from '../../../src/core/script.js';
import { pickedNumber } from '../../../src/core/stations/pick.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { startHarness, type FaqHarness } from '../faq/harness.js';
import { nearest, readPack } from './geo-helpers.js';
import { stationName } from '../../../src/core/stations/reading.js';

const { stations } = readPack(SAMPLE_PACK);
/** Station names listed in a station card, in order ("1. 合生汇暖心驿站 · 170 米"). */
const listed = (text: string | undefined) =>
  [...(text ?? '').matchAll(/^\d\. (.+?)(?: · .*)?$/gm)].map((m) => m[1]);
const HERE = { lat: 31.2748, lon: 121.5281 };

let h: FaqHarness;
beforeAll(async () => {
  // Monday 23 November 2026, 10:00 in Shanghai.
  h = await startHarness({ now: '2026-11-23T02:00:00Z' });
});
afterAll(async () => {
  await h.close();
});

describe('reading a pick', () => {
  it.each([
    ['2', 2],
    ['２', 2],
    ['第二个', 2],
    ['2号', 2],
    ['第2個', 2],
    ['二', 2],
    ['第十二个', 12],
    ['要第三个', 3],
    ['3号站', 3],
    ['第一家吧', 1],
    ['2？', 2],
    ['the second', 2],
    ['The second one', 2],
    ['2nd', 2],
    ['#3', 3],
    ['no. 1', 1],
    ['number 3', 3],
    ['three', 3],
  ])('"%s" picks %i', (text, n) => {
    expect(pickedNumber(text)).toBe(n);
  });

  it.each([
    '2号线怎么走',
    '第二个驿站在哪',
    '两个人',
    '123',
    '2026',
    '二三',
    'second hand',
    'hello',
    '',
    '？',
  ])('"%s" picks nothing', (text) => {
    expect(pickedNumber(text)).toBeUndefined();
  });
});

describe('a number after a list of stations', () => {
  const want = nearest(stations, HERE).slice(0, 3);

  it('"2" answers with the second station in full', async () => {
    await h.type(':dm', ':as rider-p1 zh-CN', `:loc ${HERE.lat} ${HERE.lon}`);
    expect(listed(h.take()[0]?.text)).toEqual(want.map((s) => s.name));
    await h.type('2');
    const [line] = h.take();
    const second = want[1]!;
    expect(line?.text.split('\n')[0]).toBe(second.name);
    expect(line?.text).toContain('🕘 营业时间：');
    expect(line?.text).toContain(`📍 ${second.address}`);
    expect(line?.text).toMatch(/🟢|🔴/);
    expect(line?.text).not.toContain('我不知道您想问什么');
    expect(line?.card.venue?.title).toBe(second.name);
  });

  it.each(['第二个', '２', '2号', '要第二个吧'])('"%s" picks the same station', async (text) => {
    await h.type(':as rider-p1 zh-CN', text);
    expect(h.take()[0]?.text.split('\n')[0]).toBe(want[1]!.name);
  });

  it('the week’s hours: days with the same hours run together', async () => {
    // A station open on weekdays and Saturday, closed on Sundays and some holidays (the sample pack),
    // asked about on the Monday before 1 October.
    const s = stations.find((x) => typeof x.hours === 'object' && !('sun' in x.hours))!;
    const was = h.clock.now;
    h.clock.now = new Date('2026-09-28T02:00:00Z');
    await h.type(':as rider-p2 zh-CN', `${s.name}附近还有别的驿站吗`);
    const names = listed(h.take()[0]?.text);
    const n = names.indexOf(s.name) + 1;
    expect(n).toBeGreaterThan(0);
    await h.type(String(n));
    const text = h.take()[0]?.text ?? '';
    expect(text).toContain('至周五');
    expect(text).toContain('周日 休息');
    expect(text).toContain('节假日闭站：2026-10-01');
    expect(text).not.toContain('2026-02-17');
    h.clock.now = was;
  });

  it('beyond the list: how many there were', async () => {
    await h.type(':as rider-p1 zh-CN', `:loc ${HERE.lat} ${HERE.lon}`);
    h.take();
    await h.type('7');
    expect(h.take()[0]?.text).toBe('刚才列出的驿站只有 3 个，请回复 1 到 3 之间的数字。');
  });

  it('in English and in traditional characters', async () => {
    await h.type(':as rider-p3 en', `:loc ${HERE.lat} ${HERE.lon}`);
    h.take();
    await h.type('the second');
    const en = h.take()[0]?.text ?? '';
    expect(en.split('\n')[0]).toBe(stationName(want[1]!, 'en'));
    expect(en).toContain('🕘 Hours:');
    await h.type('9');
    expect(h.take()[0]?.text).toBe('The list I just sent has 3 stations; reply with a number from 1 to 3.');

    await h.type(':as rider-p4 zh-TW', `:loc ${HERE.lat} ${HERE.lon}`);
    h.take();
    await h.type('第2個');
    const tw = h.take()[0]?.text ?? '';
    expect(tw.split('\n')[0]).toBe(forLocale('zh-TW', want[1]!.name));
    expect(tw).toContain('🕘 營業時間：');
  });

  it('someone else, another chat, or no list: the "only a number" pointer stays', async () => {
    await h.type(':as rider-p5 zh-CN', '2');
    expect(h.take()[0]?.text).toContain('我不知道您想问什么');
    // rider-p1's list is theirs, in their private chat only.
    await h.type(':as rider-p1 zh-CN', ':in riders-meituan 美团骑手群', '@waystation_bot 2');
    expect(h.take()[0]?.text).toContain('我不知道您想问什么');
  });

  it('in a group: the list asked for there, and the number addressed to the bot', async () => {
    await h.type(':as rider-p6 zh-CN', ':in riders-meituan 美团骑手群', '@waystation_bot 五角场附近的驿站');
    const names = listed(h.take()[0]?.text);
    expect(names.length).toBeGreaterThan(1);
    await h.type('@waystation_bot 第二个');
    expect(h.take()[0]?.text.split('\n')[0]).toBe(names[1]);
  });

  it('the list is kept for ten minutes in Redis', async () => {
    const { redis, keys } = h.app.store;
    const ttl = await redis.ttl(keys.stationList('console', 'rider-p1', 'rider-p1'));
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(600);
  });
});
