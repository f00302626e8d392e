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
import { loadContentPack } from '../../../src/core/content/loader.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { startHarness, type FaqHarness } from '../faq/harness.js';
import { readPack } from './geo-helpers.js';

const WUZHONG = join(import.meta.dirname, '../../../packs/wuzhong');
const CANGSHAN = join(import.meta.dirname, '../../../packs/cangshan');

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

describe('words a reader says apart, written apart (QA12 #4, GB/T 16159)', () => {
  beforeAll(async () => {
    // The pack's own names (places, branches, the district's, the towns of its addresses) are words of their own.
    await loadContentPack(WUZHONG);
  });

  it.each([
    // 与 joins two roads; it is not the next road's first syllable (Yujinshan is no road).
    ['中山东路与金山路路口', 'Zhongshan Donglu Yu Jinshan Lu Lukou'],
    ['白沙洲大道与青菱路交叉口', 'Baishazhou Dadao Yu Qingling Lu Jiaochakou'],
    // …and 和 only after a road: 和平路 is a name.
    ['杨浦区和平路', 'Yangpu Qu Heping Lu'],
    // Offices, stops and where beside them.
    ['城南街道办事处对面公交站旁', 'Chengnan Jiedao Banshichu Duimian Gongjiaozhan Pang'],
    ['甪直工业区管委会对面', 'Luzhi Gongyequ Guanweihui Duimian'],
    ['东山客运站东侧，近雕花楼', 'Dongshan Keyunzhan Dongce, Jin Diaohualou'],
    ['地铁5号线胥口站1号口旁', 'Ditie 5 Haoxian Xukou Zhan 1 Hao Kou Pang'],
    ['杨浦区站前路', 'Yangpu Qu Zhanqian Lu'],
    // The district's name and the pack's towns as words (吴中, 城南), and generic words (综合, 保税区).
    ['吴中综合保税区', 'Wuzhong Zonghe Baoshuiqu'],
    ['城南吴中大道户外劳动者服务站', 'Chengnan Wuzhong Dadao Huwai Laodongzhe Fuwuzhan'],
    // A one-character name and its generic word are one name (郭巷 as 宝带桥 is one), a town's old quarter apart.
    ['郭巷街道', 'Guoxiang Jiedao'],
    ['陆巷古村', 'Luxiang Gucun'],
    ['甪直古镇南入口游客中心旁', 'Luzhi Guzhen Nan Rukou Youke Zhongxin Pang'],
    // Compound generic words in their words.
    ['中原社区新就业群体服务站点', 'Zhongyuan Shequ Xinjiuye Qunti Fuwu Zhandian'],
    // Names the dictionary does not know stay whole rather than cut wrongly.
    ['深南大道', 'Shennan Dadao'],
    ['创智天地广场', 'Chuangzhitiandi Guangchang'],
  ])('%s → %s', (name, reading) => {
    expect(romanized(name)).toBe(reading);
  });
});

describe('another pack loaded: its names are the words, the last pack’s are not', () => {
  beforeAll(async () => {
    await loadContentPack(CANGSHAN);
  });

  it.each([
    ['仓山万达暖心驿站', 'Cangshan Wanda Nuanxin Yizhan'],
    ['上渡街道社区服务中心一楼', 'Shangdu Jiedao Shequ Fuwu Zhongxin Yilou'],
    // A road's east and west avenues read alike.
    ['南江滨东大道', 'Nanjiangbin Dong Dadao'],
    ['南江滨西大道', 'Nanjiangbin Xi Dadao'],
  ])('%s → %s', (name, reading) => {
    expect(romanized(name)).toBe(reading);
  });

  it('no longer cuts at a place only the pack before had (吴中’s 城南 in 商城南区)', async () => {
    await loadContentPack(WUZHONG);
    expect(romanized('商城南区')).toBe('Shang Chengnan Qu');
    await loadContentPack(CANGSHAN);
    expect(romanized('商城南区')).not.toContain('Chengnan');
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
