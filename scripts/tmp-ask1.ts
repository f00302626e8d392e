// npx tsx scripts/tmp-ask1.ts PACK 'q1' 'q2' … (PACK: yangpu = content/, else packs/PACK). Not committed.
import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { createAsker, offeredEntries } from '../src/core/faq/ask.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
const [p, ...qs] = process.argv.slice(2);
const pack = await loadContentPack(p === 'yangpu' ? 'content' : `packs/${p}`);
const asker = createAsker(pack, serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales'))));
for (const q of qs) {
  const a = asker.ask(q, { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' });
  const what = a.kind === 'faq' ? `FAQ ${a.hit.entry.id} score=${a.hit.score?.toFixed?.(2)}` : a.kind === 'stations' ? `STATIONS ${a.results.hits.map((h) => h.station.id).slice(0, 3)}` : a.kind;
  console.log(q, '→', what, '| offered', offeredEntries(a, asker.thresholds).map((h) => h.entry.id).join(','));
}
