/**
 * evals/faq-dev-stations.jsonl labels station questions with the nearest station geometrically. This
 * test recomputes every label from the annotations on the line ("place", "services", "allDay" or
 * "station") and the pack, so a change in stations.yaml or places.yaml cannot silently make them stale.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { nearest, readPack } from './geo-helpers.js';

const FILE = resolve(import.meta.dirname, '../../../evals/faq-dev-stations.jsonl');

interface Line {
  q: string;
  expect: string | null;
  place?: string;
  station?: string;
  services?: string[];
  allDay?: boolean;
}

const lines = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);

describe('evals/faq-dev-stations.jsonl', () => {
  const { stations, places } = readPack(SAMPLE_PACK);

  it('has at least 40 located station questions', () => {
    expect(lines.filter((l) => l.place || l.station).length).toBeGreaterThanOrEqual(40);
  });

  it.each(lines.filter((l) => l.place).map((l) => [l.q, l] as const))(
    '%s: the label is the nearest matching station',
    (_q, l) => {
      const place = places.find((p) => p.id === l.place);
      expect(place, `place ${l.place}`).toBeDefined();
      expect(nearest(stations, place!, l.services ?? [], l.allDay ?? false)[0]?.id).toBe(l.expect);
    },
  );

  it.each(lines.filter((l) => l.station).map((l) => [l.q, l] as const))(
    '%s: names a station of the pack',
    (_q, l) => {
      expect(stations.some((s) => s.id === l.station)).toBe(true);
      expect(l.expect).toBe(l.station);
    },
  );
});
