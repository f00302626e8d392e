import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import type { Branch, ContentPack, RoutingRule } from '../../../src/core/content/schema.js';
import { createClassifier, detectArea } from '../../../src/core/reports/classify.js';
import { districtBranch, routeReport } from '../../../src/core/reports/route.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let sample: ContentPack;
let minimal: ContentPack;

beforeAll(async () => {
  sample = await loadContentPack(path.join(root, 'content'));
  minimal = await loadContentPack(path.join(root, 'tests/fixtures/packs/minimal'));
});

const branch = (
  id: string,
  industry: Branch['industry'],
  kind: Branch['kind'] = 'branch',
  areas: string[] = [],
): Branch => ({
  id,
  name: id,
  industry,
  kind,
  areas,
  secretaries: { telegram: [], slack: [], console: [] },
  triage: {},
});

/** A pack with two delivery branches, a drivers' branch, a street and the district, and `rules`. */
function packWith(rules: RoutingRule[]): ContentPack {
  return {
    ...minimal,
    branches: [
      branch('district', 'territorial', 'district'),
      branch('riders-a', 'delivery'),
      branch('riders-b', 'delivery'),
      branch('drivers', 'ride-hailing'),
      branch('street-x', 'territorial', 'street', ['甲路', '乙路']),
    ],
    routing: rules,
  };
}

describe('routeReport', () => {
  it('the first matching rule in file order wins, and says which it was', () => {
    const pack = packWith([
      { category: 'road-hazard', area: '甲路', to: 'street-x' },
      { category: 'road-hazard', to: 'district' },
      { category: '*', to: 'riders-b' },
    ]);
    expect(routeReport({ category: 'road-hazard', originBranch: 'riders-a', area: '甲路' }, pack)).toEqual({
      branch: 'street-x',
      rule: 0,
    });
    expect(routeReport({ category: 'road-hazard', originBranch: 'riders-a', area: '丙路' }, pack)).toEqual({
      branch: 'district',
      rule: 1,
    });
    expect(routeReport({ category: 'road-hazard', originBranch: 'riders-a' }, pack)).toEqual({
      branch: 'district',
      rule: 1,
    });
    expect(routeReport({ category: 'pay-penalty', originBranch: 'riders-a' }, pack)).toEqual({
      branch: 'riders-b',
      rule: 2,
    });
  });

  it('origin matches the branch id or its industry', () => {
    const pack = packWith([
      { category: 'parking', origin: 'drivers', to: 'riders-b' },
      { category: 'parking', origin: 'delivery', to: 'street-x' },
    ]);
    expect(routeReport({ category: 'parking', originBranch: 'drivers' }, pack)).toEqual({
      branch: 'riders-b',
      rule: 0,
    });
    expect(routeReport({ category: 'parking', originBranch: 'riders-a' }, pack)).toEqual({
      branch: 'street-x',
      rule: 1,
    });
    // A rule with an origin never matches a report without one.
    expect(routeReport({ category: 'parking' }, pack)).toEqual({ branch: 'district' });
  });

  it("to: origin goes to the reporter's branch, and is skipped when there is none", () => {
    const pack = packWith([
      { category: 'pay-penalty', to: 'origin' },
      { category: 'pay-penalty', to: 'street-x' },
    ]);
    expect(routeReport({ category: 'pay-penalty', originBranch: 'riders-a' }, pack)).toEqual({
      branch: 'riders-a',
      rule: 0,
    });
    expect(routeReport({ category: 'pay-penalty' }, pack)).toEqual({ branch: 'street-x', rule: 1 });
  });

  it("to: area goes to the branch whose areas hold the report's area, a street office first", () => {
    const base = packWith([
      { category: 'road-hazard', to: 'area' },
      { category: 'road-hazard', to: 'district' },
    ]);
    // A platform branch listing the same street does not take the street office's pothole.
    const pack = {
      ...base,
      branches: [branch('riders-c', 'delivery', 'branch', ['乙路']), ...base.branches],
    };
    expect(routeReport({ category: 'road-hazard', originBranch: 'riders-a', area: '甲路' }, pack)).toEqual({
      branch: 'street-x',
      rule: 0,
    });
    expect(routeReport({ category: 'road-hazard', area: '乙路' }, pack)).toEqual({
      branch: 'street-x',
      rule: 0,
    });
    // No area, or one no branch lists: the next rule.
    expect(routeReport({ category: 'road-hazard', originBranch: 'riders-a' }, pack)).toEqual({
      branch: 'district',
      rule: 1,
    });
    expect(routeReport({ category: 'road-hazard', area: '丙路' }, pack)).toEqual({
      branch: 'district',
      rule: 1,
    });
  });

  it('no matching rule: the origin branch; no origin either: the district', () => {
    const pack = packWith([{ category: 'road-hazard', area: '甲路', to: 'street-x' }]);
    expect(routeReport({ category: 'housing', originBranch: 'drivers' }, pack)).toEqual({
      branch: 'drivers',
    });
    expect(routeReport({ category: 'housing' }, pack)).toEqual({ branch: 'district' });
    expect(routeReport({ category: 'road-hazard', area: '乙路' }, pack)).toEqual({ branch: 'district' });
    expect(routeReport({ category: 'housing' }, packWith([]))).toEqual({ branch: 'district' });
  });

  it('an origin the pack does not know counts as no origin', () => {
    const pack = packWith([{ category: 'pay-penalty', to: 'origin' }]);
    expect(routeReport({ category: 'pay-penalty', originBranch: 'removed-branch' }, pack)).toEqual({
      branch: 'district',
    });
  });

  it('districtBranch finds the one district', () => {
    expect(districtBranch(packWith([])).id).toBe('district');
    expect(() => districtBranch({ ...minimal, branches: [branch('a', 'delivery')] })).toThrow(/district/);
  });
});

describe('the sample pack routes reports where the organisation wants them', () => {
  const route = (text: string, originBranch?: string) => {
    const c = createClassifier(sample).classify(text);
    return {
      category: c.category,
      ...routeReport({ category: c.category, originBranch, area: detectArea(text, sample) }, sample),
    };
  };

  it.each([
    // a road hazard goes to the street office of the place, whoever reports it
    ['国定路井盖没了', 'meituan-yangpu', 'street-wujiaochang'],
    ['複興島那邊的路塌了', 'huolala-yangpu', 'street-dinghai'],
    ['合生汇后门路面塌陷', undefined, 'street-wujiaochang'],
    ['同济门口有个大坑', 'eleme-yangpu', 'district-yangpu'],
    // a platform penalty goes to the platform's branch
    ['平台又罚了我50块', 'eleme-yangpu', 'eleme-yangpu'],
    ['平台又罚了我50块', undefined, 'district-yangpu'],
    // parking: drivers' branches own pick-up points; riders' problems go to the street
    ['五角场万达没有上下客的地方', 'didi-yangpu', 'didi-yangpu'],
    ['平凉路小区不让外卖进', 'meituan-yangpu', 'street-daqiao'],
    // health: delivery and express branches organise check-ups; others go to the district
    ['腰疼想去医院看看', 'sf-yangpu', 'sf-yangpu'],
    ['腰疼想去医院看看', 'didi-yangpu', 'district-yangpu'],
  ])('%s from %s → %s', (text, origin, expected) => {
    expect(route(text, origin).branch).toBe(expected);
  });
});
