/**
 * Station names and addresses for an English reader (stop 33): packs have no English names, so an English reader
 * sees the Chinese — what the sign says — followed by its pinyin reading, to say it out loud. A pack's own English
 * name wins; zh-CN and zh-TW readers see what they saw before. Real Redis through the console app.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forLocale } from '../../../src/core/script.js';
import { romanized, stationAddress, stationName } from '../../../src/core/stations/reading.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { startHarness, type FaqHarness } from '../faq/harness.js';
import { readPack } from './geo-helpers.js';

const { stations } = readPack(SAMPLE_PACK);
const wanda = stations.find((s) => s.id === 'warm-wanda-wujiaochang')!;
/** Beside 五角场万达: the nearest station is 五角场万达暖心驿站. */
const AT_WANDA = { lat: wanda.lat, lon: wanda.lon };

describe('a Chinese name read out in pinyin', () => {
  it.each([
    ['定海路物流园暖心驿站', 'Dinghai Lu Wuliuyuan Nuanxin Yizhan'],
    ['五角场万达暖心驿站', 'Wujiaochang Wanda Nuanxin Yizhan'],
    ['工商银行五角场支行爱心接力站', 'Gongshang Yinhang Wujiaochang Zhihang Aixin Jielizhan'],
    ['网约车司机之家（黄兴路）', 'Wangyueche Siji Zhijia (Huangxing Lu)'],
    // A character read as its word reads it: 长阳 Changyang, not 区长's zhang.
    ['杨浦区长阳路1080号', 'Yangpu Qu Changyang Lu 1080 Hao'],
    ['西安市雁塔区', "Xi'an Shi Yanta Qu"],
    ['望京SOHO骑手之家', 'Wangjing SOHO Qishou Zhijia'],
  ])('%s → %s', (name, reading) => {
    expect(romanized(name)).toBe(reading);
  });
});

describe("a station's name by locale", () => {
  it('English: the Chinese, then its reading; zh-CN as written; zh-TW converted', () => {
    expect(stationName(wanda, 'en')).toBe('五角场万达暖心驿站 (Wujiaochang Wanda Nuanxin Yizhan)');
    expect(stationName(wanda, 'zh-CN')).toBe('五角场万达暖心驿站');
    expect(stationName(wanda, 'zh-TW')).toBe('五角場萬達暖心驛站');
    expect(stationAddress(wanda, 'zh-TW')).toBe(forLocale('zh-TW', wanda.address));
  });

  it("a pack's own variant wins for its locale only", () => {
    const named = {
      ...wanda,
      variants: { en: { name: 'Wanda Plaza Warm Station' }, 'zh-TW': { address: '楊浦區邯鄲路600號' } },
    };
    expect(stationName(named, 'en')).toBe('Wanda Plaza Warm Station');
    expect(stationAddress(named, 'en')).toContain('(Yangpu Qu Handan Lu 600 Hao');
    expect(stationName(named, 'zh-CN')).toBe('五角场万达暖心驿站');
    expect(stationName(named, 'zh-TW')).toBe('五角場萬達暖心驛站');
    expect(stationAddress(named, 'zh-TW')).toBe('楊浦區邯鄲路600號');
  });
});

describe('in chat', () => {
  let h: FaqHarness;
  let variantPack: string;
  let v: FaqHarness;
  beforeAll(async () => {
    h = await startHarness();
    // The sample pack with an English name for one station, as an author may write it.
    variantPack = mkdtempSync(join(tmpdir(), 'ws-reading-'));
    cpSync(SAMPLE_PACK, variantPack, { recursive: true });
    const file = join(variantPack, 'stations.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '    name: 五角场万达暖心驿站\n',
        '    name: 五角场万达暖心驿站\n    variants: { en: { name: Wujiaochang Wanda Warm Station } }\n',
      ),
    );
    v = await startHarness({ contentDir: variantPack });
  });
  afterAll(async () => {
    await h.close();
    await v.close();
    rmSync(variantPack, { recursive: true, force: true });
  });

  it('an English reader sees each station and its address with the reading; the map pin too', async () => {
    await h.type(':as rider-rd1 en', `:loc ${AT_WANDA.lat} ${AT_WANDA.lon}`);
    const card = h.take()[0]!;
    expect(card.text).toContain('1. 五角场万达暖心驿站 (Wujiaochang Wanda Nuanxin Yizhan)');
    expect(card.text).toContain(`📍 ${wanda.address} (Yangpu Qu Handan Lu 600 Hao`);
    expect(card.card.venue?.title).toBe('五角场万达暖心驿站 (Wujiaochang Wanda Nuanxin Yizhan)');
  });

  it('a Chinese reader sees the names as before', async () => {
    await h.type(':as rider-rd2 zh-CN', `:loc ${AT_WANDA.lat} ${AT_WANDA.lon}`);
    const text = h.take()[0]!.text;
    expect(text).toContain('1. 五角场万达暖心驿站');
    expect(text).not.toMatch(/Yizhan|Handan Lu/);
  });

  it("a pack's English name is shown instead of the reading", async () => {
    await v.type(':as rider-rd3 en', `:loc ${AT_WANDA.lat} ${AT_WANDA.lon}`);
    const text = v.take()[0]!.text;
    expect(text).toContain('1. Wujiaochang Wanda Warm Station');
    expect(text).not.toContain('五角场万达暖心驿站');
  });
});
