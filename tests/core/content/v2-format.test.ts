/**
 * Pack format v2 (/work/spec/pack-format-v2.md, content/README.md): what a new district's authors
 * naturally write loads, and the new mistakes are explained with file and line.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  ContentPackError,
  formatProblems,
  loadContentPack,
  type ContentProblem,
} from '../../../src/core/content/loader.js';
import { areaForms, areaLookup, stationCore, stationForms } from '../../../src/core/content/names.js';
import { routeReport } from '../../../src/core/reports/route.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const packs = path.join(root, 'tests/fixtures/packs');

async function linesOf(dir: string): Promise<string[]> {
  try {
    await loadContentPack(dir);
  } catch (err) {
    if (err instanceof ContentPackError)
      return err.problems.map((p: ContentProblem) =>
        formatProblems([{ ...p, file: path.relative(dir, p.file) }]),
      );
    throw err;
  }
  return [];
}

describe('pack format v2', () => {
  it('loads descriptions, precedence, emergencyWhen, unions, area aliases, new services and entries without questions', async () => {
    const pack = await loadContentPack(path.join(packs, 'v2-format'));
    expect(pack.categories.precedence).toEqual(['road-hazard', 'pay-penalty']);
    const road = pack.categories.categories.find((c) => c.id === 'road-hazard')!;
    expect(road.description).toContain('井盖');
    expect(road.keywords).toEqual([]);
    expect(road.emergencyWhen).toEqual(['有人掉进去']);
    const union = pack.branches.find((b) => b.id === 'union-test')!;
    expect(union.kind).toBe('union');
    expect(union.industry).toBe('territorial');
    const riders = pack.branches.find((b) => b.id === 'riders-test')!;
    expect(riders.variants?.en?.name).toBe("Test Riders' Branch");
    expect(riders.variants?.['zh-TW']?.name).toBe('測試騎手支部');
    const street = pack.branches.find((b) => b.id === 'street-test')!;
    expect(street.areas).toEqual(['测试路', '样板路', '甲乙镇']);
    expect(street.areaAliases).toEqual({ 样板路: ['老样板'] });
    expect(pack.stations[0]!.services).toContain('lockers');
    const legal = pack.faq.find((e) => e.id === 'legal-aid')!;
    expect(legal.questions).toEqual([]);
    expect(legal.source).toBeUndefined();
  });

  it('routes by the kind of the origin group and by area aliases and short forms', async () => {
    const pack = await loadContentPack(path.join(packs, 'v2-format'));
    expect(routeReport({ category: 'pay-penalty', originBranch: 'union-test' }, pack).branch).toBe(
      'union-test',
    );
    expect(routeReport({ category: 'other', originBranch: 'street-test' }, pack).branch).toBe('street-test');
    expect(routeReport({ category: 'road-hazard', area: '样板路' }, pack).branch).toBe('street-test');
    expect(routeReport({ category: 'road-hazard', area: '甲乙镇' }, pack).branch).toBe('street-test');
  });

  it('a category without a description is an error on its line, saying why', async () => {
    const lines = await linesOf(path.join(packs, 'no-description'));
    expect(lines).toEqual([
      expect.stringMatching(
        /^categories\.yaml:6: categories\[1\]: missing required field "description" — say in a sentence which reports belong/,
      ),
    ]);
  });

  it('a rule naming an unknown kind of group is an error listing the kinds', async () => {
    const lines = await linesOf(path.join(packs, 'unknown-origin-kind'));
    expect(lines).toEqual([
      'routing.yaml:8: rule 3: origin "taxi" is neither a branch id nor a kind of group (delivery, express, ride-hailing, freight, live-streaming, street, district, union)',
    ]);
  });
});

describe('derived name forms', () => {
  it('streets and towns by their short forms, pinyin and traditional script', () => {
    expect(areaForms('五角场街道')).toEqual(expect.arrayContaining(['五角场', 'wujiaochang']));
    expect(areaForms('控江路街道')).toEqual(expect.arrayContaining(['控江路', '控江']));
    // A road alone keeps its 路: 国定 is not what people say.
    expect(areaForms('国定路')).not.toContain('国定');
    const lookup = areaLookup([{ areas: ['五角场街道', '国定路'] }]);
    expect(lookup('五角場')).toBe('五角场街道');
    expect(lookup('Wujiaochang')).toBe('五角场街道');
  });

  it('stations by the part of their name that tells them apart', () => {
    expect(stationCore('合生汇暖心驿站')).toBe('合生汇');
    expect(stationCore('大桥街道社区暖心驿站')).toBe('大桥');
    expect(stationForms('定海路物流园暖心驿站')).toEqual(expect.arrayContaining(['定海路', '物流园']));
  });
});
