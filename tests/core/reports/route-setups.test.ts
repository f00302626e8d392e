/**
 * Where a report lands under each sample pack's routing.yaml, read as its author meant it: rules by
 * kind of group (platform, street, union), private chats with no group, places outside every street
 * office, two places in one report (where it happened vs where the worker lives or works), and the
 * everyday words of couriers, drivers and riders that decide the category. Also a pack with no
 * `keywords` at all, as a new district may write it: descriptions alone must do.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { ContentPack } from '../../../src/core/content/schema.js';
import { createClassifier, detectArea } from '../../../src/core/reports/classify.js';
import { routeReport } from '../../../src/core/reports/route.js';

const root = resolve(import.meta.dirname, '../../..');
type PackName = 'yangpu' | 'nanshan' | 'yangpu-no-keywords';
const packs = {} as Record<PackName, ContentPack>;

beforeAll(async () => {
  packs.yangpu = await loadContentPack(resolve(root, 'content'));
  packs.nanshan = await loadContentPack(resolve(root, 'packs/nanshan'));
  const y = packs.yangpu;
  packs['yangpu-no-keywords'] = {
    ...y,
    categories: { ...y.categories, categories: y.categories.categories.map((c) => ({ ...c, keywords: [] })) },
  };
});

/** The category the worker is shown and the branch whose secretaries get the report, as intake routes it. */
function landing(pack: PackName, text: string, group?: string): [string, string] {
  const p = packs[pack];
  const { category } = createClassifier(p).classify(text);
  const area = detectArea(text, p, category);
  return [category, routeReport({ category, ...(group ? { originBranch: group } : {}), area }, p).branch];
}

describe('two places in one report', () => {
  it.each([
    // [pack, text, group, category, branch]
    [
      'yangpu',
      '我住在控江路 但是今天在大学路看到井盖松了 快去修',
      'eleme-yangpu',
      'road-hazard',
      'street-wujiaochang',
    ],
    [
      'yangpu',
      '我在五角场跑单 住在定海桥那边 出租屋漏水一个礼拜了没人修',
      undefined,
      'housing',
      'street-dinghai',
    ],
    [
      'nanshan',
      '我住西丽 但是今天在后海大道看到路面塌了个大坑',
      'street-xili',
      'road-hazard',
      'street-yuehai',
    ],
    [
      'nanshan',
      '我在科技园跑单 住在西丽湖那边 出租屋天花板漏水一个星期了',
      undefined,
      'housing',
      'street-xili',
    ],
    [
      'nanshan',
      'I live in Xili but the pothole is on Houhai Avenue',
      undefined,
      'road-hazard',
      'street-yuehai',
    ],
    [
      'nanshan',
      'I deliver around Shekou but my rented room in Xili has no water for 3 days',
      undefined,
      'housing',
      'street-xili',
    ],
  ] as const)('%s: %s', (pack, text, group, category, branch) => {
    expect(landing(pack, text, group)).toEqual([category, branch]);
  });

  it('where the worker works does not locate their housing: a home outside every street office falls through', () => {
    expect(landing('nanshan', '在大冲跑单 住在南头古城 房东要涨房租')).toEqual(['housing', 'union-nanshan']);
  });

  it('a single place where the worker lives still locates a road hazard there', () => {
    expect(landing('yangpu', '我住控江路 楼下路灯坏了一个月', undefined)).toEqual([
      'road-hazard',
      'street-kongjiang',
    ]);
  });
});

describe('everyday words decide the category, whatever the group', () => {
  it.each([
    ['yangpu', '派件费从一块二降到九毛 也没人说一声', 'zto-wujiaochang', 'pay-penalty', 'zto-wujiaochang'],
    ['nanshan', '派件费又降了 一票才八毛', 'sf-kejiyuan', 'pay-penalty', 'sf-kejiyuan'],
    ['nanshan', '配送时间太紧 科技园写字楼等电梯就要十分钟', undefined, 'platform-rules', 'district-nanshan'],
    ['nanshan', '乘客喝多了在车上闹 不肯下车', 'didi-nanshan', 'safety-conflict', 'didi-nanshan'],
    ['nanshan', '高新园那边的路塌了一块 电动车差点掉进去', undefined, 'road-hazard', 'street-yuehai'],
  ] as const)('%s: %s', (pack, text, group, category, branch) => {
    expect(landing(pack, text, group)).toEqual([category, branch]);
  });
});

