/**
 * A station name several stations share (司机之家) with a place in front of it (军工路司机之家): the one
 * station whose name holds both, not the first that carries the shared name (docs/faq.md, Round 8).
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentPack } from '../../../src/core/content/loader.js';
import { createAsker, type Asker } from '../../../src/core/faq/ask.js';
import { loadI18n } from '../../../src/core/i18n.js';
import { serviceLabels } from '../../../src/core/stations/labels.js';
import { SAMPLE_PACK } from '../../helpers/app.js';

const opts = { now: new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('a shared station name with a place', () => {
  let asker: Asker;
  beforeAll(async () => {
    const labels = serviceLabels(loadI18n(resolve(import.meta.dirname, '../../../locales')));
    asker = createAsker(await loadContentPack(SAMPLE_PACK), labels);
  });

  it('shows the station whose name holds both first', () => {
    for (const [q, station] of [
      ['军工路那个司机之家几点开门', 'site-huolala-jungong'],
      ['黄兴路司机之家晚上开吗', 'site-didi-driver-home'],
    ] as const) {
      const a = asker.ask(q, opts);
      expect(a.kind === 'stations' && a.results.hits[0]?.station.id, q).toBe(station);
    }
  });
});
