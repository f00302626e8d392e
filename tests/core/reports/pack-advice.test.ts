/**
 * `content:check` advice on reports: where a landmark or station whose names say nothing of an area was
 * counted (so a report naming it goes to that area's office) or that none was, and a one-character word that raises
 * urgency.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportAdvice } from '../../../src/core/reports/pack-advice.js';
import { packAt } from '../../helpers/askers.js';

const MINIMAL = resolve(import.meta.dirname, '../../fixtures/packs/minimal');

describe('reportAdvice', () => {
  it('says nothing of a pack whose places and stations are named by their areas', async () => {
    // The fixture's one landmark (测试广场) says no area: left out here, listed by the test below.
    expect(reportAdvice({ ...(await packAt(MINIMAL)), places: [] })).toEqual([]);
  });

  it('names a landmark counted in the area of a neighbour, with the neighbour and the distance', async () => {
    const base = await packAt(MINIMAL);
    const neighbour = { id: 'test-road-mall', name: '测试路商场', aliases: [], lat: 31.3, lon: 121.5 };
    const tower = { id: 'tower', name: '电视塔', aliases: [], lat: 31.305, lon: 121.5 };
    const advice = reportAdvice({ ...base, places: [neighbour, tower] });
    expect(advice).toContainEqual(
      expect.stringMatching(
        /^place "电视塔" is counted in 测试路 \(.+\): the nearest landmark with an area, 测试路商场, is 0\.6 km away/,
      ),
    );
  });

  it('lists in one line the landmarks placed in no area (far from every landmark with one)', async () => {
    const base = await packAt(MINIMAL);
    const neighbour = { id: 'test-road-mall', name: '测试路商场', aliases: [], lat: 31.3, lon: 121.5 };
    const far = { id: 'far', name: '远郊湿地', aliases: [], lat: 31.5, lon: 121.5 };
    const lake = { id: 'lake', name: '某某湖', aliases: [], lat: 31.6, lon: 121.6 };
    const advice = reportAdvice({ ...base, places: [neighbour, far, lake] });
    const nowhere = advice.filter((line) => line.includes('in no area'));
    expect(nowhere).toHaveLength(1);
    expect(nowhere[0]).toMatch(/^2 landmark\(s\) and station\(s\) are in no area \(远郊湿地、某某湖\)/);
  });

  it('warns of a one-character word that raises urgency', async () => {
    const base = await packAt(MINIMAL);
    const pack = { ...base, places: [], categories: { ...base.categories, urgentKeywords: ['急', '今天'] } };
    expect(reportAdvice(pack)).toEqual([
      'urgentKeywords: "急" is one character and raises the urgency of every report with a longer word holding it — write the words it is meant in',
    ]);
  });
});