describe('routing set-ups as the packs write them', () => {
  it.each([
    // pay from a street group stays with that group's own branch in 杨浦, goes to the union in 南山
    [
      'yangpu',
      '我们街道群里好几个快递小哥说被罚款 没有理由',
      'street-kongjiang',
      'pay-penalty',
      'street-kongjiang',
    ],
    ['nanshan', '蛇口这边几个跑腿的兄弟被罚款了 没有说明', 'street-shekou', 'pay-penalty', 'union-nanshan'],
    // a private chat: no origin, so `to: origin` rules are skipped
    ['nanshan', '押金一千块房东不退 找了好几次', undefined, 'housing', 'union-nanshan'],
    ['yangpu', '押金不退 房东电话也不接', undefined, 'housing', 'district-yangpu'],
    // drivers' parking stays with the drivers' branch wherever it is
    [
      'nanshan',
      '西丽站附近上下客的地方被封了 一停就拍照罚款',
      'didi-nanshan',
      'parking-access',
      'didi-nanshan',
    ],
    // a place that belongs to no street office falls through to the district
    ['nanshan', '前海那边有个井盖松了 踩上去会翻', 'eleme-nanshan', 'road-hazard', 'district-nanshan'],
    ['yangpu', '新江湾城那边红绿灯坏了好几天', 'meituan-yangpu', 'road-hazard', 'district-yangpu'],
    // a union group's own questions stay with the union
    ['nanshan', '想问下怎么入工会 有没有什么活动', 'union-nanshan', 'other', 'union-nanshan'],
  ] as const)('%s: %s', (pack, text, group, category, branch) => {
    expect(landing(pack, text, group)).toEqual([category, branch]);
  });
});

describe('places in pinyin as phones type them', () => {
  it.each([
    ['yangpu', 'hesheng hui station has no hot water', 'station-facility', 'street-wujiaochang'],
    ['yangpu', 'the station at he sheng hui is closed', 'station-facility', 'street-wujiaochang'],
    ['nanshan', 'Hai Shang Shi Jie station closed', 'station-facilities', 'street-shekou'],
    // a road's stem in pinyin, a space before 那边 as phone keyboards leave it
    ['yangpu', 'Changyang 那边小区保安不让进', 'parking', 'street-daqiao'],
    ['nanshan', 'Chaguang 那边路灯坏了', 'road-hazard', 'street-xili'],
  ] as const)('%s: %s', (pack, text, category, branch) => {
    expect(landing(pack, text)).toEqual([category, branch]);
  });
});

describe('a pack with no keywords, descriptions only', () => {
  it.each([
    ['国定路上有个井盖没了 晚上黑乎乎的看不见', 'meituan-yangpu', 'road-hazard', 'street-wujiaochang'],
    ['劳务公司老板跑路了 三个月工资一分没拿到', 'sf-yangpu', 'wage-arrears', 'sf-yangpu'],
    ['派件费从一块二降到九毛 也没人说一声', 'zto-wujiaochang', 'pay-penalty', 'zto-wujiaochang'],
    ['房东突然要涨房租 不涨就让我搬走 我住鞍山新村', 'meituan-yangpu', 'housing', 'street-kongjiang'],
    // 撑不住 is stress, not a place to live; 发薪 is pay day; 井该 is a typed-by-sound 井盖
    ['压力太大了 天天被催单 感觉快撑不住了', 'eleme-yangpu', 'health', 'eleme-yangpu'],
    ['說好月底發薪，現在都十五號了還沒動靜', 'eleme-yangpu', 'wage-arrears', 'eleme-yangpu'],
    ['井该没了 在大学路跟国定路交叉口', 'meituan-yangpu', 'road-hazard', 'street-wujiaochang'],
    ['这个月少发了三百 问了也不说为什么', 'eleme-yangpu', 'pay-penalty', 'eleme-yangpu'],
    ['大連路中間塌了個大洞 騎過去要小心', undefined, 'road-hazard', 'street-daqiao'],
  ] as const)('%s', (text, group, category, branch) => {
    expect(landing('yangpu-no-keywords', text, group)).toEqual([category, branch]);
  });
});
