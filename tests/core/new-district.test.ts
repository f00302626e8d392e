/**
 * Station answers on a pack written for another district (packs/hunnan): "name a place, e.g. …" names one
 * of its own landmarks (its places.yaml), never the sample pack's 五角场 — in the /stations hint and in /ask's
 * usage, in each language —, "驿站几点开门" lists its stations' hours when no entry gives them, and /ticket's
 * usage shows a number as this pack writes them.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type FaqHarness } from './faq/harness.js';
import { readPack } from './stations/geo-helpers.js';

const HUNNAN = resolve(import.meta.dirname, '../../packs/hunnan');
const { places } = readPack(HUNNAN);

let h: FaqHarness;
beforeAll(async () => {
  h = await startHarness({ now: '2026-11-23T02:00:00Z', contentDir: HUNNAN });
});
afterAll(async () => {
  await h.close();
});

const said = async (...lines: string[]) => {
  await h.type(...lines);
  return h
    .take()
    .map((l) => l.text)
    .join('\n');
};

describe('a place to name, from the pack’s own district', () => {
  it('/stations and /ask in zh-CN name the pack’s first landmark', async () => {
    const first = places[0]!.name;
    const stations = await said(':as hn-rider-1 zh-CN', ':dm', '/stations');
    expect(stations).toContain(`比如“${first}附近”`);
    const usage = await said('/ask');
    expect(usage).toContain(`/ask ${first}附近`);
    expect(stations + usage).not.toContain('五角场');
  });

  it('in English a landmark’s English name, in zh-TW the traditional script', async () => {
    const english = places.flatMap((p) => p.aliases ?? []).find((a) => /^[A-Z][A-Za-z' .-]{3,}$/.test(a))!;
    const en = await said(':as hn-rider-2 en', ':dm', '/stations');
    expect(en).toContain(`near ${english}`);
    expect(en).not.toContain('Wujiaochang');
    const tw = await said(':as hn-rider-3 zh-TW', ':dm', '/stations');
    expect(tw).toContain('例如「奧體中心附近」');
  });
});

describe('“驿站几点开门” with no station named', () => {
  it('on a pack with no entry on stations’ hours: the stations with their hours, not an entry that mentions opening', async () => {
    const reply = await said(':as hn-rider-4 zh-CN', ':dm', '暖心驿站几点开门');
    expect(reply).toMatch(/营业中|已关门|24 小时/);
    expect(reply).not.toContain('谁都能用');
  });
});

describe('/ticket with no number', () => {
  it('shows an example number with the pack’s own prefix, not the sample pack’s JN', async () => {
    const prefix = h.app.deps.content.get().settings.ticketPrefix;
    const usage = await said(':as hn-rider-5 zh-CN', ':dm', '/ticket');
    expect(usage).toMatch(new RegExp(`/ticket ${prefix}-\\d{4}-000123`));
    expect(prefix).not.toBe('JN');
  });
});
