/**
 * Every tuned pack's entry characters (normalised), one JSON object of pack → characters on stdout: the `--common`
 * input of scripts/faq-decision-lopo.ts, which counts a character the pack lacks as a topic's only when fewer than
 * `RARE_PACKS` other packs write it (stop 42; docs/rounds/faq.md, "Decision features at stop 42").
 *   npx tsx scripts/faq-pack-chars.ts > pack-chars.json
 */
import path from 'node:path';
import { loadContentPack } from '../src/core/content/loader.js';
import { normalize } from '../src/core/faq/normalize.js';
import { wholeText } from '../src/core/faq/whole-text.js';
import { TUNED_PACKS } from './lib/faq-transfer.js';

const root = path.resolve(import.meta.dirname, '..');
const out: Record<string, string> = {};
for (const spec of TUNED_PACKS) {
  const pack = await loadContentPack(path.join(root, spec.content));
  const name = spec.content === 'content' ? 'yangpu' : path.basename(spec.content);
  out[name] = [...new Set(pack.faq.flatMap((e) => [...normalize(wholeText(e))]))].join('');
}
console.log(JSON.stringify(out));
