import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { createAsker } from '../src/core/faq/ask.js';
import { normalize } from '../src/core/faq/normalize.js';
import { loadI18n } from '../src/core/i18n.js';
import { serviceLabels } from '../src/core/stations/labels.js';
const asker = createAsker(await loadContentPack(process.argv[2]!), serviceLabels(loadI18n(path.resolve(import.meta.dirname, '..', 'locales'))));
for (const q of process.argv.slice(3)) {
  const a = asker.ask(q, { now: new Date(), timeZone: 'Asia/Shanghai' });
  asker.index.analyse(q, true);
  console.log(q, a.kind, (asker.index as any).lastQuestion, JSON.stringify(asker.reader.read(normalize(q))).slice(0, 300));
}
