/**
 * A station name several stations share (司机之家) with a place in front of it (军工路司机之家): the one
 * station whose name holds both, not the first that carries the shared name (docs/rounds/faq.md, Round 8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Asker } from '../../../src/core/faq/ask.js';
import { SAMPLE_PACK } from '../../helpers/app.js';
import { AT_MONDAY_10, askerOn } from '../../helpers/askers.js';

const opts = AT_MONDAY_10;

describe('a shared station name with a place', () => {
  let asker: Asker;
  beforeAll(async () => {
    asker = await askerOn(SAMPLE_PACK);
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
