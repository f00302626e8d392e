import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { createAsker } from '../src/core/faq/ask.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
const labels = serviceLabels(loadI18n(path.resolve('locales')));
const [dir, ...qs] = process.argv.slice(2);
const pack = await loadContentPack(dir!);
const on = createAsker(pack, labels);
const off = createAsker(pack, labels, { thresholds: { clearLead: 0 } });
const o = { now: new Date('2026-12-02T10:00:00+08:00'), timeZone: 'Asia/Shanghai' };
const id = (a: any) => (a.kind === 'faq' ? a.hit.entry.id : a.kind);
for (const q of qs) {
  const h = on.retrieve(q, 2);
  console.log(id(off.ask(q, o)), '->', id(on.ask(q, o)), '|', q, '|', h.map((x) => `${x.entry.id} ${x.score.toFixed(2)} c${x.content.toFixed(2)} w${x.words}`).join(' ; '));
}
